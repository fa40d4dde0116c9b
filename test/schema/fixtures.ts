// Small, hand-made graphs for the API tests, written with Prisma directly (no engine involved).

import { createHash } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../../src/db/generated/prisma/client.js';
import { nameKey } from '../../src/attribution/normalize.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { statementDates } from '../../src/db/statement-dates.js';

export const gid = (typename: string, id: number) => encodeGlobalID(typename, id);

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Runs one operation through Yoga in-process, as a client would over HTTP. */
export async function gql<T = any>(yoga: IsnadYoga, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResult<T>;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const hash = (text: string) => createHash('sha256').update(text).digest('hex');

async function organization(prisma: PrismaClient, name: string, nameEn: string, kind: 'news_agency' | 'ministry' | 'newspaper' | 'tv') {
  return prisma.organization.create({
    data: { name, nameEn, kind, normalizedName: nameKey(name), aliases: { create: [{ text: name, normalized: nameKey(name) }] } },
  });
}

async function person(prisma: PrismaClient, name: string, nameEn: string, role: string, aliases: string[] = []) {
  return prisma.person.create({
    data: {
      name,
      nameEn,
      role,
      normalizedName: nameKey(name),
      aliases: { create: [name, ...aliases].map((text) => ({ text, normalized: nameKey(text) })) },
    },
  });
}

/**
 * Two articles of 2017-05-10 (SANA's and Youm7's), one of 2017-04-01 and an undated one; Lavrov,
 * Tillerson and Peskov; the Russian foreign ministry speaking as such; a Lavrov–Tillerson meeting
 * mentioned in both May articles.
 */
export async function seedFixture(prisma: PrismaClient) {
  const sana = await organization(prisma, 'سانا', 'SANA', 'news_agency');
  const youm7 = await organization(prisma, 'اليوم السابع', 'Youm7', 'newspaper');
  const ria = await organization(prisma, 'ريا نوفوستي', 'RIA Novosti', 'news_agency');
  const mfa = await organization(prisma, 'وزارة الخارجية الروسية', 'Russian Foreign Ministry', 'ministry');

  const lavrov = await person(prisma, 'سيرغي لافروف', 'Sergey Lavrov', 'وزير الخارجية الروسي', ['سيرجى لافروف', 'لافروف']);
  const tillerson = await person(prisma, 'ريكس تيلرسون', 'Rex Tillerson', 'وزير الخارجية الأمريكي');
  const peskov = await person(prisma, 'ديمتري بيسكوف', 'Dmitry Peskov', 'المتحدث باسم الكرملين', ['دميترى بيسكوف']);

  const bodyA = 'قال وزير الخارجية الروسي سيرغي لافروف إن اللقاء مع تيلرسون كان بناء. وأضاف: "نحن مستعدون للحوار".';
  const bodyB = 'أكد ديمترى بيسكوف لوكالة ريا نوفوستي أن الرئيس سيلتقي نظيره. وقالت وزارة الخارجية الروسية إن المحادثات ستستمر.';
  const bodyC = 'قال ريكس تيلرسون للصحفيين إن الخلافات كبيرة.';
  const bodyD = 'قال لافروف إن الوضع معقد.';

  const articleA = await prisma.article.create({
    data: { title: 'لافروف: اللقاء مع تيلرسون كان بناء', body: bodyA, outletId: sana.id, publishedAt: day('2017-05-10'), url: 'https://sana.example/a', contentHash: hash(bodyA) },
  });
  const articleB = await prisma.article.create({
    data: { title: 'بيسكوف: الرئيس سيلتقي نظيره', body: bodyB, outletId: youm7.id, publishedAt: day('2017-05-10'), contentHash: hash(bodyB) },
  });
  const articleC = await prisma.article.create({
    data: { title: 'تيلرسون: الخلافات كبيرة', body: bodyC, outletId: youm7.id, publishedAt: day('2017-04-01'), contentHash: hash(bodyC) },
  });
  const articleD = await prisma.article.create({ data: { title: null, body: bodyD, contentHash: hash(bodyD) } });

  const span = (body: string, text: string) => {
    const start = body.indexOf(text);
    if (start < 0) throw new Error(`fixture: ${text} not in body`);
    return { start, end: start + text.length };
  };
  const statement = async (
    articleId: number,
    body: string,
    position: number,
    fields: { speakerPersonId?: number; speakerOrganizationId?: number; viaId?: number; cue: string; content: string; kind: 'direct' | 'indirect'; audience?: string; anaphoric?: boolean },
  ) => {
    const cue = span(body, fields.cue);
    const content = span(body, fields.content);
    const audience = fields.audience ? span(body, fields.audience) : null;
    const { publishedAt } = await prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { publishedAt: true } });
    return prisma.statement.create({
      data: {
        articleId,
        position,
        ...statementDates(publishedAt),
        speakerPersonId: fields.speakerPersonId,
        speakerOrganizationId: fields.speakerOrganizationId,
        viaId: fields.viaId,
        cue: fields.cue,
        cueStart: cue.start,
        cueEnd: cue.end,
        content: fields.content,
        contentStart: content.start,
        contentEnd: content.end,
        kind: fields.kind,
        audience: fields.audience,
        audienceStart: audience?.start,
        audienceEnd: audience?.end,
        anaphoric: fields.anaphoric ?? false,
      },
    });
  };

  const a0 = await statement(articleA.id, bodyA, 0, { speakerPersonId: lavrov.id, cue: 'قال', content: 'اللقاء مع تيلرسون كان بناء', kind: 'indirect', viaId: sana.id });
  const a1 = await statement(articleA.id, bodyA, 1, { speakerPersonId: lavrov.id, cue: 'وأضاف', content: 'نحن مستعدون للحوار', kind: 'direct', anaphoric: true });
  const b0 = await statement(articleB.id, bodyB, 0, { speakerPersonId: peskov.id, viaId: ria.id, cue: 'أكد', content: 'الرئيس سيلتقي نظيره', kind: 'indirect', audience: 'لوكالة ريا نوفوستي' });
  const b1 = await statement(articleB.id, bodyB, 1, { speakerOrganizationId: mfa.id, cue: 'وقالت', content: 'المحادثات ستستمر', kind: 'indirect' });
  const c0 = await statement(articleC.id, bodyC, 0, { speakerPersonId: tillerson.id, cue: 'قال', content: 'الخلافات كبيرة', kind: 'indirect', audience: 'للصحفيين' });
  const d0 = await statement(articleD.id, bodyD, 0, { speakerPersonId: lavrov.id, cue: 'قال', content: 'الوضع معقد', kind: 'indirect' });

  await prisma.mention.createMany({
    data: [
      { articleId: articleA.id, personId: lavrov.id, text: 'سيرغي لافروف', ...span(bodyA, 'سيرغي لافروف') },
      { articleId: articleA.id, personId: tillerson.id, text: 'تيلرسون', ...span(bodyA, 'تيلرسون') },
      { articleId: articleB.id, personId: peskov.id, text: 'ديمترى بيسكوف', ...span(bodyB, 'ديمترى بيسكوف') },
      { articleId: articleB.id, organizationId: ria.id, text: 'ريا نوفوستي', ...span(bodyB, 'ريا نوفوستي') },
      { articleId: articleB.id, organizationId: mfa.id, text: 'وزارة الخارجية الروسية', ...span(bodyB, 'وزارة الخارجية الروسية') },
    ],
  });

  const meeting = await prisma.meeting.create({
    data: {
      kind: 'meeting',
      status: 'held',
      date: day('2017-05-10'),
      dateText: 'أمس',
      place: 'في واشنطن',
      participants: { create: [{ personId: lavrov.id }, { personId: tillerson.id }, { organizationId: mfa.id }] },
      mentions: {
        create: [
          { articleId: articleA.id, text: 'اللقاء', ...span(bodyA, 'اللقاء') },
          { articleId: articleB.id, text: 'سيلتقي', ...span(bodyB, 'سيلتقي') },
        ],
      },
      statements: { create: [{ statementId: a0.id }, { statementId: b0.id }] },
    },
  });
  const call = await prisma.meeting.create({
    data: {
      kind: 'phone_call',
      status: 'planned',
      date: day('2017-07-07'),
      endDate: day('2017-07-08'),
      participants: { create: [{ personId: peskov.id }] },
    },
  });

  await prisma.corroboration.create({ data: { fromId: a0.id, toId: d0.id, score: 0.8 } });

  return {
    organizations: { sana, youm7, ria, mfa },
    persons: { lavrov, tillerson, peskov },
    articles: { A: articleA, B: articleB, C: articleC, D: articleD },
    statements: { a0, a1, b0, b1, c0, d0 },
    meetings: { meeting, call },
  };
}

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;

