// ingestArticles: several articles in one transaction, with the rows and merges that ingesting
// them one after the other with ingestArticle (ingest.ts) gives, in a constant number of SQL round
// trips per batch instead of ~35 per article.
//
// How. ingestArticle resolves each person, organization and meeting with a few queries each, then
// writes each table with its own statement. Here the batch
//  1. skips the texts already stored (one query), runs the engine on the others;
//  2. in one transaction, takes the advisory locks of every key of the batch (as ingestArticle
//     does for one article, sorted, so batches and single ingests never deadlock), re-checks the
//     hashes, and loads, once for the whole batch, the part of the graph the resolutions can
//     read: the organizations and persons any name of the batch can match (with their aliases),
//     the meetings any meeting of the batch can merge with (by kind, participant and date), and
//     the statements any statement can corroborate (by speaker and ±WINDOW_DAYS);
//  3. resolves the articles in order, in memory, with the very decision functions ingestArticle
//     uses (persons.ts voteByName / matchCandidates, organizations.ts aliasRows, meetings.ts
//     chooseMeeting, corroboration.ts corroborationRows), each article seeing what the previous
//     ones of the batch created or changed, exactly as it would see their committed rows. New
//     rows get provisional ids above every real id, in creation order, so every "oldest first" /
//     "most recent first" tie-break decides as it would with the real ids;
//  4. allocates the real ids from the tables' sequences in creation order (one query) and writes
//     each table once, multi-row (INSERT … SELECT FROM unnest(...)), updates included.
// Everything the resolutions read is complete: a row the batch does not load matches no name,
// meeting or speaker of the batch, and only the batch's own writes (kept in memory) change the
// graph under the locks it holds.
//
// Not loaded: whole histories. Each lookup is an indexed equality (names, aliases, surname keys),
// the meetings overlapping a meeting's days (meeting_date_range_idx) or a participant's most recent
// ones (meeting_participant_*_meeting_id_idx), or a speaker's statements of the date window
// (statement_*_feed_idx ranges).
import { Prisma, type Article, type PrismaClient } from '../db/generated/prisma/client.js';
import type { AttributedMeeting, AttributedPerson, Attribution, DatePrecision, MeetingKind, MeetingStatus, OrganizationKind } from '../attribution/types.js';
import { statementDates, UNDATED_SORT_DATE } from '../db/statement-dates.js';
import { corroborationRows, WINDOW_DAYS, type OtherStatement } from './corroboration.js';
import { checkAttribution, defaultAttribute, engineErrorReport, logEngineError } from './engine.js';
import { contentHash, ZERO_COUNTS, type IngestCounts, type IngestOptions, type IngestResult } from './ingest.js';
import { claimTokens, nameKey, nameWords, orgKey, surnameKeyOf } from './keys.js';
import { linkStatementsToMeetings } from './links.js';
import { chooseMeeting, precisionOf, refinedDate, STATUS_RANK, toDate, type Candidate } from './meetings.js';
import { aliasRows, aliasTexts, organizationLockKeys, type OrganizationInput } from './organizations.js';
import { dedupeByKey, fullNameOf, matchCandidates, multiNameKeys, personLockKey, surfaceForms, voteByName } from './persons.js';
import { DEFAULT_MAX_TEXT_BYTES, validateInput, type IngestInput, type ValidInput } from './validate.js';

type Tx = Prisma.TransactionClient;

/** One article's outcome: its result, or the error that kept it out (validation, engine output). */
export interface BatchItemResult {
  result?: IngestResult;
  error?: Error;
}

const DAY = 86_400_000;
/** Provisional ids of rows created in the batch: above any real id, in creation order. */
const PROV = 2 ** 40;
const isProv = (id: number) => id >= PROV;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

interface PersonRow {
  id: number;
  name: string;
  nameEn: string | null;
  role: string | null;
  normalizedName: string;
  surnameKey: string | null;
  aliases: { text: string; normalized: string }[];
  dirty: boolean;
}

interface OrgRow {
  id: number;
  name: string;
  nameEn: string | null;
  kind: OrganizationKind;
  normalizedName: string;
  aliases: { text: string; normalized: string }[];
  dirty: boolean;
}

interface MeetingRow extends Candidate {
  kind: MeetingKind;
  datePrecision: DatePrecision | null;
  place: string | null;
  dirty: boolean;
  participantKeys: Set<string>;
}

interface StatementRow extends OtherStatement {
  articleId: number;
  sortDate: Date;
  /** Order in which the batch came to know it (the stored ones by id, then the batch's own). */
  seq?: number;
}

interface Prepared {
  index: number;
  valid: ValidInput;
  hash: string;
  attribution: Attribution;
}

/**
 * claimTokens of stored statements, by id, kept across batches (a statement's content never
 * changes, ids are never reused): a batch then reads only the ids, speakers and dates of its
 * corroboration candidates, and the content of those it has not seen yet. One cache per client
 * (one database); bounded, cleared when full.
 */
type TokenCache = Map<number, Set<string>>;
const tokenCaches = new WeakMap<object, TokenCache>();
const STORED_TOKENS_MAX = 800_000;
function tokenCacheOf(prisma: object): TokenCache {
  let cache = tokenCaches.get(prisma);
  if (!cache) tokenCaches.set(prisma, (cache = new Map()));
  return cache;
}
function rememberTokens(cache: TokenCache, id: number, tokens: Set<string>): void {
  if (cache.size >= STORED_TOKENS_MAX) cache.clear();
  cache.set(id, tokens);
}

class Graph {
  persons = new Map<number, PersonRow>();
  orgs = new Map<number, OrgRow>();
  meetings = new Map<number, MeetingRow>();
  /** Corroboration candidates by speaker ("p1", "o2"), in the order they became known. */
  bySpeaker = new Map<string, StatementRow[]>();
  private seq = 0;
  /** claimTokens of every candidate and new statement of the batch, by (provisional) id. */
  tokens = new Map<number, Set<string>>();
  next = { person: 0, org: 0, meeting: 0, article: 0, statement: 0 };
  created = { persons: [] as PersonRow[], orgs: [] as OrgRow[], meetings: [] as MeetingRow[] };
  newPersonAliases: { personId: number; text: string; normalized: string }[] = [];
  newOrgAliases: { organizationId: number; text: string; normalized: string }[] = [];
  newParticipants: { meetingId: number; personId: number | null; organizationId: number | null }[] = [];

