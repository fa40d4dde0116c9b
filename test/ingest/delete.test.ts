// deleteArticle: removes an article and what only it supported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { deleteArticle } from '../../src/ingest/delete.js';
import { NotFoundError } from '../../src/ingest/errors.js';
import { SEED_DIR } from '../../src/ingest/seed.js';
import type { PrismaClient } from '../../src/db/generated/prisma/client.js';
import { goldAttribution, loadGold } from './gold.js';

// Real PostgreSQL on a shared machine: allow for a loaded CPU.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const files = { '000': '000_5b3661702b30698b.txt', '001': '001_effbc08bcded676d.txt' } as const;
const text = (k: keyof typeof files) => readFileSync(path.join(SEED_DIR, 'articles', files[k]), 'utf8');
const ingest = (prisma: PrismaClient, k: keyof typeof files) =>
  ingestArticle(prisma, { text: text(k), published: '2017-05-10', outlet: k === '000' ? 'اليوم السابع' : 'سانا' }, { attribute: (t) => goldAttribution(t, loadGold(k)) });

async function snapshot(prisma: PrismaClient) {
  const persons = await prisma.person.findMany({ include: { aliases: true } });
  const orgs = await prisma.organization.findMany();
  const meetings = await prisma.meeting.findMany();
  return {
    persons: persons.map((p) => `${p.name}: ${p.aliases.map((a) => a.text).sort().join(' / ')}`).sort(),
    organizations: orgs.map((o) => o.name).sort(),
    meetings: meetings.map((m) => m.kind).sort(),
    statements: await prisma.statement.count(),
    mentions: await prisma.mention.count(),
    meetingMentions: await prisma.meetingMention.count(),
  };
}

let both: TestDatabase;
let only000: TestDatabase;
beforeAll(async () => {
  [both, only000] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([both?.drop(), only000?.drop()]);
});

it('deleting the second article leaves the graph the first one alone makes', async () => {
  await ingest(both.prisma, '000');
  const second = await ingest(both.prisma, '001');
  await ingest(only000.prisma, '000');

  const result = await deleteArticle(both.prisma, second.article.id);
  expect(result.statements).toBe(13);
  expect(result.persons).toBe(1); // Zakharova appears only in 001
  expect(result.meetings).toBe(2); // the G20 summit and the Arctic Council meeting
  expect(await snapshot(both.prisma)).toEqual(await snapshot(only000.prisma));

  await expect(deleteArticle(both.prisma, second.article.id)).rejects.toBeInstanceOf(NotFoundError);
  const again = await ingest(both.prisma, '001');
  expect(again.created).toBe(true);
});
