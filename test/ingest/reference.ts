// The per-article ingest as it was written before ingestArticle became a batch of one
// (src/ingest/batch.ts): each person, organization and meeting resolved with its own queries
// against the database (resolvePerson, resolveOrganization, resolveMeeting, linkCorroborations in
// src/ingest), each table written per article. Kept as the specification the batch path is
// checked against (test/ingest/batch.test.ts): the same inputs must give the same rows.
import { Prisma, type PrismaClient } from '../../src/db/generated/prisma/client.js';
import type { Attribution } from '../../src/attribution/types.js';
import { statementDates } from '../../src/db/statement-dates.js';
import { linkCorroborations } from '../../src/ingest/corroboration.js';
import { checkAttribution, defaultAttribute } from '../../src/ingest/engine.js';
import { contentHash, ZERO_COUNTS, type IngestCounts, type IngestOptions, type IngestResult } from '../../src/ingest/ingest.js';
import { linkStatementsToMeetings } from '../../src/ingest/links.js';
import { resolveMeeting, toDate } from '../../src/ingest/meetings.js';
import { organizationLockKeys, resolveOrganization } from '../../src/ingest/organizations.js';
import { fullNameOf, personLockKey, resolvePerson } from '../../src/ingest/persons.js';
import { nameWords } from '../../src/ingest/keys.js';
import { DEFAULT_MAX_TEXT_BYTES, validateInput, type IngestInput, type ValidInput } from '../../src/ingest/validate.js';

type Tx = Prisma.TransactionClient;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Takes the transaction-scoped advisory locks of these keys, in sorted order (so two ingests
 * never wait on each other crosswise), in one round trip: a projection over unnest() runs in the
 * array's order.
 */
async function lock(tx: Tx, keys: string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (!sorted.length) return;
  await tx.$queryRaw`SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${sorted}::text[]) AS k) AS locks`;
}

/**
 * Stores an article and everything the engine finds in it, merged into the graph. Idempotent by
 * content hash. Throws ValidationError (bad input), EngineOutputError (engine output that does not
 * fit the text); any other error is unexpected. Nothing is written unless everything is.
 */
