// /speaker/:id — a Person or an Organization: every statement across articles and outlets, newest
// first, with corroborations; the spellings the articles used; meetings. New statements arrive live.
import { useEffect, useState } from 'preact/hooks';
import { request, subscribe } from '../api.js';

import { Empty, ErrorBox, Loading, Pager, StatementCard, useLoad } from '../components/common.js';
import { SpeakerPageDocument, StatementAddedDocument, type MeetingInfoFragment, type StatementCardFragment } from '../generated/graphql.js';
import { formatDate, useT } from '../i18n.js';
import { href } from '../router.js';

export function SpeakerPage({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, lang } = useT();
  const after = params.get('after');
  const [loaded, retry] = useLoad(`${id} ${after}`, (signal) => request(SpeakerPageDocument, { id, after }, { signal }));
  const [live, setLive] = useState<StatementCardFragment[]>([]);
  useEffect(() => {
    setLive([]);
    return subscribe(StatementAddedDocument, { speaker: id }, (data) => setLive((list) => [data.statementAdded, ...list]));
  }, [id]);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} retry={retry} />;
  const node = loaded.data.node;
  if (!node || (node.__typename !== 'Person' && node.__typename !== 'Organization')) {
    return (
      <Empty>
        {t.notFound} <a href="/">{t.backHome}</a>
      </Empty>
    );
  }
  const statements = node.statements;
  const spellings = node.aliases.filter((alias) => alias !== node.name);
  const takingPart = new Set(node.__typename === 'Person' ? node.meetings.map((m) => m.id) : []);
  const spokenOf = [...new Map(statements.edges.flatMap(({ node: s }) => s.meetings).filter((m) => !takingPart.has(m.id)).map((m) => [m.id, m])).values()];
  return (
    <div class="speaker-page">
      <header class="page-head">
        <h1 lang="ar" dir="rtl">
          {node.name}
        </h1>
        <p class="meta">
          {[
            node.nameEn && <span class="name-en">{node.nameEn}</span>,
            node.__typename === 'Person' && node.role && <bdi lang="ar">{node.role}</bdi>,
            t.statementsCount(statements.totalCount),
          ]
            .filter(Boolean)
            .map((item, i) => (
              <>
                {i > 0 && ' · '}
                <bdi>{item}</bdi>
              </>
            ))}
        </p>
        {spellings.length > 0 && (
          <section class="spellings">
            <h2>{t.spellings}</h2>
            <ul lang="ar" dir="rtl">
              {node.aliases.map((alias) => (
                <li key={alias}>{alias}</li>
              ))}
            </ul>
          </section>
        )}
      </header>
      <div class="speaker-columns">
        <section class="speaker-statements" aria-labelledby="statements-heading">
          <h2 id="statements-heading">{t.personStatements}</h2>
          {live.length > 0 && (
            <div class="live-list" aria-live="polite">
              {live.map((s) => (
                <StatementCard key={s.id} statement={s} isNew hideSpeaker />
              ))}
            </div>
          )}
          {statements.edges.length === 0 && live.length === 0 ? (
            <Empty>{t.noPersonStatements}</Empty>
          ) : (
            statements.edges.map(({ node: s }) => (
              <StatementCard
                key={s.id}
                statement={s}
                hideSpeaker
                extra={
                  s.corroborations.length > 0 && (
                    <div class="corroborations">
                      <h3>{t.corroborations}</h3>
                      <ul>
                        {s.corroborations.map((c) => (
                          <li key={c.id}>
                            <a href={href.article(c.article.id, c.id)} lang="ar" dir="rtl">
                              {c.article.outlet?.name ?? c.article.title ?? t.untitled}
                            </a>{' '}
                            · {formatDate(c.article.publishedAt, lang, t.undated)}
                            <q lang="ar" dir="rtl">
                              {c.content}
                            </q>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )
                }
              />
            ))
          )}
          <Pager path={href.speaker(id)} params={params} endCursor={statements.pageInfo.endCursor} hasNextPage={statements.pageInfo.hasNextPage} />
        </section>
        <aside class="speaker-meetings">
          {node.__typename === 'Person' && (
            <section aria-labelledby="meetings-heading">
              <h2 id="meetings-heading">{t.meetingsTakingPart}</h2>
              {node.meetings.length === 0 ? <Empty>{t.noMeetings}</Empty> : <MeetingList meetings={node.meetings} />}
            </section>
          )}
          {spokenOf.length > 0 && (
            <section aria-labelledby="spoken-heading">
              <h2 id="spoken-heading">{t.meetingsSpokenOf}</h2>
              <MeetingList meetings={spokenOf} />
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}


function MeetingList({ meetings }: { meetings: readonly MeetingInfoFragment[] }) {
  const { t, lang } = useT();
  return (
    <ul class="meetings">
      {meetings.map((m) => (
        <li key={m.id}>
          <strong>
            {t.meetingKind[m.kind] ?? m.kind} · {t.meetingStatus[m.status] ?? m.status}
          </strong>
          <div>
            {m.date ? formatDate(m.date, lang, '') : m.dateText ? <bdi lang="ar">{m.dateText}</bdi> : t.undated}
            {m.endDate && ` – ${formatDate(m.endDate, lang, '')}`}
            {m.place && (
              <>
                {' · '}
                <bdi lang="ar">{m.place}</bdi>
              </>
            )}
          </div>
          {m.participants.length + m.participantOrganizations.length > 0 && (
            <div class="participants">
              {t.participants}:{' '}
              <bdi dir="rtl" lang="ar">
                {[...m.participants, ...m.participantOrganizations].map((p, i) => (
                  <>
                    {i > 0 && '، '}
                    <a key={p.id} href={href.speaker(p.id)}>
                      {p.name}
                    </a>
                  </>
                ))}
              </bdi>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
