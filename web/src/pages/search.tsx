// /search?q=&kind=&outlet=&from=&to=&after= — full-text search with highlighted snippets and the
// persons a name matches; with a filter, the statements that match it (the API's statement filter).
import { request } from '../api.js';
import { Empty, ErrorBox, Loading, Pager, StatementCard, useLoad } from '../components/common.js';
import { FilteredStatementsDocument, OutletsDocument, SearchSpeakersDocument, SearchTextDocument, type StatementKind } from '../generated/graphql.js';
import { snippetParts } from '../highlight.js';
import { formatDate, useT } from '../i18n.js';
import { href, navigate } from '../router.js';

const PAGE_SIZE = 20;
const FILTERS = ['kind', 'outlet', 'from', 'to'] as const;

export function SearchForm({ params, compact = false }: { params: URLSearchParams; compact?: boolean }) {
  const { t } = useT();
  const [outlets] = useLoad(compact ? 'none' : 'outlets', (signal) => (compact ? Promise.resolve(null) : request(OutletsDocument, {}, { signal })));
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    navigate(href.search({ q: value('q'), kind: value('kind'), outlet: value('outlet'), from: value('from'), to: value('to') }));
  };
  const outletList =
    outlets.state === 'done' && outlets.data
      ? outlets.data.organizations.edges.map((e) => e.node).filter((o) => o.articles.totalCount > 0)
      : [];
  return (
    <form class={`search-form${compact ? ' compact' : ''}`} role="search" onSubmit={submit}>
      <label class="q">
        <span>{t.searchLabel}</span>
        <input name="q" type="search" defaultValue={params.get('q') ?? ''} placeholder={t.searchPlaceholder} dir="auto" />
      </label>
      {!compact && (
        <fieldset class="filters">
          <legend>{t.filters}</legend>
          <label>
            <span>{t.kind}</span>
            <select name="kind" defaultValue={params.get('kind') ?? ''}>
              <option value="">{t.anyKind}</option>
              <option value="direct">{t.direct}</option>
              <option value="indirect">{t.indirect}</option>
            </select>
          </label>
          <label>
            <span>{t.outlet}</span>
            <select name="outlet" defaultValue={params.get('outlet') ?? ''} key={outletList.length}>
              <option value="">{t.anyOutlet}</option>
              {outletList.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t.from}</span>
            <input name="from" type="date" defaultValue={params.get('from') ?? ''} />
          </label>
          <label>
            <span>{t.to}</span>
            <input name="to" type="date" defaultValue={params.get('to') ?? ''} />
          </label>
        </fieldset>
      )}
      <button type="submit">{t.searchButton}</button>
    </form>
  );
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const q = params.get('q')?.trim() ?? '';
  const filtered = FILTERS.some((name) => params.get(name));
  return (
    <div class="search-page">
      <header class="page-head">
        <h1>{t.searchTitle}</h1>
        <SearchForm params={params} key={params.toString()} />
        <p class="hint">{t.searchHint}</p>
      </header>
      {q && <SpeakerMatches q={q} />}
      {filtered ? <FilteredResults params={params} /> : q ? <TextResults params={params} /> : null}
    </div>
  );
}

function SpeakerMatches({ q }: { q: string }) {
  const { t } = useT();
  const [loaded] = useLoad(q, (signal) => request(SearchSpeakersDocument, { search: q }, { signal }));
  if (loaded.state !== 'done' || loaded.data.persons.edges.length === 0) return null;
  return (
    <section class="speaker-matches" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t.speakersFound}</h2>
      <ul>
        {loaded.data.persons.edges.map(({ node }) => (
          <li key={node.id}>
            <a href={href.speaker(node.id)}>
              <span lang="ar" dir="rtl">
                {node.name}
              </span>
              {node.nameEn && <span class="name-en"> {node.nameEn}</span>}
            </a>
            {node.role && (
              <span class="role" lang="ar" dir="rtl">
                {node.role}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TextResults({ params }: { params: URLSearchParams }) {
  const { t, lang } = useT();
  const q = params.get('q')!.trim();
  const after = params.get('after');
  const [loaded, retry] = useLoad(`${q} ${after}`, (signal) => request(SearchTextDocument, { query: q, first: PAGE_SIZE, after }, { signal }));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} retry={retry} />;
  const { search } = loaded.data;
  if (search.edges.length === 0) return <Empty>{t.noResults}</Empty>;
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t.results(search.totalCount, search.totalCountIsExact)}</h2>
      <ol class="hits">
        {search.edges.map(({ cursor, snippet, node }) => (
          <li key={cursor} class="hit">
            {node.__typename === 'Statement' ? (
              <StatementCard statement={node} quote={<Snippet snippet={snippet} />} />
            ) : (
              <div class="article-hit">
                <p>
                  <span class="kind">{t.articleHit}</span>{' '}
                  {node.title ? (
                    <a href={href.article(node.id)} lang="ar" dir="rtl">
                      {node.title}
                    </a>
                  ) : (
                    <a href={href.article(node.id)}>{t.untitled}</a>
                  )}{' '}
                  · {node.outlet && <><bdi lang="ar">{node.outlet.name}</bdi> · </>}
                  {formatDate(node.publishedAt, lang, t.undated)}
                </p>
                <p class="snippet" lang="ar" dir="rtl">
                  <Snippet snippet={snippet} />
                </p>
              </div>
            )}
          </li>
        ))}
      </ol>
      <Pager path="/search" params={params} endCursor={search.pageInfo.endCursor} hasNextPage={search.pageInfo.hasNextPage} />
    </section>
  );
}

function FilteredResults({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const q = params.get('q')?.trim() || undefined;
  const after = params.get('after');
  const filter = {
    text: q,
    kind: (params.get('kind') || undefined) as StatementKind | undefined,
    outlet: params.get('outlet') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
  const [loaded, retry] = useLoad(params.toString(), (signal) =>
    request(FilteredStatementsDocument, { filter, first: PAGE_SIZE, after, orderBy: q ? 'RELEVANCE' : undefined }, { signal }),
  );
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} retry={retry} />;
  const { statements } = loaded.data;
  if (statements.edges.length === 0) return <Empty>{t.noResults}</Empty>;
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t.results(statements.totalCount, true)}</h2>
      <ol class="hits">
        {statements.edges.map(({ node }) => (
          <li key={node.id} class="hit">
            <StatementCard statement={node} />
          </li>
        ))}
      </ol>
      <Pager path="/search" params={params} endCursor={statements.pageInfo.endCursor} hasNextPage={statements.pageInfo.hasNextPage} />
    </section>
  );
}

function Snippet({ snippet }: { snippet: string }) {
  return (
    <span class="snippet">
      {snippetParts(snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}
