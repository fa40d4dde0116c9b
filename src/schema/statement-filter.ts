// `StatementFilter`: narrows `Query.statements`. Every field given must hold (AND).

import type { Prisma } from '../db/generated/prisma/client.js';
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
  }),
});

export type StatementFilterInput = typeof StatementFilter.$inferInput;

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
      article: {
        publishedAt: {
          ...(filter.from != null ? { gte: filter.from } : {}),
          ...(filter.to != null ? { lte: filter.to } : {}),
        },
      },
    });
  }
  return and.length === 0 ? {} : { AND: and };
}
