// /try — paste an Arabic article: the engine's dry run, marked on the text like a stored article;
// with an API key, store it.
import { useState } from 'preact/hooks';
import { ApiError, request } from '../api.js';
import { AttributedArticle, type ViewMention, type ViewStatement } from '../components/attributed.js';
import { ErrorBox } from '../components/common.js';
import { DryRunDocument, IngestDocument, type DryRunQuery, type IngestMutation } from '../generated/graphql.js';
import { useT } from '../i18n.js';
import { href } from '../router.js';

const KEY_STORAGE = 'isnad.apiKey';

function toView(text: string, attribution: DryRunQuery['attribute']): { body: string; statements: ViewStatement[]; mentions: ViewMention[] } {
  const roles = new Map(attribution.persons.map((p) => [p.localId, p.role]));
  return {
    body: text,
    statements: attribution.statements.map((s, i) => ({
      key: `dry-${i}`,
      speakerKey: s.speakerId ?? null,
      speakerName: s.speaker ?? null,
      speakerRole: s.speakerId ? roles.get(s.speakerId) : null,
      cue: s.cue,
      content: s.content,
      kind: s.kind,
      anaphoric: s.anaphoric,
      audience: s.audience,
      via: s.via ? { name: s.via } : null,
      contentSpan: s.contentSpan,
      cueSpan: s.cueSpan,
      audienceSpan: s.audienceSpan,
      meetings: [],
    })),
    mentions: [...attribution.persons, ...attribution.organizations].flatMap((entity) => entity.mentions.map((m) => ({ ...m, speakerKey: entity.localId }))),
  };
}

type Outcome = { state: 'idle' } | { state: 'busy' } | { state: 'error'; error: unknown } | { state: 'done'; result: IngestMutation['ingestArticle'] };

export function TryPage() {
  const { t } = useT();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [dry, setDry] = useState<{ state: 'idle' | 'busy' } | { state: 'error'; error: unknown } | { state: 'done'; view: ReturnType<typeof toView> }>({ state: 'idle' });
  const [selected, setSelected] = useState<string | null>(null);
  const [apiKey, setApiKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [ingest, setIngest] = useState<Outcome>({ state: 'idle' });

  const analyse = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(t.tryEmpty);
      return;
    }
    setProblem(null);
    setSelected(null);
    setDry({ state: 'busy' });
    try {
      const data = await request(DryRunDocument, { text, published: published || undefined });
      setDry({ state: 'done', view: toView(text, data.attribute) });
    } catch (error) {
      setDry({ state: 'error', error });
    }
  };

  const store = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(t.tryEmpty);
      return;
    }
    sessionStorage.setItem(KEY_STORAGE, apiKey);
    setIngest({ state: 'busy' });
    try {
      const data = await request(
        IngestDocument,
        { input: { text, title: title || undefined, outlet: outlet || undefined, published: published || undefined } },
        { apiKey: apiKey || undefined },
      );
      setIngest({ state: 'done', result: data.ingestArticle });
    } catch (error) {
      setIngest({ state: 'error', error });
    }
  };

  return (
    <div class="try-page">
      <header class="page-head">
        <h1>{t.tryTitle}</h1>
        <p class="hint">{t.tryNothingStored}</p>
      </header>
      <form class="try-form" onSubmit={analyse}>
        <label>
          <span>{t.tryText}</span>
          <textarea name="text" rows={8} dir="rtl" lang="ar" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label class="inline">
          <span>{t.tryPublished}</span>
          <input name="published" type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={dry.state === 'busy'}>
          {t.tryAnalyse}
        </button>
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
      </form>
      {dry.state === 'busy' && <p role="status">{t.loading}</p>}
      {dry.state === 'error' && <ErrorBox error={dry.error} />}
      {dry.state === 'done' && (
        <section class="dry-run" aria-label={t.tryAnalyse}>
          <p class="legend">{t.legend}</p>
          <AttributedArticle body={dry.view.body} statements={dry.view.statements} mentions={dry.view.mentions} selected={selected} onSelect={setSelected} />
        </section>
      )}
      <form class="ingest-form" onSubmit={store}>
        <h2>{t.ingestTitle}</h2>
        <p class="hint">{t.ingestHelp}</p>
        <div class="fields">
          <label>
            <span>{t.apiKey}</span>
            <input name="apiKey" type="password" autocomplete="off" value={apiKey} onInput={(e) => setApiKey(e.currentTarget.value)} />
          </label>
          <label>
            <span>{t.title}</span>
            <input name="title" dir="rtl" lang="ar" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <label>
            <span>{t.outlet}</span>
            <input name="outlet" dir="rtl" lang="ar" value={outlet} onInput={(e) => setOutlet(e.currentTarget.value)} />
          </label>
        </div>
        <button type="submit" disabled={ingest.state === 'busy'}>
          {t.ingestButton}
        </button>
        <IngestResult outcome={ingest} />
      </form>
    </div>
  );
}

function IngestResult({ outcome }: { outcome: Outcome }) {
  const { t } = useT();
  if (outcome.state === 'busy') return <p role="status">{t.loading}</p>;
  if (outcome.state === 'error') return <ErrorBox error={outcome.error instanceof ApiError ? outcome.error : outcome.error} />;
  if (outcome.state !== 'done') return null;
  const result = outcome.result;
  if (result.__typename === 'IngestArticlePayload') {
    return (
      <p class="success" role="status">
        {result.duplicate ? t.duplicate : t.ingested(result.statementCount)} <a href={href.article(result.article.id)}>{t.openArticle}</a>
      </p>
    );
  }
  return (
    <p class="error" role="alert">
      {result.__typename === 'UnauthorizedError' ? t.unauthorized : result.message}
    </p>
  );
}
