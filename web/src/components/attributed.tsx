// An article body with its statements marked on the text, and the list of those statements beside
// it; selecting one selects the other. Used by the article page (stored statements) and the dry run.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { layout, type InlineMark, type Span } from '../highlight.js';
import { useT } from '../i18n.js';

export interface ViewMeeting {
  key: string;
  kind: string;
  status: string;
  date?: string | null;
  participants: string[];
}

export interface ViewStatement {
  key: string;
  speakerKey: string | null;
  speakerName: string | null;
  speakerRole?: string | null;
  speakerHref?: string;
  cue: string;
  content: string;
  kind: string;
  anaphoric: boolean;
  audience?: string | null;
  via?: { name: string; href?: string } | null;
  contentSpan: Span;
  cueSpan: Span;
  audienceSpan?: Span | null;
  meetings: ViewMeeting[];
}

export interface ViewMention extends Span {
  speakerKey: string;
}

export const PALETTE_SIZE = 8;

/** Speakers numbered in order of first statement: the number is the label, and picks the colour. */
export function speakerNumbers(statements: readonly ViewStatement[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const statement of statements) {
    if (statement.speakerKey && !numbers.has(statement.speakerKey)) numbers.set(statement.speakerKey, numbers.size + 1);
  }
  return numbers;
}

const colourClass = (n: number | undefined) => (n ? `sp-${((n - 1) % PALETTE_SIZE) + 1}` : 'sp-unknown');

export function SpeakerLabel({ n }: { n: number | undefined }) {
  return (
    <span class={`label ${colourClass(n)}`} aria-hidden="true">
      {n ?? '?'}
    </span>
  );
}

interface Props {
  body: string;
  statements: readonly ViewStatement[];
  mentions: readonly ViewMention[];
  selected: string | null;
  onSelect: (key: string) => void;
}

