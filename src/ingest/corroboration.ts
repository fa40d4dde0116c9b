// Corroboration: statements by the same speaker, in different articles, making the same claim.
// The claim is compared as sets of folded, lightly stemmed content words (claimTokens in
// keys.ts); corroborates() says when the overlap is high enough. Candidates are the speaker's
// statements in other articles published within WINDOW_DAYS of this one (or undated), so a
// prolific speaker's whole history is not compared every time. The window is on the statement's
// own `sortDate` (its article's date, UNDATED_SORT_DATE when undated), and each (speaker, date
// range) pair is one range of the statement_person_feed_idx / statement_organization_feed_idx
// indexes, so the lookup reads only the speaker's statements of those days, however long their
// history. (An undated article has no window: its candidates are all the speaker's statements.)
import type { Prisma } from '../db/generated/prisma/client.js';
import { UNDATED_SORT_DATE } from '../db/statement-dates.js';
import { claimSimilarity, claimTokens, corroborates } from './keys.js';

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
export const WINDOW_DAYS = 31;

export interface NewStatement {
  id: number;
  content: string;
  speakerPersonId: number | null;
  speakerOrganizationId: number | null;
}

/** Writes the Corroboration rows (fromId < toId) for the new statements; returns how many. */
export async function linkCorroborations(
  tx: Tx,
  articleId: number,
  published: Date | null,
  statements: NewStatement[],
): Promise<number> {
  const personIds = [...new Set(statements.flatMap((s) => (s.speakerPersonId === null ? [] : [s.speakerPersonId])))];
  const orgIds = [...new Set(statements.flatMap((s) => (s.speakerOrganizationId === null ? [] : [s.speakerOrganizationId])))];
  if (!personIds.length && !orgIds.length) return 0;
  const speakers: Prisma.StatementWhereInput[] = [
    ...(personIds.length ? [{ speakerPersonId: { in: personIds } }] : []),
    ...(orgIds.length ? [{ speakerOrganizationId: { in: orgIds } }] : []),
  ];
  // Written out as (speaker AND date) pairs, so that each is an index range of its own.
  const dates: Prisma.StatementWhereInput[] = published
    ? [
        { sortDate: { gte: new Date(published.getTime() - WINDOW_DAYS * DAY), lte: new Date(published.getTime() + WINDOW_DAYS * DAY) } },
        { sortDate: UNDATED_SORT_DATE },
      ]
    : [{}];
  const others = await tx.statement.findMany({
    where: {
      articleId: { not: articleId },
      OR: speakers.flatMap((speaker) => dates.map((date) => ({ ...speaker, ...date }))),
    },
    select: { id: true, content: true, speakerPersonId: true, speakerOrganizationId: true },
    take: 5000,
  });
  const rows = corroborationRows(statements, others);
  if (!rows.length) return 0;
  const { count } = await tx.corroboration.createMany({ data: rows, skipDuplicates: true });
  return count;
}

export interface OtherStatement {
  id: number;
  content: string;
  speakerPersonId: number | null;
  speakerOrganizationId: number | null;
}

/**
 * The corroboration rows (fromId < toId) between the new statements and the candidates (the same
 * speakers' statements of other articles): shared with the batch path (batch.ts). `tokens` caches
 * claimTokens by statement id (a statement's content never changes).
 */
export function corroborationRows(
  statements: NewStatement[],
  others: OtherStatement[],
  tokens: Map<number, Set<string>> = new Map(),
): { fromId: number; toId: number; score: number }[] {
  const rows: { fromId: number; toId: number; score: number }[] = [];
  const tokensOf = (o: OtherStatement) => {
    let t = tokens.get(o.id);
    if (!t) tokens.set(o.id, (t = claimTokens(o.content)));
    return t;
  };
  for (const s of statements) {
    const mine = claimTokens(s.content);
    for (const o of others) {
      const same =
        (s.speakerPersonId !== null && o.speakerPersonId === s.speakerPersonId) ||
        (s.speakerOrganizationId !== null && o.speakerOrganizationId === s.speakerOrganizationId);
      if (!same) continue;
      const sim = claimSimilarity(mine, tokensOf(o));
      if (!corroborates(sim)) continue;
      const [fromId, toId] = o.id < s.id ? [o.id, s.id] : [s.id, o.id];
      rows.push({ fromId, toId, score: Math.round(Math.max(sim.dice, sim.overlap) * 1000) / 1000 });
    }
  }
  return rows;
}
