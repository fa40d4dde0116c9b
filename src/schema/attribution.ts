// `Query.attribute`: runs the attribution engine on a text without storing anything, so a
// playground user can paste an article and see at once who said what. Ids here (p1, o1) are local
// to one answer: they link statements and meetings to the persons and organizations of the same
// answer, nothing more (the stored graph's IDs come from ingestArticle).
import { attribute } from '../attribution/index.js';
import { contentHash } from '../ingest/ingest.js';
import { engineErrorReport, logEngineError } from '../ingest/engine.js';
import type * as A from '../attribution/types.js';
import { badInput, builder } from './builder.js';
import { formatDay } from './date.js';
import { DatePrecision, MeetingKind, MeetingStatus } from './meeting.js';
import { OrganizationKind } from './organization.js';
import { Span } from './span.js';
import { StatementKind } from './statement.js';

interface InAttribution<T> {
  item: T;
  all: A.Attribution;
}

function nameOf(all: A.Attribution, localId: string | null): string | null {
  if (localId === null) return null;
  return all.persons.find((p) => p.id === localId)?.name ?? all.organizations.find((o) => o.id === localId)?.name ?? null;
}

const spanOf = (s: A.Span) => ({ start: s.start, end: s.end });

export const AttributedPerson = builder.objectRef<A.AttributedPerson>('AttributedPerson').implement({
  description: 'A person the engine found in the text.',
  fields: (t) => ({
    localId: t.exposeString('id', { description: 'Reference within this answer (p1, p2…): what `speakerId` and `participantIds` point to.' }),
    name: t.exposeString('name', { description: 'The fullest form of the name in the text.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'The name in Latin letters, when known.' }),
    role: t.exposeString('role', { nullable: true, description: 'The role given in the text.' }),
    mentions: t.field({ type: [Span], description: 'Where the text names the person.', resolve: (p) => p.mentions.map(spanOf) }),
  }),
});

export const AttributedOrganization = builder.objectRef<A.AttributedOrganization>('AttributedOrganization').implement({
  description: 'An organization the engine found in the text.',
  fields: (t) => ({
    localId: t.exposeString('id', { description: 'Reference within this answer (o1, o2…).' }),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    kind: t.expose('kind', { type: OrganizationKind }),
    mentions: t.field({ type: [Span], description: 'Where the text names the organization.', resolve: (o) => o.mentions.map(spanOf) }),
  }),
});

export const AttributedStatement = builder.objectRef<InAttribution<A.AttributedStatement>>('AttributedStatement').implement({
  description: 'A statement the engine found: who said what, where in the text.',
  fields: (t) => ({
    speaker: t.string({ nullable: true, description: "The speaker's name; null when the text does not say.", resolve: ({ item, all }) => nameOf(all, item.speaker) }),
    speakerId: t.string({ nullable: true, description: 'The `localId` of the speaking person or organization.', resolve: ({ item }) => item.speaker }),
    cue: t.string({ description: 'The reporting verb or marker, as written.', resolve: ({ item }) => item.cue.text }),
    content: t.string({ description: 'What was said, as written.', resolve: ({ item }) => item.content.text }),
    kind: t.field({ type: StatementKind, resolve: ({ item }) => item.kind }),
    via: t.string({ nullable: true, description: 'The organization it was relayed through, by name.', resolve: ({ item, all }) => nameOf(all, item.via) }),
    viaId: t.string({ nullable: true, description: 'The `localId` of that organization.', resolve: ({ item }) => item.via }),
    audience: t.string({ nullable: true, description: 'Whom it was addressed to, as written.', resolve: ({ item }) => item.audience?.text ?? null }),
    anaphoric: t.boolean({ description: 'The speaker is named only by a pronoun or role, resolved from context.', resolve: ({ item }) => item.anaphoric }),
    contentSpan: t.field({ type: Span, description: 'Where `content` is in the text.', resolve: ({ item }) => spanOf(item.content) }),
    cueSpan: t.field({ type: Span, description: 'Where `cue` is in the text.', resolve: ({ item }) => spanOf(item.cue) }),
    audienceSpan: t.field({ type: Span, nullable: true, resolve: ({ item }) => (item.audience ? spanOf(item.audience) : null) }),
  }),
});

export const AttributedMeeting = builder.objectRef<InAttribution<A.AttributedMeeting>>('AttributedMeeting').implement({
  description: 'A meeting, call, summit, visit or talks the engine found in the text.',
  fields: (t) => ({
    kind: t.field({ type: MeetingKind, resolve: ({ item }) => item.kind }),
    status: t.field({ type: MeetingStatus, resolve: ({ item }) => item.status }),
    participants: t.stringList({
      description: 'The participants, by name.',
      resolve: ({ item, all }) => item.participants.map((id) => nameOf(all, id)).filter((n): n is string => n !== null),
    }),
    participantIds: t.stringList({ description: 'The `localId`s of the participants.', resolve: ({ item }) => item.participants }),
    place: t.string({ nullable: true, resolve: ({ item }) => item.place }),
    date: t.field({ type: 'Date', nullable: true, resolve: ({ item }) => item.date }),
    endDate: t.field({ type: 'Date', nullable: true, resolve: ({ item }) => item.endDate }),
    datePrecision: t.field({
      type: DatePrecision,
      nullable: true,
      description: 'day, or month when only the month is known (date..endDate are its first and last day); null when undated.',
      resolve: ({ item }) => (item.date ? (item.datePrecision ?? 'day') : null),
    }),
    mentions: t.field({ type: [Span], description: 'Where the text speaks of it.', resolve: ({ item }) => item.mentions.map(spanOf) }),
  }),
});

export const AttributionType = builder.objectRef<A.Attribution>('Attribution').implement({
  description: 'What the engine found in a text: nothing of it is stored.',
  fields: (t) => ({
    persons: t.field({ type: [AttributedPerson], resolve: (a) => a.persons }),
    organizations: t.field({ type: [AttributedOrganization], resolve: (a) => a.organizations }),
    statements: t.field({ type: [AttributedStatement], resolve: (a) => a.statements.map((item) => ({ item, all: a })) }),
    meetings: t.field({ type: [AttributedMeeting], resolve: (a) => a.meetings.map((item) => ({ item, all: a })) }),
  }),
});

builder.queryField('attribute', (t) =>
  t.field({
    type: AttributionType,
    description:
      'Runs the attribution engine on a text and returns what it finds, without storing anything. ' +
      'At most two per request; the text counts against the rate limit by its size.',
    // CPU-bound: limited per document and weighed by input size (src/server/limits.ts, rate-limit.ts).
    extensions: { heavy: true, cost: 100 },
    args: {
      text: t.arg.string({ required: true, description: 'An article body in Arabic.' }),
      published: t.arg({ type: 'Date', required: false, description: 'The day it was published: anchors relative dates.' }),
    },
    resolve: (_root, { text, published }, ctx) => {
      if (!text.trim()) throw badInput("text is empty: give the article's text.", 'text');
      const size = Buffer.byteLength(text, 'utf8');
      if (size > ctx.maxArticleBytes) {
        throw badInput(`text is ${size} bytes long; this server accepts at most ${ctx.maxArticleBytes}. Split it.`, 'text');
      }
      const options: A.AttributeOptions = {
        ...(published ? { published: formatDay(published) } : {}),
        onError: (report) => logEngineError(engineErrorReport(contentHash(text), report)),
      };
      return ctx.runAttribution ? ctx.runAttribution(text, options) : attribute(text, options);
    },
  }),
);