/**
 * `n` statements spread over articles of distinct outlets, each with its own speaker (persons and
 * organizations alternating), a via, and a meeting with two participants.
 */
export async function seedMany(prisma: PrismaClient, n: number, tag = 'bulk') {
  for (let i = 0; i < n; i++) {
    const outlet = await organization(prisma, `منفذ ${tag} ${i}`, `Outlet ${tag} ${i}`, 'newspaper');
    const via = await organization(prisma, `وكالة ${tag} ${i}`, `Agency ${tag} ${i}`, 'news_agency');
    const speakerPerson = i % 2 === 0 ? await person(prisma, `شخص ${tag} ${i}`, `Person ${tag} ${i}`, 'متحدث') : null;
    const speakerOrg = i % 2 === 1 ? await organization(prisma, `وزارة ${tag} ${i}`, `Ministry ${tag} ${i}`, 'ministry') : null;
    const other = await person(prisma, `مشارك ${tag} ${i}`, `Participant ${tag} ${i}`, 'مشارك');
    const body = `قال المتحدث ${tag} ${i} إن الأمر مهم.`;
    const article = await prisma.article.create({
      data: { title: `خبر ${tag} ${i}`, body, outletId: outlet.id, publishedAt: day(`2017-05-${String(1 + (i % 28)).padStart(2, '0')}`), contentHash: hash(body) },
    });
    const statement = await prisma.statement.create({
      data: {
        articleId: article.id,
        position: 0,
        ...statementDates(article.publishedAt),
        speakerPersonId: speakerPerson?.id,
        speakerOrganizationId: speakerOrg?.id,
        viaId: via.id,
        cue: 'قال',
        cueStart: 0,
        cueEnd: 3,
        content: 'الأمر مهم',
        contentStart: body.indexOf('الأمر مهم'),
        contentEnd: body.indexOf('الأمر مهم') + 'الأمر مهم'.length,
        kind: 'indirect',
      },
    });
    await prisma.meeting.create({
      data: {
        kind: 'talks',
        status: 'held',
        participants: { create: [{ personId: other.id }, ...(speakerPerson ? [{ personId: speakerPerson.id }] : [{ organizationId: speakerOrg!.id }])] },
        statements: { create: [{ statementId: statement.id }] },
        mentions: { create: [{ articleId: article.id, text: 'الأمر', start: 0, end: 3 }] },
      },
    });
  }
}