  addStatement(s: StatementRow): void {
    s.seq = this.seq++;
    const key = s.speakerPersonId !== null ? `p${s.speakerPersonId}` : s.speakerOrganizationId !== null ? `o${s.speakerOrganizationId}` : null;
    if (key === null) return; // no speaker: never a candidate
    const list = this.bySpeaker.get(key);
    if (list) list.push(s);
    else this.bySpeaker.set(key, [s]);
  }

  prov(kind: keyof Graph['next']): number {
    return PROV + this.next[kind]++;
  }

  // --- organizations (organizations.ts, in memory) ---------------------------------------------
  private aliasOwners(keys: string[]): number | null {
    if (!keys.length) return null;
    const wanted = new Set(keys);
    const owners = new Set<number>();
    for (const o of this.orgs.values()) if (o.aliases.some((a) => wanted.has(a.normalized))) owners.add(o.id);
    return owners.size === 1 ? [...owners][0] : null;
  }

  findOrganization(org: OrganizationInput): number | null {
    const key = orgKey(org.name);
    for (const o of this.orgs.values()) if (o.normalizedName === key) return o.id;
    const strong = [key, ...(org.nameEn ? [nameKey(org.nameEn)] : []), ...(org.aliases ?? []).map(orgKey)];
    const byStrong = this.aliasOwners([...new Set(strong)]);
    if (byStrong) return byStrong;
    const mentionKeys = [...new Set((org.mentions ?? []).map((m) => orgKey(m.text)))].filter((k) => !strong.includes(k));
    return this.aliasOwners(mentionKeys);
  }

  resolveOrganization(org: OrganizationInput): { id: number; created: boolean } {
    const texts = aliasTexts(org);
    const id = this.findOrganization(org);
    if (id === null) {
      const row: OrgRow = {
        id: this.prov('org'),
        name: org.name.trim(),
        nameEn: org.nameEn ?? null,
        kind: org.kind ?? 'other',
        normalizedName: orgKey(org.name),
        aliases: [],
        dirty: false,
      };
      row.aliases = aliasRows(texts, new Set(), new Set());
      this.orgs.set(row.id, row);
      this.created.orgs.push(row);
      return { id: row.id, created: true };
    }
    const o = this.orgs.get(id)!;
    if (!o.nameEn && org.nameEn) (o.nameEn = org.nameEn), (o.dirty = true);
    if (o.kind === 'other' && org.kind && org.kind !== 'other') (o.kind = org.kind), (o.dirty = true);
    const rows = aliasRows(texts, new Set(o.aliases.map((a) => a.normalized)), new Set(o.aliases.map((a) => a.text)));
    for (const r of rows) {
      o.aliases.push(r);
      if (!isProv(id)) this.newOrgAliases.push({ organizationId: id, ...r });
    }
    return { id, created: false };
  }

  // --- persons (persons.ts, in memory) ----------------------------------------------------------
  resolvePerson(person: AttributedPerson): { id: number; created: boolean } {
    const fullName = fullNameOf(person);
    const aliases = dedupeByKey(surfaceForms(person).map((text) => ({ text, normalized: nameKey(text) })));
    const found = this.findPerson(person, fullName);
    if (!found) {
      const row: PersonRow = {
        id: this.prov('person'),
        name: fullName,
        nameEn: person.nameEn,
        role: person.role,
        normalizedName: nameKey(fullName),
        surnameKey: surnameKeyOf(fullName),
        aliases,
        dirty: false,
      };
      this.persons.set(row.id, row);
      this.created.persons.push(row);
      return { id: row.id, created: true };
    }
    const p = this.persons.get(found)!;
    if (nameWords(fullName).length > nameWords(p.name).length) {
      p.name = fullName;
      p.normalizedName = nameKey(fullName);
      p.surnameKey = surnameKeyOf(fullName);
      p.dirty = true;
    }
    if (!p.role && person.role) (p.role = person.role), (p.dirty = true);
    if (!p.nameEn && person.nameEn) (p.nameEn = person.nameEn), (p.dirty = true);
    const known = new Set(p.aliases.map((a) => a.normalized));
    for (const a of aliases) {
      if (known.has(a.normalized)) continue;
      p.aliases.push(a);
      if (!isProv(p.id)) this.newPersonAliases.push({ personId: p.id, ...a });
    }
    return { id: p.id, created: false };
  }

  private findPerson(person: AttributedPerson, fullName: string): number | null {
    const multiKeys = new Set(multiNameKeys(person));
    if (multiKeys.size) {
      const byAlias: number[] = [];
      const byName: number[] = [];
      for (const p of this.persons.values()) {
        for (const a of p.aliases) if (multiKeys.has(a.normalized)) byAlias.push(p.id);
        if (multiKeys.has(p.normalizedName)) byName.push(p.id);
      }
      const id = voteByName(byAlias, byName);
      if (id !== null) return id;
    }
    const surnameKey = surnameKeyOf(fullName);
    if (!surnameKey) return null;
    const candidates = [...this.persons.values()].filter((p) => p.surnameKey === surnameKey).sort((a, b) => a.id - b.id);
    return matchCandidates(fullName, person.role, candidates)?.id ?? null;
  }