export async function ingestArticleReference(prisma: PrismaClient, input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const valid = validateInput(input, options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES);
  const hash = contentHash(valid.body);

  const existing = await prisma.article.findUnique({ where: { contentHash: hash } });
  if (existing) return { article: existing, created: false, counts: { ...ZERO_COUNTS }, statementIds: [] };

  const attribute = options.attribute ?? defaultAttribute;
  const attribution = await attribute(valid.body, {
    ...(valid.published ? { published: valid.published } : {}),
    ...(valid.outlet ? { outlet: valid.outlet.name } : {}),
  });
  checkAttribution(valid.body, attribution);

  try {
    return await prisma.$transaction((tx) => write(tx, valid, hash, attribution, options), {
      timeout: options.timeoutMs ?? 60_000,
      maxWait: 30_000,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await prisma.article.findUnique({ where: { contentHash: hash } });
    if (!stored) throw error;
    return { article: stored, created: false, counts: { ...ZERO_COUNTS }, statementIds: [] };
  }
}

async function write(tx: Tx, input: ValidInput, hash: string, a: Attribution, options: IngestOptions): Promise<IngestResult> {
  await lock(tx, [
    `article:${hash}`,
    ...(input.outlet ? organizationLockKeys(input.outlet) : []),
    ...a.organizations.flatMap(organizationLockKeys),
    ...a.persons.map(personLockKey),
  ]);
  // Another ingest of the same text may have committed while we waited for the locks.
  const stored = await tx.article.findUnique({ where: { contentHash: hash } });
  if (stored) return { article: stored, created: false, counts: { ...ZERO_COUNTS }, statementIds: [] };

  const counts: IngestCounts = { ...ZERO_COUNTS };
  const published = toDate(input.published);

  // Organizations: the outlet first, so the engine's mention of it (e.g. "سانا") joins it.
  const orgIds = new Map<string, number>();
  const distinctOrgs = new Set<number>();
  let outletId: number | null = null;
  if (input.outlet) {
    const r = await resolveOrganization(tx, { ...input.outlet, kind: input.outlet.kind ?? 'other' });
    outletId = r.id;
  }
  for (const o of a.organizations) {
    const r = await resolveOrganization(tx, o);
    orgIds.set(o.id, r.id);
    if (!distinctOrgs.has(r.id)) counts.organizations++;
    distinctOrgs.add(r.id);
    if (r.created) counts.organizationsCreated++;
  }

  // Persons: full names before one-word names, so a surname-only person of this article can join
  // a full name resolved just before it.
  const personIds = new Map<string, number>();
  const distinctPersons = new Set<number>();
  const order = [...a.persons].sort((x, y) => nameWords(fullNameOf(y)).length - nameWords(fullNameOf(x)).length);
  for (const p of order) {
    const r = await resolvePerson(tx, p);
    personIds.set(p.id, r.id);
    distinctPersons.add(r.id);
    if (r.rule === 'created') counts.personsCreated++;
  }
  counts.persons = distinctPersons.size;

  const article = await tx.article.create({
    data: {
      title: input.title,
      body: input.body,
      outletId,
      publishedAt: published,
      url: input.url,
      contentHash: hash,
    },
  });

  const mentions = [
    ...a.persons.flatMap((p) => p.mentions.map((m) => ({ articleId: article.id, personId: personIds.get(p.id)!, text: m.text, start: m.start, end: m.end }))),
    ...a.organizations.flatMap((o) => o.mentions.map((m) => ({ articleId: article.id, organizationId: orgIds.get(o.id)!, text: m.text, start: m.start, end: m.end }))),
  ];
  if (mentions.length) counts.mentions = (await tx.mention.createMany({ data: mentions })).count;

  const statementRows = a.statements.map((s, position) => ({
    articleId: article.id,
    position,
    speakerPersonId: s.speaker !== null && personIds.has(s.speaker) ? personIds.get(s.speaker)! : null,
    speakerOrganizationId: s.speaker !== null && orgIds.has(s.speaker) ? orgIds.get(s.speaker)! : null,
    cue: s.cue.text,
    cueStart: s.cue.start,
    cueEnd: s.cue.end,
    content: s.content.text,
    contentStart: s.content.start,
    contentEnd: s.content.end,
    kind: s.kind,
    viaId: s.via !== null ? orgIds.get(s.via)! : null,
    audience: s.audience?.text ?? null,
    audienceStart: s.audience?.start ?? null,
    audienceEnd: s.audience?.end ?? null,
    anaphoric: s.anaphoric,
    ...statementDates(article.publishedAt),
  }));
  const created = statementRows.length
    ? await tx.statement.createManyAndReturn({
        data: statementRows,
        select: { id: true, position: true, content: true, speakerPersonId: true, speakerOrganizationId: true },
      })
    : [];
  created.sort((x, y) => x.position - y.position);
  counts.statements = created.length;
  const statementIds = created.map((s) => s.id);

  await options.hooks?.afterStatements?.(tx, { article, attribution: a, statementIds });

  // Meetings, merged with the same event reported elsewhere.
  const meetingIds: number[] = [];
  const distinctMeetings = new Set<number>();
  for (const m of a.meetings) {
    const participants = {
      personIds: [...new Set(m.participants.filter((id) => personIds.has(id)).map((id) => personIds.get(id)!))],
      organizationIds: [...new Set(m.participants.filter((id) => orgIds.has(id)).map((id) => orgIds.get(id)!))],
    };
    const r = await resolveMeeting(tx, m, participants, published);
    meetingIds.push(r.id);
    distinctMeetings.add(r.id);
    if (r.created) counts.meetingsCreated++;
  }
  counts.meetings = distinctMeetings.size;
  const meetingMentions = a.meetings.flatMap((m, i) =>
    m.mentions.map((s) => ({ meetingId: meetingIds[i], articleId: article.id, text: s.text, start: s.start, end: s.end })),
  );
  if (meetingMentions.length) await tx.meetingMention.createMany({ data: meetingMentions });

  const links = linkStatementsToMeetings(input.body, a.statements, a.meetings);
  const linkRows = links.flatMap((meetings, i) => meetings.map((k) => ({ statementId: statementIds[i], meetingId: meetingIds[k] })));
  if (linkRows.length) counts.statementMeetings = (await tx.statementMeeting.createMany({ data: linkRows, skipDuplicates: true })).count;

  counts.corroborations = await linkCorroborations(tx, article.id, published, created);

  return { article, created: true, counts, statementIds, attribution: a };
}
