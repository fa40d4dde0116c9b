// deleteArticle: removes an article and what only it supported, in one transaction.
//
// The article's statements, mentions, meeting mentions, statement–meeting links and
// corroborations go with it (foreign keys cascade). Then, among the entities it touched:
//  - a meeting no other article mentions is deleted;
//  - a person no longer mentioned, quoted or taking part in a meeting is deleted; one that
//    survives loses the aliases that no remaining mention spells (its name falls back to the
//    fullest remaining one if the deleted article gave it);
//  - an organization no longer mentioned, quoted, relaying, publishing or taking part is deleted.
// It takes the same advisory locks as ingest, so it never races an ingest merging into the same
// persons or organizations.
import type { Prisma, PrismaClient } from '../db/generated/prisma/client.js';
import { NotFoundError } from './errors.js';
import { nameKey, nameWords, surnameKeyOf } from './keys.js';

type Tx = Prisma.TransactionClient;

export interface DeleteResult {
  articleId: number;
  statements: number;
  persons: number;
  organizations: number;
  meetings: number;
}

export async function deleteArticle(prisma: PrismaClient, id: number, options: { timeoutMs?: number } = {}): Promise<DeleteResult> {
  return prisma.$transaction((tx) => remove(tx, id), { timeout: options.timeoutMs ?? 60_000, maxWait: 30_000 });
}

async function remove(tx: Tx, id: number): Promise<DeleteResult> {
  const article = await tx.article.findUnique({
    where: { id },
    select: {
      id: true,
      contentHash: true,
      outletId: true,
      mentions: { select: { personId: true, organizationId: true } },
      statements: { select: { speakerPersonId: true, speakerOrganizationId: true, viaId: true } },
      meetingMentions: { select: { meetingId: true, meeting: { select: { participants: { select: { personId: true, organizationId: true } } } } } },
    },
  });
  if (!article) throw new NotFoundError('article', id);

  const ids = (xs: (number | null)[]) => [...new Set(xs.filter((x): x is number => x !== null))];
  const personIds = ids([
    ...article.mentions.map((m) => m.personId),
    ...article.statements.map((s) => s.speakerPersonId),
    ...article.meetingMentions.flatMap((m) => m.meeting.participants.map((p) => p.personId)),
  ]);
  const orgIds = ids([
    article.outletId,
    ...article.mentions.map((m) => m.organizationId),
    ...article.statements.flatMap((s) => [s.speakerOrganizationId, s.viaId]),
    ...article.meetingMentions.flatMap((m) => m.meeting.participants.map((p) => p.organizationId)),
  ]);
  const meetingIds = ids(article.meetingMentions.map((m) => m.meetingId));

  const [persons, orgs] = await Promise.all([
    tx.person.findMany({ where: { id: { in: personIds } }, select: { surnameKey: true } }),
    tx.organization.findMany({ where: { id: { in: orgIds } }, select: { normalizedName: true } }),
  ]);
  const keys = [...new Set([`article:${article.contentHash}`, ...persons.map((p) => `person:${p.surnameKey ?? ''}`), ...orgs.map((o) => `org:${o.normalizedName}`)])].sort();
  await tx.$queryRaw`SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) AS k) AS locks`;

  const statements = article.statements.length;
  await tx.article.delete({ where: { id } });

  const meetings = await tx.meeting.deleteMany({ where: { id: { in: meetingIds }, mentions: { none: {} } } });

  const deadPersons = await tx.person.deleteMany({
    where: { id: { in: personIds }, mentions: { none: {} }, statements: { none: {} }, participations: { none: {} } },
  });
  const survivors = await tx.person.findMany({
    where: { id: { in: personIds } },
    select: { id: true, name: true, aliases: { select: { id: true, text: true, normalized: true } }, mentions: { select: { text: true } } },
  });
  for (const p of survivors) {
    const spelled = new Set(p.mentions.map((m) => nameKey(m.text)));
    if (!spelled.size) continue; // kept only by a statement or a meeting: keep its names as they are
    const stale = p.aliases.filter((a) => !spelled.has(a.normalized));
    if (stale.length) await tx.personAlias.deleteMany({ where: { id: { in: stale.map((a) => a.id) } } });
    if (!spelled.has(nameKey(p.name))) {
      const fullest = p.mentions.map((m) => m.text.trim()).sort((a, b) => nameWords(b).length - nameWords(a).length || b.length - a.length)[0];
      await tx.person.update({ where: { id: p.id }, data: { name: fullest, normalizedName: nameKey(fullest), surnameKey: surnameKeyOf(fullest) } });
    }
  }

  const deadOrgs = await tx.organization.deleteMany({
    where: {
      id: { in: orgIds },
      mentions: { none: {} },
      statements: { none: {} },
      relayed: { none: {} },
      outletOf: { none: {} },
      participations: { none: {} },
    },
  });

  return { articleId: id, statements, persons: deadPersons.count, organizations: deadOrgs.count, meetings: meetings.count };
}