/** A test file's API over its own database seeded with the fixture; ready inside tests. */
export interface FixtureApi {
  db: TestDatabase;
  yoga: IsnadYoga;
  f: Fixture;
}

/** Registers the hooks that create the database, seed the fixture and build the server. */
export function useFixtureApi(): FixtureApi {
  const api = {} as FixtureApi;
  beforeAll(async () => {
    api.db = await createTestDatabase();
    api.f = await seedFixture(api.db.prisma);
    api.yoga = createIsnadYoga({ prisma: api.db.prisma, logging: false });
  });
  afterAll(async () => api.db?.drop());
  return api;
}

/**
 * A test file's API over `n` bulk-seeded statements, with a counter of the SQL statements one
 * GraphQL request makes (Prisma's query events).
 */
export function useSqlCountingApi(n: number, tag: string) {
  const api = {} as { db: TestDatabase; yoga: IsnadYoga };
  const sql: string[] = [];
  let counting = false;
  beforeAll(async () => {
    api.db = await createTestDatabase({ logQueries: true });
    // The client is typed without its log options, so `$on('query')` needs this cast.
    (api.db.prisma as unknown as { $on(event: 'query', listener: (event: { query: string }) => void): void }).$on('query', (event) => {
      if (counting) sql.push(event.query);
    });
    await seedMany(api.db.prisma, n, tag);
    api.yoga = createIsnadYoga({ prisma: api.db.prisma, logging: false });
  });
  afterAll(async () => api.db?.drop());

  async function countStatements<T = any>(query: string, variables: Record<string, unknown>) {
    sql.length = 0;
    counting = true;
    try {
      const r = await gql<T>(api.yoga, query, variables);
      expect(r.errors).toBeUndefined();
      return { count: sql.length, data: r.data };
    } finally {
      counting = false;
    }
  }
  return { api, countStatements };
}
