// Loading, error and empty states, paging links, and the statement card lists share.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import type { StatementCardFragment } from '../generated/graphql.js';
import { formatDate, useT } from '../i18n.js';
import { href } from '../router.js';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'done'; data: T };

/** Runs `load` whenever `key` changes; `reload` runs it again. Results of superseded loads are dropped. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setResult({ state: 'done', data }),
      (error) => !controller.signal.aborted && setResult({ state: 'error', error }),
    );
    return () => controller.abort();
  }, [key, attempt]);
  return [result, useCallback(() => setAttempt((n) => n + 1), [])];
}

export function Loading() {
  const { t } = useT();
  return (
    <p class="loading" role="status">
      {t.loading}
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useT();
  const reason = error instanceof ApiError ? error.reason : 'server';
  return (
    <div class="error" role="alert">
      <p>
        {reason === 'network' ? t.errorNetwork : reason === 'request' ? `${t.errorRequest} ${(error as Error).message}` : t.errorServer}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** Forward paging by cursor, kept in the URL (`after`), so every page has an address. */
export function Pager({ path, params, endCursor, hasNextPage }: { path: string; params: URLSearchParams; endCursor?: string | null; hasNextPage: boolean }) {
  const { t } = useT();
  const first = new URLSearchParams(params);
  first.delete('after');
  const next = new URLSearchParams(params);
  if (endCursor) next.set('after', endCursor);
  const withQuery = (q: URLSearchParams) => (q.toString() ? `${path}?${q}` : path);
  if (!hasNextPage && !params.get('after')) return null;
  return (
    <nav class="pager" aria-label="pages">
      {params.get('after') && <a href={withQuery(first)}>{t.firstPage}</a>}
      {hasNextPage && endCursor && (
        <a href={withQuery(next)} rel="next">
          {t.nextPage}
        </a>
      )}
    </nav>
  );
}

export function speakerOf(speaker: StatementCardFragment['speaker']) {
  if (!speaker) return null;
  return { id: speaker.id, name: speaker.name, role: speaker.__typename === 'Person' ? speaker.role : null };
}

/** One statement outside its article: who, what, where it was published; links to both. */
export function StatementCard({
  statement,
  extra,
  isNew,
  hideSpeaker,
  quote,
}: {
  statement: StatementCardFragment;
  extra?: ComponentChildren;
  isNew?: boolean;
  hideSpeaker?: boolean;
  /** Shown instead of the content (a search snippet). */
  quote?: ComponentChildren;
}) {
  const { t, lang } = useT();
  const speaker = speakerOf(statement.speaker);
  const article = statement.article;
  return (
    <article class={`card${isNew ? ' is-new' : ''}`} data-statement={statement.id}>
      <header class="card-head">
        {isNew && <span class="badge">{t.newBadge}</span>}
        {hideSpeaker ? null : speaker ? (
          <a href={href.speaker(speaker.id)} class="speaker-name" lang="ar" dir="rtl">
            {speaker.name}
          </a>
        ) : (
          <span class="speaker-name">{t.unknownSpeaker}</span>
        )}
        <span class="cue" lang="ar" dir="rtl">
          {statement.cue}
        </span>
        <span class="kind">{statement.kind === 'direct' ? t.direct : t.indirect}</span>
      </header>
      <blockquote lang="ar" dir="rtl">
        <a href={href.article(article.id, statement.id)}>{quote ?? statement.content}</a>
      </blockquote>
      <footer class="card-foot">
        {article.title ? (
          <a href={href.article(article.id, statement.id)} lang="ar" dir="rtl">
            {article.title}
          </a>
        ) : (
          <a href={href.article(article.id, statement.id)}>{t.untitled}</a>
        )}
        <span>
          {article.outlet && <><bdi lang="ar">{article.outlet.name}</bdi> · </>}
          {formatDate(article.publishedAt, lang, t.undated)}
        </span>
        {statement.via && (
          <span>
            {t.via}{' '}
            <a href={href.speaker(statement.via.id)} lang="ar">
              {statement.via.name}
            </a>
          </span>
        )}
      </footer>
      {extra}
    </article>
  );
}
