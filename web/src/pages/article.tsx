// /article/:id — the body with its statements marked, and their list; ?s=<statement id> selects one.
import { useMemo } from 'preact/hooks';
import { request } from '../api.js';
import { AttributedArticle, type ViewMention, type ViewStatement } from '../components/attributed.js';
import { Empty, ErrorBox, Loading, useLoad } from '../components/common.js';
import { ArticlePageDocument, type ArticlePageQuery, type ArticleStatementFragment } from '../generated/graphql.js';
import { formatDate, useT } from '../i18n.js';
import { href, navigate } from '../router.js';

type ArticleNode = Extract<NonNullable<ArticlePageQuery['node']>, { __typename: 'Article' }>;

/** The article with all its statements (pages of 100 read one after another). */
async function loadArticle(id: string, signal: AbortSignal): Promise<{ article: ArticleNode; statements: ArticleStatementFragment[] } | null> {
  const first = await request(ArticlePageDocument, { id }, { signal });
  if (first.node?.__typename !== 'Article') return null;
  const article = first.node;
  const statements = article.statements.edges.map((e) => e.node);
  let page = article.statements.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const more = await request(ArticlePageDocument, { id, after: page.endCursor }, { signal });
    if (more.node?.__typename !== 'Article') break;
    statements.push(...more.node.statements.edges.map((e) => e.node));
    page = more.node.statements.pageInfo;
  }
  return { article, statements };
}

export function toViewStatement(s: ArticleStatementFragment): ViewStatement {
  return {
    key: s.id,
    speakerKey: s.speaker?.id ?? null,
    speakerName: s.speaker?.name ?? null,
    speakerRole: s.speaker?.__typename === 'Person' ? s.speaker.role : null,
    speakerHref: s.speaker ? href.speaker(s.speaker.id) : undefined,
    cue: s.cue,
    content: s.content,
    kind: s.kind,
    anaphoric: s.anaphoric,
    audience: s.audience,
    via: s.via ? { name: s.via.name, href: href.speaker(s.via.id) } : null,
    contentSpan: s.contentSpan,
    cueSpan: s.cueSpan,
    audienceSpan: s.audienceSpan,
    meetings: s.meetings.map((m) => ({ key: m.id, kind: m.kind, status: m.status, date: m.date, participants: m.participants.map((p) => p.name) })),
  };
}

export function ArticlePage({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, lang } = useT();
  const [loaded, retry] = useLoad(id, (signal) => loadArticle(id, signal));
  const selected = params.get('s');
  const view = useMemo(() => {
    if (loaded.state !== 'done' || !loaded.data) return null;
    const statements = loaded.data.statements.map(toViewStatement);
    const mentions: ViewMention[] = loaded.data.article.mentions.flatMap((m) => (m.entity ? [{ ...m.span, speakerKey: m.entity.id }] : []));
    return { statements, mentions };
  }, [loaded]);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} retry={retry} />;
  if (!loaded.data || !view) {
    return (
      <Empty>
        {t.notFound} <a href="/">{t.backHome}</a>
      </Empty>
    );
  }
  const { article } = loaded.data;
  const select = (key: string) => navigate(href.article(id, key), { replace: true });
  return (
    <div class="article-page">
      <header class="page-head">
        {article.title ? (
          <h1 lang="ar" dir="rtl">
            {article.title}
          </h1>
        ) : (
          <h1>{t.untitled}</h1>
        )}
        <p class="meta">
          {article.outlet && (
            <bdi>
              <a href={href.speaker(article.outlet.id)} lang="ar">
                {article.outlet.name}
              </a>
            </bdi>
          )}
          {article.outlet && ' · '}
          {formatDate(article.publishedAt, lang, t.undated)}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer" target="_blank">
                {t.source}
              </a>
            </>
          )}
          {' · '}
          {t.statementsCount(view.statements.length)}
        </p>
        <p class="legend">{t.legend}</p>
      </header>
      <AttributedArticle body={article.body} statements={view.statements} mentions={view.mentions} selected={selected} onSelect={select} />
    </div>
  );
}