  // --- meetings (meetings.ts, in memory) --------------------------------------------------------
  resolveMeeting(meeting: AttributedMeeting, participants: { personIds: number[]; organizationIds: number[] }, published: Date | null) {
    const ours = [...participants.personIds.map((id) => `p${id}`), ...participants.organizationIds.map((id) => `o${id}`)];
    let existingId: number | null = null;
    if (ours.length) {
      const start = toDate(meeting.date);
      const end = toDate(meeting.endDate) ?? start;
      const candidates = [...this.meetings.values()]
        .filter((m) => {
          if (m.kind !== meeting.kind || !ours.some((k) => m.participantKeys.has(k))) return false;
          if (!start) return true;
          if (!m.date) return true;
          return m.date.getTime() <= end!.getTime() && (m.endDate ? m.endDate.getTime() >= start.getTime() : m.date.getTime() >= start.getTime());
        })
        .sort((a, b) => b.id - a.id)
        .slice(0, 200);
      existingId = chooseMeeting(candidates, meeting, participants, published);
    }
    let m: MeetingRow;
    if (existingId === null) {
      m = {
        id: this.prov('meeting'),
        kind: meeting.kind,
        status: meeting.status,
        date: toDate(meeting.date),
        endDate: toDate(meeting.endDate),
        datePrecision: precisionOf(meeting),
        place: meeting.place,
        participants: [],
        participantKeys: new Set(),
        mentions: [],
        dirty: false,
      };
      this.meetings.set(m.id, m);
      this.created.meetings.push(m);
    } else {
      m = this.meetings.get(existingId)!;
      const refined = refinedDate(m, meeting);
      if (refined) Object.assign(m, refined, { dirty: true });
      if (!m.place && meeting.place) (m.place = meeting.place), (m.dirty = true);
      if (STATUS_RANK[meeting.status] > STATUS_RANK[m.status as MeetingStatus]) (m.status = meeting.status), (m.dirty = true);
    }
    const add = (personId: number | null, organizationId: number | null) => {
      const key = personId !== null ? `p${personId}` : `o${organizationId}`;
      if (m.participantKeys.has(key)) return;
      m.participantKeys.add(key);
      m.participants.push({ personId, organizationId });
      this.newParticipants.push({ meetingId: m.id, personId, organizationId });
    };
    for (const id of participants.personIds) add(id, null);
    for (const id of participants.organizationIds) add(null, id);
    return { id: m.id, created: existingId === null };
  }
}

/** Sequences of the tables whose ids the batch allocates. */
const SEQUENCES = { person: 'person_id_seq', org: 'organization_id_seq', meeting: 'meeting_id_seq', article: 'article_id_seq', statement: 'statement_id_seq' } as const;

/**
 * Ingests several articles in one transaction, in order: the same rows, merges and results as
 * calling ingestArticle on each in turn. Articles that fail validation or whose engine output
 * does not fit the text are reported in their slot and skipped; an error of the database rolls
 * the whole batch back and is thrown. A text given twice is stored once (the second is a
 * duplicate of the first, as with ingestArticle).
 */
export async function ingestArticles(prisma: PrismaClient, inputs: IngestInput[], options: IngestOptions = {}): Promise<BatchItemResult[]> {
  const out: BatchItemResult[] = inputs.map(() => ({}));
  const valid: { index: number; valid: ValidInput; hash: string }[] = [];
  inputs.forEach((input, index) => {
    try {
      const v = validateInput(input, options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES);
      valid.push({ index, valid: v, hash: contentHash(v.body) });
    } catch (error) {
      out[index].error = error as Error;
    }
  });
  const duplicate = (article: Article): IngestResult => ({ article, created: false, counts: { ...ZERO_COUNTS }, statementIds: [] });

  const stored = new Map((await prisma.article.findMany({ where: { contentHash: { in: [...new Set(valid.map((v) => v.hash))] } } })).map((a) => [a.contentHash, a]));
  const attribute = options.attribute ?? defaultAttribute;
  const onEngineError = options.onEngineError ?? logEngineError;
  const todo: Prepared[] = [];
  const firstOf = new Map<string, number>(); // hash → index of its first occurrence in the batch
  const laterCopies: { index: number; first: number }[] = [];
  const fresh: typeof valid = [];
  for (const v of valid) {
    const known = stored.get(v.hash);
    if (known) {
      out[v.index].result = duplicate(known);
      continue;
    }
    const first = firstOf.get(v.hash);
    if (first !== undefined) {
      laterCopies.push({ index: v.index, first });
      continue;
    }
    firstOf.set(v.hash, v.index);
    fresh.push(v);
  }
  // All of the batch's texts are given to the engine at once: an engine in worker threads
  // (engine-pool.ts) runs them in parallel; the in-process one runs them one after the other.
  const engineRuns = await Promise.all(
    fresh.map(async (v) => {
      try {
        const attribution = await attribute(v.valid.body, {
          ...(v.valid.published ? { published: v.valid.published } : {}),
          ...(v.valid.outlet ? { outlet: v.valid.outlet.name } : {}),
          onError: (report) => onEngineError(engineErrorReport(v.hash, report)),
        });
        checkAttribution(v.valid.body, attribution);
        return { attribution };
      } catch (error) {
        return { error: error as Error };
      }
    }),
  );
  fresh.forEach((v, k) => {
    const run = engineRuns[k];
    if (run.attribution) todo.push({ ...v, attribution: run.attribution });
    else out[v.index].error = run.error;
  });

  if (todo.length) {
    let results: IngestResult[];
    try {
      const cache = tokenCacheOf(prisma);
      results = await prisma.$transaction((tx) => writeBatch(tx, todo, options, cache), {
        timeout: options.timeoutMs ?? (todo.length > 1 ? 120_000 : 60_000),
        maxWait: 30_000,
      });
    } catch (error) {
      // A unique violation on the content hash: another ingest stored one of these texts (the
      // locks make it unlikely). When they are all stored now, they are duplicates.
      if (!isUniqueViolation(error)) throw error;
      const now = new Map((await prisma.article.findMany({ where: { contentHash: { in: todo.map((t) => t.hash) } } })).map((a) => [a.contentHash, a]));
      if (!todo.every((t) => now.has(t.hash))) throw error;
      results = todo.map((t) => duplicate(now.get(t.hash)!));
    }
    results.forEach((r, k) => (out[todo[k].index].result = r));
  }
  for (const { index, first } of laterCopies) {
    const r = out[first].result;
    if (r) out[index].result = duplicate(r.article);
    else out[index].error = out[first].error;
  }
  return out;
}

/** A unique violation, from a Prisma query (P2002) or a raw one (P2010 with SQLSTATE 23505). */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } | undefined;
  return error.code === 'P2010' && (meta?.code === '23505' || meta?.driverAdapterError?.cause?.originalCode === '23505' || meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation');
}