export function AttributedArticle({ body, statements, mentions, selected, onSelect }: Props) {
  const { t } = useT();
  const numbers = useMemo(() => speakerNumbers(statements), [statements]);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const byKey = useMemo(() => new Map(statements.map((s) => [s.key, s])), [statements]);

  useEffect(() => {
    if (!selected) return;
    const css = `[data-statement="${CSS.escape(selected)}"]`;
    textRef.current?.querySelector(css)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    listRef.current?.querySelector(css)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);

  const blocks = useMemo(() => {
    const speakers = new Set(numbers.keys());
    // One cue can introduce several statements (وأفاد ... و...): one mark, owned by all of them.
    const cues = new Map<string, InlineMark>();
    for (const s of statements) {
      const at = `${s.cueSpan.start}:${s.cueSpan.end}`;
      const cue = cues.get(at);
      if (cue) cue.owner += ` ${s.key}`;
      else cues.set(at, { ...s.cueSpan, kind: 'cue', owner: s.key });
    }
    const inline: InlineMark[] = [
      ...cues.values(),
      ...statements.flatMap((s) => (s.audienceSpan ? [{ ...s.audienceSpan, kind: 'audience' as const, owner: s.key }] : [])),
      ...mentions.filter((m) => speakers.has(m.speakerKey)).map((m) => ({ start: m.start, end: m.end, kind: 'mention' as const, owner: m.speakerKey })),
    ];
    return layout(body, statements.map((s) => ({ ...s.contentSpan, statement: s.key })), inline);
  }, [body, statements, mentions, numbers]);

  const activate = (key: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(key);
    }
  };

  return (
    <div class="attributed">
      <div class="article-text" dir="rtl" lang="ar" ref={textRef}>
        {blocks.map((block, i) => {
          const pieces = block.pieces.map((piece, j) => {
            if (!('mark' in piece)) return piece.text;
            const { mark } = piece;
            if (mark.kind === 'mention') {
              return (
                <span key={j} class={`mention ${colourClass(numbers.get(mark.owner))}`}>
                  {piece.text}
                </span>
              );
            }
            const owners = mark.owner.split(' ');
            const owner = byKey.get(owners[0]);
            const n = owner?.speakerKey ? numbers.get(owner.speakerKey) : undefined;
            return (
              <span key={j} class={`${mark.kind} ${colourClass(n)}${selected && owners.includes(selected) ? ' is-selected' : ''}`} data-of={mark.owner}>
                {piece.text}
              </span>
            );
          });
          if (!block.statement) return <span key={i}>{pieces}</span>;
          const statement = byKey.get(block.statement)!;
          const n = statement.speakerKey ? numbers.get(statement.speakerKey) : undefined;
          const isSelected = statement.key === selected;
          return (
            <span key={i} class="quote-wrap">
              <SpeakerLabel n={n} />
              <mark
                class={`quote ${colourClass(n)} ${statement.kind}${isSelected ? ' is-selected' : ''}`}
                data-statement={statement.key}
                data-speaker={statement.speakerKey ?? ''}
                tabIndex={0}
                role="button"
                aria-pressed={isSelected}
                title={`${statement.speakerName ?? t.unknownSpeaker} — ${statement.cue}`}
                onClick={() => onSelect(statement.key)}
                onKeyDown={activate(statement.key)}
              >
                {pieces}
              </mark>
            </span>
          );
        })}
      </div>
      <aside class="statement-panel" aria-label={t.statementList}>
        <h2>
          {t.statementList} <span class="count">({statements.length})</span>
        </h2>
        {statements.length === 0 ? (
          <p class="empty">{t.noStatements}</p>
        ) : (
          <ol class="statement-list" ref={listRef}>
            {statements.map((statement) => (
              <StatementRow key={statement.key} statement={statement} n={statement.speakerKey ? numbers.get(statement.speakerKey) : undefined} selected={statement.key === selected} onSelect={onSelect} />
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}

function StatementRow({ statement, n, selected, onSelect }: { statement: ViewStatement; n: number | undefined; selected: boolean; onSelect: (key: string) => void }) {
  const { t } = useT();
  return (
    <li class={`statement-row ${colourClass(n)}${selected ? ' is-selected' : ''}`} data-statement={statement.key}>
      <div class="row-head">
        <SpeakerLabel n={n} />
        {statement.speakerHref ? (
          <a class="speaker-name" href={statement.speakerHref} lang="ar" dir="rtl">
            {statement.speakerName}
          </a>
        ) : (
          <span class="speaker-name" lang="ar" dir="rtl">
            {statement.speakerName ?? t.unknownSpeaker}
          </span>
        )}
        {statement.speakerRole && (
          <span class="role" lang="ar" dir="rtl">
            {statement.speakerRole}
          </span>
        )}
      </div>
      <button type="button" class="row-select" aria-pressed={selected} onClick={() => onSelect(statement.key)} lang="ar" dir="rtl">
        {statement.content}
      </button>
      <dl class="facts">
        <dt>{t.cue}</dt>
        <dd>
          <bdi lang="ar">{statement.cue}</bdi>
        </dd>
        <dt>{t.kind}</dt>
        <dd>
          {statement.kind === 'direct' ? t.direct : t.indirect}
          {statement.anaphoric ? ` · ${t.anaphoric}` : ''}
        </dd>
        {statement.via && (
          <>
            <dt>{t.via}</dt>
            <dd>
              <bdi lang="ar">{statement.via.href ? <a href={statement.via.href}>{statement.via.name}</a> : statement.via.name}</bdi>
            </dd>
          </>
        )}
        {statement.audience && (
          <>
            <dt>{t.audience}</dt>
            <dd>
              <bdi lang="ar">{statement.audience}</bdi>
            </dd>
          </>
        )}
        {statement.meetings.length > 0 && (
          <>
            <dt>{t.meetings}</dt>
            <dd>
              <MeetingLine meetings={statement.meetings} />
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

export function MeetingLine({ meetings }: { meetings: readonly ViewMeeting[] }) {
  const { t } = useT();
  return (
    <ul class="meetings-inline">
      {meetings.map((m) => (
        <li key={m.key}>
          {t.meetingKind[m.kind] ?? m.kind} · {t.meetingStatus[m.status] ?? m.status}
          {m.date ? ` · ${m.date}` : ''}
          {m.participants.length > 0 && (
            <>
              {' · '}
              <bdi lang="ar">{m.participants.join('، ')}</bdi>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
