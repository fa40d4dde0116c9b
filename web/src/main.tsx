// The quote explorer: who said what, on the text itself. Preact over the public GraphQL API.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { initialLang, LangContext, messages, useT, type Lang } from './i18n.js';
import { ArticlePage } from './pages/article.js';
import { HomePage } from './pages/home.js';
import { SearchPage } from './pages/search.js';
import { SpeakerPage } from './pages/speaker.js';
import { TryPage } from './pages/try.js';
import { interceptLinks, useRoute, type Route } from './router.js';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage params={route.params} />;
    case 'article':
      return <ArticlePage id={route.id} params={route.params} key={route.id} />;
    case 'speaker':
      return <SpeakerPage id={route.id} params={route.params} key={route.id} />;
    case 'search':
      return <SearchPage params={route.params} />;
    case 'try':
      return <TryPage />;
    default:
      return <Missing />;
  }
}

function Missing() {
  const { t } = useT();
  return (
    <p class="empty">
      {t.pageMissing} <a href="/">{t.backHome}</a>
    </p>
  );
}

function App() {
  const route = useRoute();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (next: Lang) => {
    localStorage.setItem('isnad.lang', next);
    setLangState(next);
  };
  const context = useMemo(() => ({ lang, t: messages[lang], setLang }), [lang]);
  const t = context.t;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);
  const current = route.page;
  return (
    <LangContext.Provider value={context}>
      <a class="skip" href="#main">
        {t.skipToContent}
      </a>
      <header class="site-head">
        <a href="/" class="brand">
          <span class="brand-mark" aria-hidden="true">
            ❝
          </span>
          {t.appName}
        </a>
        <nav aria-label="main">
          <a href="/" aria-current={current === 'home' ? 'page' : undefined}>
            {t.navHome}
          </a>
          <a href="/search" aria-current={current === 'search' ? 'page' : undefined}>
            {t.navSearch}
          </a>
          <a href="/try" aria-current={current === 'try' ? 'page' : undefined}>
            {t.navTry}
          </a>
          <a href="/graphql" target="_blank" rel="noopener">
            {t.navApi}
          </a>
          <button type="button" class="lang" onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')} lang={lang === 'ar' ? 'en' : 'ar'}>
            {t.switchLanguage}
          </button>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </LangContext.Provider>
  );
}

interceptLinks();
render(<App />, document.getElementById('app')!);