async function lock(tx: Tx, keys: string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (!sorted.length) return;
  await tx.$queryRaw`SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${sorted}::text[]) AS k) AS locks`;
}

async function writeBatch(tx: Tx, batch: Prepared[], options: IngestOptions, storedTokens: TokenCache): Promise<IngestResult[]> {
  await lock(
    tx,
    batch.flatMap(({ hash, valid: input, attribution: a }) => [
      `article:${hash}`,
      ...(input.outlet ? organizationLockKeys(input.outlet) : []),
      ...a.organizations.flatMap(organizationLockKeys),
      ...a.persons.map(personLockKey),
    ]),
  );
  // Another ingest of the same text may have committed while we waited for the locks.
  const committed = new Map(
    (await tx.article.findMany({ where: { contentHash: { in: batch.map((b) => b.hash) } } })).map((a) => [a.contentHash, a]),
  );
  const results: (IngestResult | null)[] = batch.map((b) => {
    const a = committed.get(b.hash);
    return a ? { article: a, created: false, counts: { ...ZERO_COUNTS }, statementIds: [] } : null;
  });
  const work = batch.filter((_, k) => !results[k]);
  if (!work.length) return results as IngestResult[];

  const g = new Graph();
  await loadNames(tx, g, work);

  // Phase 1: organizations and persons of every article, in article order.
  interface ArticlePlan {
    p: Prepared;
    published: Date | null;
    counts: IngestCounts;
    outletId: number | null;
    orgIds: Map<string, number>;
    personIds: Map<string, number>;
    articleId: number;
    statementIds: number[];
    meetingIds: number[];
  }
  const plans: ArticlePlan[] = work.map((p) => {
    const a = p.attribution;
    const input = p.valid;
    const counts: IngestCounts = { ...ZERO_COUNTS };
    let outletId: number | null = null;
    if (input.outlet) outletId = g.resolveOrganization({ ...input.outlet, kind: input.outlet.kind ?? 'other' }).id;
    const orgIds = new Map<string, number>();
    const distinctOrgs = new Set<number>();
    for (const o of a.organizations) {
      const r = g.resolveOrganization(o);
      orgIds.set(o.id, r.id);
      if (!distinctOrgs.has(r.id)) counts.organizations++;
      distinctOrgs.add(r.id);
      if (r.created) counts.organizationsCreated++;
    }
    const personIds = new Map<string, number>();
    const distinctPersons = new Set<number>();
    const order = [...a.persons].sort((x, y) => nameWords(fullNameOf(y)).length - nameWords(fullNameOf(x)).length);
    for (const person of order) {
      const r = g.resolvePerson(person);
      personIds.set(person.id, r.id);
      distinctPersons.add(r.id);
      if (r.created) counts.personsCreated++;
    }
    counts.persons = distinctPersons.size;
    return { p, published: toDate(input.published), counts, outletId, orgIds, personIds, articleId: g.prov('article'), statementIds: [], meetingIds: [] };
  });

  // Phase 2: what meetings and corroborations can read, for the participants and speakers that
  // already exist.
  await loadMeetingsAndStatements(tx, g, plans.map((pl) => ({ ...pl, attribution: pl.p.attribution })), storedTokens);

  // Phase 3: statements, meetings, links and corroborations, article by article.
  const mentionRows: { articleId: number; personId: number | null; organizationId: number | null; text: string; start: number; end: number }[] = [];
  const statementRows: (StatementRow & Record<string, unknown>)[] = [];
  const meetingMentionRows: { meetingId: number; articleId: number; text: string; start: number; end: number }[] = [];
  const linkRows: { statementId: number; meetingId: number }[] = [];
  const corroborations: { fromId: number; toId: number; score: number }[] = [];
  for (const pl of plans) {
    const a = pl.p.attribution;
    const { articleId, counts, orgIds, personIds, published } = pl;
    for (const person of a.persons) for (const m of person.mentions) mentionRows.push({ articleId, personId: personIds.get(person.id)!, organizationId: null, text: m.text, start: m.start, end: m.end });
    for (const o of a.organizations) for (const m of o.mentions) mentionRows.push({ articleId, personId: null, organizationId: orgIds.get(o.id)!, text: m.text, start: m.start, end: m.end });
    counts.mentions = a.persons.reduce((n, p) => n + p.mentions.length, 0) + a.organizations.reduce((n, o) => n + o.mentions.length, 0);

    const dates = statementDates(published);
    const mine: StatementRow[] = a.statements.map((s, position) => {
      const row = {
        id: g.prov('statement'),
        articleId,
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
        ...dates,
      };
      statementRows.push(row);
      g.tokens.set(row.id, claimTokens(row.content));
      return row;
    });
    pl.statementIds = mine.map((s) => s.id);
    counts.statements = mine.length;

    const distinctMeetings = new Set<number>();
    for (const m of a.meetings) {
      const participants = {
        personIds: [...new Set(m.participants.filter((id) => personIds.has(id)).map((id) => personIds.get(id)!))],
        organizationIds: [...new Set(m.participants.filter((id) => orgIds.has(id)).map((id) => orgIds.get(id)!))],
      };
      const r = g.resolveMeeting(m, participants, published);
      pl.meetingIds.push(r.id);
      distinctMeetings.add(r.id);
      if (r.created) counts.meetingsCreated++;
    }
    counts.meetings = distinctMeetings.size;
    // The meeting mentions are written after all the article's meetings are resolved (as in
    // ingestArticle); a later article sees them (findMeeting reads up to 20 per candidate).
    a.meetings.forEach((m, i) =>
      m.mentions.forEach((s) => {
        meetingMentionRows.push({ meetingId: pl.meetingIds[i], articleId, text: s.text, start: s.start, end: s.end });
        const row = g.meetings.get(pl.meetingIds[i])!;
        if (row.mentions.length < 20) row.mentions.push({ article: { publishedAt: published } });
      }),
    );

    const links = linkStatementsToMeetings(pl.p.valid.body, a.statements, a.meetings);
    const pairs = new Set<string>();
    links.forEach((meetings, i) =>
      meetings.forEach((k) => {
        const key = `${pl.statementIds[i]}:${pl.meetingIds[k]}`;
        if (pairs.has(key)) return;
        pairs.add(key);
        linkRows.push({ statementId: pl.statementIds[i], meetingId: pl.meetingIds[k] });
      }),
    );
    counts.statementMeetings = pairs.size;

    // Corroborations: the speakers' statements of other articles in the window, stored before the
    // batch or written by an earlier article of it (ingestArticle's query, in memory).
    const persons = new Set(mine.flatMap((s) => (s.speakerPersonId === null ? [] : [s.speakerPersonId])));
    const orgs = new Set(mine.flatMap((s) => (s.speakerOrganizationId === null ? [] : [s.speakerOrganizationId])));
    if (persons.size || orgs.size) {
      const lo = published ? published.getTime() - WINDOW_DAYS * DAY : -Infinity;
      const hi = published ? published.getTime() + WINDOW_DAYS * DAY : Infinity;
      const undated = UNDATED_SORT_DATE.getTime();
      const others = [...[...persons].map((id) => `p${id}`), ...[...orgs].map((id) => `o${id}`)]
        .flatMap((key) => g.bySpeaker.get(key) ?? [])
        .filter((o) => {
          if (o.articleId === articleId) return false;
          const t = o.sortDate.getTime();
          return (t >= lo && t <= hi) || (published !== null && t === undated);
        })
        .sort((x, y) => x.seq! - y.seq!)
        .slice(0, 5000);
      const rows = corroborationRows(mine, others, g.tokens);
      const seen = new Set<string>();
      for (const r of rows) {
        const key = `${r.fromId}:${r.toId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        corroborations.push(r);
      }
      counts.corroborations = seen.size;
    }
    for (const s of mine) g.addStatement(s);
  }

  // Phase 4: real ids, then every table in one statement each.
  const ids = await allocateIds(tx, g.next);
  const real = (kind: keyof typeof SEQUENCES) => (id: number) => (isProv(id) ? ids[kind][id - PROV] : id);
  const P = real('person');
  const O = real('org');
  const M = real('meeting');
  const A = real('article');
  const S = real('statement');
  for (const s of statementRows) {
    const t = g.tokens.get(s.id);
    if (t) rememberTokens(storedTokens, S(s.id), t);
  }
  const Pn = (id: number | null) => (id === null ? null : P(id));
  const On = (id: number | null) => (id === null ? null : O(id));

  const people = g.created.persons;
  if (people.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO person (id, name, name_en, role, normalized_name, surname_key)
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      people.map((p) => P(p.id)),
      people.map((p) => p.name),
      people.map((p) => p.nameEn),
      people.map((p) => p.role),
      people.map((p) => p.normalizedName),
      people.map((p) => p.surnameKey),
    );
  }
  const changedPeople = [...g.persons.values()].filter((p) => p.dirty && !isProv(p.id));
  if (changedPeople.length) {
    await tx.$executeRawUnsafe(
      `UPDATE person p SET name = u.name, name_en = u.name_en, role = u.role, normalized_name = u.normalized_name, surname_key = u.surname_key
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(id, name, name_en, role, normalized_name, surname_key)
       WHERE p.id = u.id`,
      changedPeople.map((p) => p.id),
      changedPeople.map((p) => p.name),
      changedPeople.map((p) => p.nameEn),
      changedPeople.map((p) => p.role),
      changedPeople.map((p) => p.normalizedName),
      changedPeople.map((p) => p.surnameKey),
    );
  }
  const personAliases = [...people.flatMap((p) => p.aliases.map((a) => ({ personId: p.id, ...a }))), ...g.newPersonAliases].filter((a) => a.normalized);
  if (personAliases.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO person_alias (person_id, text, normalized) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      personAliases.map((a) => P(a.personId)),
      personAliases.map((a) => a.text),
      personAliases.map((a) => a.normalized),
    );
  }
  const orgs = g.created.orgs;
  if (orgs.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO organization (id, name, name_en, kind, normalized_name)
       SELECT id, name, name_en, kind::"OrganizationKind", normalized_name FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, name, name_en, kind, normalized_name)`,
      orgs.map((o) => O(o.id)),
      orgs.map((o) => o.name),
      orgs.map((o) => o.nameEn),
      orgs.map((o) => o.kind),
      orgs.map((o) => o.normalizedName),
    );
  }
  const changedOrgs = [...g.orgs.values()].filter((o) => o.dirty && !isProv(o.id));
  if (changedOrgs.length) {
    await tx.$executeRawUnsafe(
      `UPDATE organization o SET name_en = u.name_en, kind = u.kind::"OrganizationKind"
       FROM unnest($1::int[], $2::text[], $3::text[]) AS u(id, name_en, kind) WHERE o.id = u.id`,
      changedOrgs.map((o) => o.id),
      changedOrgs.map((o) => o.nameEn),
      changedOrgs.map((o) => o.kind),
    );
  }
  const orgAliases = [...orgs.flatMap((o) => o.aliases.map((a) => ({ organizationId: o.id, ...a }))), ...g.newOrgAliases];
  if (orgAliases.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO organization_alias (organization_id, text, normalized) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      orgAliases.map((a) => O(a.organizationId)),
      orgAliases.map((a) => a.text),
      orgAliases.map((a) => a.normalized),
    );
  }

  const articles = await tx.$queryRawUnsafe<{ id: number; created_at: Date }[]>(
    `INSERT INTO article (id, title, body, outlet_id, published_at, url, content_hash)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::date[], $6::text[], $7::text[])
     RETURNING id, created_at`,
    plans.map((pl) => A(pl.articleId)),
    plans.map((pl) => pl.p.valid.title),
    plans.map((pl) => pl.p.valid.body),
    plans.map((pl) => On(pl.outletId)),
    plans.map((pl) => iso(pl.published)),
    plans.map((pl) => pl.p.valid.url),
    plans.map((pl) => pl.p.hash),
  );
  const createdAt = new Map(articles.map((r) => [r.id, r.created_at]));

  if (mentionRows.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO mention (article_id, person_id, organization_id, text, start, "end") SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::int[], $6::int[])`,
      mentionRows.map((m) => A(m.articleId)),
      mentionRows.map((m) => Pn(m.personId)),
      mentionRows.map((m) => On(m.organizationId)),
      mentionRows.map((m) => m.text),
      mentionRows.map((m) => m.start),
      mentionRows.map((m) => m.end),
    );
  }
  if (statementRows.length) {
    const col = <T>(f: (s: (typeof statementRows)[number]) => T) => statementRows.map(f);
    await tx.$executeRawUnsafe(
      `INSERT INTO statement (id, article_id, position, speaker_person_id, speaker_organization_id, cue, cue_start, cue_end, content, content_start, content_end,
                              kind, via_id, audience, audience_start, audience_end, anaphoric, published_at, sort_date)
       SELECT id, article_id, position, speaker_person_id, speaker_organization_id, cue, cue_start, cue_end, content, content_start, content_end,
              kind::"StatementKind", via_id, audience, audience_start, audience_end, anaphoric, published_at, sort_date
       FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::int[], $8::int[], $9::text[], $10::int[], $11::int[],
                   $12::text[], $13::int[], $14::text[], $15::int[], $16::int[], $17::boolean[], $18::date[], $19::date[])
         AS u(id, article_id, position, speaker_person_id, speaker_organization_id, cue, cue_start, cue_end, content, content_start, content_end,
              kind, via_id, audience, audience_start, audience_end, anaphoric, published_at, sort_date)`,
      col((s) => S(s.id)),
      col((s) => A(s.articleId)),
      col((s) => s.position),
      col((s) => Pn(s.speakerPersonId)),
      col((s) => On(s.speakerOrganizationId)),
      col((s) => s.cue),
      col((s) => s.cueStart),
      col((s) => s.cueEnd),
      col((s) => s.content),
      col((s) => s.contentStart),
      col((s) => s.contentEnd),
      col((s) => s.kind),
      col((s) => On(s.viaId as number | null)),
      col((s) => s.audience),
      col((s) => s.audienceStart),
      col((s) => s.audienceEnd),
      col((s) => s.anaphoric),
      col((s) => iso(s.publishedAt as Date | null)),
      col((s) => iso(s.sortDate)),
    );
  }

  const articleOf = (pl: ArticlePlan): Article => ({
    id: A(pl.articleId),
    title: pl.p.valid.title,
    body: pl.p.valid.body,
    outletId: On(pl.outletId),
    publishedAt: pl.published,
    url: pl.p.valid.url,
    contentHash: pl.p.hash,
    createdAt: createdAt.get(A(pl.articleId))!,
  });
  if (options.hooks?.afterStatements) {
    for (const pl of plans) await options.hooks.afterStatements(tx, { article: articleOf(pl), attribution: pl.p.attribution, statementIds: pl.statementIds.map(S) });
  }

  const meetings = g.created.meetings;
  if (meetings.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO meeting (id, kind, status, date, end_date, date_precision, place)
       SELECT id, kind::"MeetingKind", status::"MeetingStatus", date, end_date, date_precision::"DatePrecision", place FROM unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[]) AS u(id, kind, status, date, end_date, date_precision, place)`,
      meetings.map((m) => M(m.id)),
      meetings.map((m) => m.kind),
      meetings.map((m) => m.status),
      meetings.map((m) => iso(m.date)),
      meetings.map((m) => iso(m.endDate)),
      meetings.map((m) => m.datePrecision),
      meetings.map((m) => m.place),
    );
  }
  const changedMeetings = [...g.meetings.values()].filter((m) => m.dirty && !isProv(m.id));
  if (changedMeetings.length) {
    await tx.$executeRawUnsafe(
      `UPDATE meeting m SET status = u.status::"MeetingStatus", date = u.date, end_date = u.end_date, date_precision = u.date_precision::"DatePrecision", place = u.place
       FROM unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[]) AS u(id, status, date, end_date, date_precision, place) WHERE m.id = u.id`,
      changedMeetings.map((m) => m.id),
      changedMeetings.map((m) => m.status),
      changedMeetings.map((m) => iso(m.date)),
      changedMeetings.map((m) => iso(m.endDate)),
      changedMeetings.map((m) => m.datePrecision),
      changedMeetings.map((m) => m.place),
    );
  }
  if (g.newParticipants.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO meeting_participant (meeting_id, person_id, organization_id) SELECT * FROM unnest($1::int[], $2::int[], $3::int[]) ON CONFLICT DO NOTHING`,
      g.newParticipants.map((r) => M(r.meetingId)),
      g.newParticipants.map((r) => Pn(r.personId)),
      g.newParticipants.map((r) => On(r.organizationId)),
    );
  }
  if (meetingMentionRows.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO meeting_mention (meeting_id, article_id, text, start, "end") SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::int[])`,
      meetingMentionRows.map((r) => M(r.meetingId)),
      meetingMentionRows.map((r) => A(r.articleId)),
      meetingMentionRows.map((r) => r.text),
      meetingMentionRows.map((r) => r.start),
      meetingMentionRows.map((r) => r.end),
    );
  }
  if (linkRows.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO statement_meeting (statement_id, meeting_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
      linkRows.map((r) => S(r.statementId)),
      linkRows.map((r) => M(r.meetingId)),
    );
  }
  if (corroborations.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO corroboration (from_id, to_id, score) SELECT * FROM unnest($1::int[], $2::int[], $3::float8[]) ON CONFLICT DO NOTHING`,
      corroborations.map((r) => S(r.fromId)),
      corroborations.map((r) => S(r.toId)),
      corroborations.map((r) => r.score),
    );
  }

  let k = 0;
  return results.map(
    (r) =>
      r ??
      ((pl) => ({ article: articleOf(pl), created: true, counts: pl.counts, statementIds: pl.statementIds.map(S), attribution: pl.p.attribution }))(plans[k++]),
  );
}

/** Real ids for the rows created in the batch, from each table's sequence, in creation order. */
async function allocateIds(tx: Tx, counts: Graph['next']): Promise<Record<keyof typeof SEQUENCES, number[]>> {
  const kinds = Object.keys(SEQUENCES) as (keyof typeof SEQUENCES)[];
  const [row] = await tx.$queryRawUnsafe<Record<string, number[]>[]>(
    `SELECT ${kinds.map((k, i) => `ARRAY(SELECT nextval('${SEQUENCES[k]}')::int FROM generate_series(1, $${i + 1}::int)) AS "${k}"`).join(', ')}`,
    ...kinds.map((k) => counts[k]),
  );
  return Object.fromEntries(kinds.map((k) => [k, [...row[k]].sort((a, b) => a - b)])) as Record<keyof typeof SEQUENCES, number[]>;
}

/** Organizations and persons any name of the batch can match, with all their aliases. */
async function loadNames(tx: Tx, g: Graph, work: Prepared[]): Promise<void> {
  const orgKeys = new Set<string>();
  const orgInputs: OrganizationInput[] = work.flatMap((p) => [...(p.valid.outlet ? [p.valid.outlet] : []), ...p.attribution.organizations]);
  for (const o of orgInputs) {
    orgKeys.add(orgKey(o.name));
    if (o.nameEn) orgKeys.add(nameKey(o.nameEn));
    for (const a of o.aliases ?? []) orgKeys.add(orgKey(a));
    for (const m of o.mentions ?? []) orgKeys.add(orgKey(m.text));
  }
  const nameKeys = new Set<string>();
  const surnameKeys = new Set<string>();
  for (const p of work.flatMap((w) => w.attribution.persons)) {
    for (const k of multiNameKeys(p)) nameKeys.add(k);
    const s = surnameKeyOf(fullNameOf(p));
    if (s) surnameKeys.add(s);
  }
  const [orgRows, personRows] = await Promise.all([
    orgKeys.size
      ? tx.$queryRawUnsafe<{ id: number; name: string; name_en: string | null; kind: OrganizationKind; normalized_name: string; aliases: { text: string; normalized: string }[] }[]>(
          `SELECT o.id, o.name, o.name_en, o.kind::text AS kind, o.normalized_name,
                  COALESCE((SELECT json_agg(json_build_object('text', a.text, 'normalized', a.normalized) ORDER BY a.id) FROM organization_alias a WHERE a.organization_id = o.id), '[]') AS aliases
           FROM organization o
           WHERE o.normalized_name = ANY($1::text[]) OR o.id IN (SELECT organization_id FROM organization_alias WHERE normalized = ANY($1::text[]))`,
          [...orgKeys],
        )
      : [],
    nameKeys.size || surnameKeys.size
      ? tx.$queryRawUnsafe<{ id: number; name: string; name_en: string | null; role: string | null; normalized_name: string; surname_key: string | null; aliases: { text: string; normalized: string }[] }[]>(
          `SELECT p.id, p.name, p.name_en, p.role, p.normalized_name, p.surname_key,
                  COALESCE((SELECT json_agg(json_build_object('text', a.text, 'normalized', a.normalized) ORDER BY a.id) FROM person_alias a WHERE a.person_id = p.id), '[]') AS aliases
           FROM person p
           WHERE p.normalized_name = ANY($1::text[]) OR p.surname_key = ANY($2::text[])
              OR p.id IN (SELECT person_id FROM person_alias WHERE normalized = ANY($1::text[]))`,
          [...nameKeys],
          [...surnameKeys],
        )
      : [],
  ]);
  for (const o of orgRows) g.orgs.set(o.id, { id: o.id, name: o.name, nameEn: o.name_en, kind: o.kind, normalizedName: o.normalized_name, aliases: o.aliases, dirty: false });
  for (const p of personRows)
    g.persons.set(p.id, { id: p.id, name: p.name, nameEn: p.name_en, role: p.role, normalizedName: p.normalized_name, surnameKey: p.surname_key, aliases: p.aliases, dirty: false });
}

/**
 * The stored meetings the batch's meetings can merge with (same kind, a shared participant that
 * already exists, dates that can agree: findMeeting's filter), and the stored statements its
 * statements can corroborate (the speakers' statements of the window, or all of them for an
 * undated article: linkCorroborations' filter).
 */
async function loadMeetingsAndStatements(
  tx: Tx,
  g: Graph,
  plans: { attribution: Attribution; published: Date | null; personIds: Map<string, number>; orgIds: Map<string, number> }[],
  storedTokens: TokenCache,
): Promise<void> {
  const mq = { kind: [] as string[], pid: [] as (number | null)[], oid: [] as (number | null)[], start: [] as (string | null)[], end: [] as (string | null)[] };
  const sq = { pid: [] as (number | null)[], oid: [] as (number | null)[], lo: [] as string[], hi: [] as string[] };
  const seenM = new Set<string>();
  const seenS = new Set<string>();
  for (const pl of plans) {
    for (const m of pl.attribution.meetings) {
      const start = m.date;
      const end = m.endDate ?? m.date;
      for (const local of m.participants) {
        const pid = pl.personIds.get(local);
        const oid = pid === undefined ? pl.orgIds.get(local) : undefined;
        const id = pid ?? oid;
        if (id === undefined || isProv(id)) continue;
        const key = `${m.kind}|${pid ?? ''}|${oid ?? ''}|${start}|${end}`;
        if (seenM.has(key)) continue;
        seenM.add(key);
        mq.kind.push(m.kind);
        mq.pid.push(pid ?? null);
        mq.oid.push(oid ?? null);
        mq.start.push(start);
        mq.end.push(end);
      }
    }
    const ranges: [string, string][] = pl.published
      ? [
          [iso(new Date(pl.published.getTime() - WINDOW_DAYS * DAY))!, iso(new Date(pl.published.getTime() + WINDOW_DAYS * DAY))!],
          [iso(UNDATED_SORT_DATE)!, iso(UNDATED_SORT_DATE)!],
        ]
      : [[iso(UNDATED_SORT_DATE)!, '9999-12-31']];
    for (const s of pl.attribution.statements) {
      if (s.speaker === null) continue;
      const pid = pl.personIds.get(s.speaker);
      const oid = pid === undefined ? pl.orgIds.get(s.speaker) : undefined;
      const id = pid ?? oid;
      if (id === undefined || isProv(id)) continue;
      for (const [lo, hi] of ranges) {
        const key = `${pid ?? ''}|${oid ?? ''}|${lo}|${hi}`;
        if (seenS.has(key)) continue;
        seenS.add(key);
        sq.pid.push(pid ?? null);
        sq.oid.push(oid ?? null);
        sq.lo.push(lo);
        sq.hi.push(hi);
      }
    }
  }
  const [meetingRows, statementRows] = await Promise.all([
    mq.kind.length
      ? tx.$queryRawUnsafe<
          { id: number; kind: MeetingKind; status: MeetingStatus; date: string | null; end_date: string | null; date_precision: DatePrecision | null; place: string | null; participants: [number | null, number | null][]; mentions: (string | null)[] }[]
        >(
          // Per (meeting, participant): a dated meeting's candidates are the meetings of its kind
          // overlapping its days (meeting_date_range_idx) and the 200 most recent undated ones,
          // with that participant; an undated meeting's are the participant's 200 most recent
          // meetings of its kind (meeting_participant_*_meeting_id_idx, newest first). findMeeting
          // keeps the 200 most recent candidates of the union, so these contain them. The exact
          // date rule is applied in memory (resolveMeeting).
          `WITH q AS (SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::date[], $5::date[]) AS q(kind, pid, oid, s, e)),
           ids AS (
             SELECT DISTINCT c.id FROM q CROSS JOIN LATERAL (
               (SELECT m.id FROM meeting m
                 WHERE q.s IS NOT NULL AND m.date_range && daterange(LEAST(q.s, q.e), GREATEST(q.s, q.e), '[]') AND m.kind::text = q.kind
                   AND EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = m.id AND (p.person_id = q.pid OR p.organization_id = q.oid)))
               UNION ALL
               (SELECT m.id FROM meeting m
                 WHERE q.s IS NOT NULL AND m.date IS NULL AND m.kind::text = q.kind
                   AND EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = m.id AND (p.person_id = q.pid OR p.organization_id = q.oid))
                 ORDER BY m.id DESC LIMIT 200)
               UNION ALL
               (SELECT mp.meeting_id FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id
                 WHERE q.s IS NULL AND mp.person_id = q.pid AND m.kind::text = q.kind ORDER BY mp.meeting_id DESC LIMIT 200)
               UNION ALL
               (SELECT mp.meeting_id FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id
                 WHERE q.s IS NULL AND mp.organization_id = q.oid AND m.kind::text = q.kind ORDER BY mp.meeting_id DESC LIMIT 200)
             ) AS c(id)
           )
           SELECT m.id, m.kind::text AS kind, m.status::text AS status, to_char(m.date, 'YYYY-MM-DD') AS date, to_char(m.end_date, 'YYYY-MM-DD') AS end_date, m.date_precision::text AS date_precision, m.place,
                  COALESCE((SELECT json_agg(json_build_array(p.person_id, p.organization_id) ORDER BY p.id) FROM meeting_participant p WHERE p.meeting_id = m.id), '[]') AS participants,
                  COALESCE((SELECT json_agg(x.d) FROM (SELECT to_char(a.published_at, 'YYYY-MM-DD') AS d FROM meeting_mention mm JOIN article a ON a.id = mm.article_id
                                                      WHERE mm.meeting_id = m.id ORDER BY mm.id LIMIT 20) x), '[]') AS mentions
           FROM meeting m WHERE m.id IN (SELECT id FROM ids)`,
          mq.kind,
          mq.pid,
          mq.oid,
          mq.start,
          mq.end,
        )
      : [],
    sq.pid.length
      ? tx.$queryRawUnsafe<{ id: number; article_id: number; speaker_person_id: number | null; speaker_organization_id: number | null; sort_date: string }[]>(
          `SELECT DISTINCT s.id, s.article_id, s.speaker_person_id, s.speaker_organization_id, to_char(s.sort_date, 'YYYY-MM-DD') AS sort_date
           FROM unnest($1::int[], $2::int[], $3::date[], $4::date[]) AS q(pid, oid, lo, hi)
           CROSS JOIN LATERAL (
             SELECT id, article_id, speaker_person_id, speaker_organization_id, sort_date FROM statement WHERE speaker_person_id = q.pid AND sort_date BETWEEN q.lo AND q.hi
             UNION ALL
             SELECT id, article_id, speaker_person_id, speaker_organization_id, sort_date FROM statement WHERE speaker_organization_id = q.oid AND sort_date BETWEEN q.lo AND q.hi
           ) s
           ORDER BY s.id`,
          sq.pid,
          sq.oid,
          sq.lo,
          sq.hi,
        )
      : [],
  ]);
  for (const m of meetingRows) {
    const participants = m.participants.map(([personId, organizationId]) => ({ personId, organizationId }));
    g.meetings.set(m.id, {
      id: m.id,
      kind: m.kind,
      status: m.status,
      date: toDate(m.date),
      endDate: toDate(m.end_date),
      datePrecision: m.date_precision,
      place: m.place,
      participants,
      participantKeys: new Set(participants.map((p) => (p.personId !== null ? `p${p.personId}` : `o${p.organizationId}`))),
      mentions: m.mentions.map((d) => ({ article: { publishedAt: toDate(d) } })),
      dirty: false,
    });
  }
  // The claim tokens of the candidates: remembered from earlier batches, or from their content.
  const unseen: number[] = [];
  for (const s of statementRows) {
    const t = storedTokens.get(s.id);
    if (t) g.tokens.set(s.id, t);
    else unseen.push(s.id);
  }
  if (unseen.length) {
    const contents = await tx.$queryRawUnsafe<{ id: number; content: string }[]>(`SELECT id, content FROM statement WHERE id = ANY($1::int[])`, unseen);
    for (const c of contents) {
      const t = claimTokens(c.content);
      g.tokens.set(c.id, t);
      rememberTokens(storedTokens, c.id, t);
    }
  }
  for (const s of statementRows)
    g.addStatement({
      id: s.id,
      articleId: s.article_id,
      content: '', // its claim tokens are in g.tokens
      speakerPersonId: s.speaker_person_id,
      speakerOrganizationId: s.speaker_organization_id,
      sortDate: toDate(s.sort_date)!,
    });
}
