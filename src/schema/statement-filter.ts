// `StatementFilter`: narrows `Query.statements`. Every field given must hold (AND).

import type { Prisma } from '../db/generated/prisma/client.js';
import { matchingSpeakerIds, statementIdsMatchingText, type SearchDb } from '../db/search.js';
import { badInput, builder, parseIdArg } from './builder.js';
import { formatDay } from './date.js';
import { StatementKind } from './statement.js';

export const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Narrows a list of statements; every field given must hold.',
  fields: (t) => ({
    speaker: t.id({ description: 'Only statements by this speaker: the ID of a Person or an Organization.' }),
    article: t.id({ description: 'Only statements in this article (an Article ID).' }),
    kind: t.field({ type: StatementKind, description: 'Only direct or only indirect statements.' }),
    via: t.id({ description: 'Only statements relayed through this organization (an Organization ID).' }),
    from: t.field({ type: 'Date', description: 'Only statements in articles published on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Only statements in articles published on or before this day.' }),
    speakerName: t.string({
      description: "Only statements by a speaker with this name, in any spelling (diacritics, variants, part of the name, the Latin name: ظريف, Zarif).",
    }),
    outlet: t.id({ description: 'Only statements in articles published by this outlet (an Organization ID).' }),
    meeting: t.id({ description: 'Only statements about this meeting (a Meeting ID).' }),
    text: t.string({ description: 'Only statements whose content matches these words (full text, any inflection); allows orderBy: RELEVANCE.' }),
  }),
});

export const StatementOrder = builder.enumType('StatementOrder', {
  description: 'The order of a list of statements.',
  values: {
    PUBLISHED_DESC: { description: 'Newest article first (undated last), then in the order of the text. The default.' },
    PUBLISHED_ASC: { description: 'Oldest article first (undated last), then in the order of the text.' },
    RELEVANCE: { description: 'Best match of filter.text first; needs filter.text.' },
  } as const,
});

export type StatementFilterInput = typeof StatementFilter.$inferInput;

const MAX_TEXT = 500;

/**
 * The `where` of a filter, with the name and text filters resolved through src/db/search.ts, and
 * the ranks of the statements matching `text` (best first) when there is one.
 */
export async function statementWhereAsync(
  db: SearchDb,
  filter: StatementFilterInput | null | undefined,
): Promise<{ where: Prisma.StatementWhereInput; ranked: number[] | null }> {
  const base = statementWhere(filter);
  if (!filter) return { where: base, ranked: null };
  const and: Prisma.StatementWhereInput[] = [base];
  if (filter.outlet != null) {
    and.push({ article: { outletId: parseIdArg(String(filter.outlet), 'filter.outlet', ['Organization']).id } });
  }
  if (filter.meeting != null) {
    and.push({ meetings: { some: { meetingId: parseIdArg(String(filter.meeting), 'filter.meeting', ['Meeting']).id } } });
  }
  if (filter.speakerName != null) {
    const name = filter.speakerName.trim();
    if (!name) throw badInput('filter.speakerName is empty: give a name, or leave the field out.', 'filter.speakerName');
    if (name.length > MAX_TEXT) throw badInput(`filter.speakerName is longer than ${MAX_TEXT} characters.`, 'filter.speakerName');
    const { personIds, organizationIds } = await matchingSpeakerIds(db, name);
    and.push({ OR: [{ speakerPersonId: { in: personIds } }, { speakerOrganizationId: { in: organizationIds } }] });
  }
  let ranked: number[] | null = null;
  if (filter.text != null) {
    const text = filter.text.trim();
    if (!text) throw badInput('filter.text is empty: give words to look for, or leave the field out.', 'filter.text');
    if (text.length > MAX_TEXT) throw badInput(`filter.text is longer than ${MAX_TEXT} characters.`, 'filter.text');
    ranked = (await statementIdsMatchingText(db, text)).map((r) => r.id);
    and.push({ id: { in: ranked } });
  }
  return { where: { AND: and }, ranked };
}

/** The Prisma `where` for a filter; throws BAD_USER_INPUT for IDs of the wrong type or an empty range. */
export function statementWhere(filter: StatementFilterInput | null | undefined): Prisma.StatementWhereInput {
  if (!filter) return {};
  const and: Prisma.StatementWhereInput[] = [];
  if (filter.speaker != null) {
    const speaker = parseIdArg(String(filter.speaker), 'filter.speaker', ['Person', 'Organization']);
    and.push(speaker.typename === 'Person' ? { speakerPersonId: speaker.id } : { speakerOrganizationId: speaker.id });
  }
  if (filter.article != null) {
    and.push({ articleId: parseIdArg(String(filter.article), 'filter.article', ['Article']).id });
  }
  if (filter.via != null) {
    and.push({ viaId: parseIdArg(String(filter.via), 'filter.via', ['Organization']).id });
  }
  if (filter.kind != null) and.push({ kind: filter.kind });
  if (filter.from != null || filter.to != null) {
    if (filter.from != null && filter.to != null && filter.from.getTime() > filter.to.getTime()) {
      throw badInput(`filter.from (${formatDay(filter.from)}) is after filter.to (${formatDay(filter.to)}); the range would be empty.`, 'filter.from');
    }
    and.push({
      publishedAt: {
        ...(filter.from != null ? { gte: filter.from } : {}),
        ...(filter.to != null ? { lte: filter.to } : {}),
      },
    });
  }
  return and.length === 0 ? {} : { AND: and };
}
