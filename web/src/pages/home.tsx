// / — the articles, newest first, and the statements stored while the page is open.
import { useEffect, useState } from 'preact/hooks';
import { request, subscribe } from '../api.js';
import { Empty, ErrorBox, Loading, Pager, StatementCard, useLoad } from '../components/common.js';
import { ArticlesDocument, StatementAddedDocument, type StatementCardFragment } from '../generated/graphql.js';
import { formatDate, useT } from '../i18n.js';
import { href } from '../router.js';
import { SearchForm } from './search.js';

const PAGE_SIZE = 20;

export function HomePage({ params }: { params: URLSearchParams }) {
  const { t, lang } = useT();
  const after = params.get('after');
  const [loaded, retry] = useLoad(String(after), (signal) => request(ArticlesDocument, { first: PAGE_SIZE, after }, { signal }));
  const [live, setLive] = useState<StatementCardFragment[]>([]);
  useEffect(() => subscribe(StatementAddedDocument, {}, (data) => setLive((list) => [data.statementAdded, ...list].slice(0, 50))), []);

  return (
    <div class="home-page">
      <header class="page-head">
        <h1>{t.tagline}</h1>
        <SearchForm params={new URLSearchParams()} compact />
      </header>
      <div class="home-columns">
        <section aria-labelledby="articles-heading">
          <h2 id="articles-heading">{t.articles}</h2>
          {loaded.state === 'loading' && <Loading />}
          {loaded.state === 'error' && <ErrorBox error={loaded.error} retry={retry} />}
          {loaded.state === 'done' &&
            (loaded.data.articles.edges.length === 0 ? (
              <Empty>{t.noArticles}</Empty>
            ) : (
              <>
                <ul class="article-list">
                  {loaded.data.articles.edges.map(({ node }) => (
                    <li key={node.id}>
                      {node.title ? (
                        <a href={href.article(node.id)} lang="ar" dir="rtl" class="article-title">
                          {node.title}
                        </a>
                      ) : (
                        <a href={href.article(node.id)} class="article-title">
                          {t.untitled}
                        </a>
                      )}
                      <span class="meta">
                        {node.outlet && <><bdi lang="ar">{node.outlet.name}</bdi> · </>}
                        {formatDate(node.publishedAt, lang, t.undated)} · {t.statementsCount(node.statements.totalCount)}
                      </span>
                    </li>
                  ))}
                </ul>
                <Pager path="/" params={params} endCursor={loaded.data.articles.pageInfo.endCursor} hasNextPage={loaded.data.articles.pageInfo.hasNextPage} />
              </>
            ))}
        </section>
        <section aria-labelledby="live-heading" class="live">
          <h2 id="live-heading">
            <span class="live-dot" aria-hidden="true" /> {t.liveFeed}
          </h2>
          <div aria-live="polite" class="live-list">
            {live.length === 0 ? <Empty>{t.liveFeedEmpty}</Empty> : live.map((s) => <StatementCard key={s.id} statement={s} isNew />)}
          </div>
        </section>
      </div>
    </div>
  );
}
