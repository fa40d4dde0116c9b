// `Subscription.statementAdded`: statements as they are stored, over Server-Sent Events (Yoga's
// built-in transport: POST or GET /graphql with `Accept: text/event-stream`). Events are published
// by ingestArticle after its transaction has committed, once per new article (src/schema/pubsub.ts).
import type { PrismaClient } from '../db/generated/prisma/client.js';
import { builder, parseIdArg } from './builder.js';
import type { AddedStatement, StatementsAddedEvent } from './pubsub.js';
import { Statement } from './statement.js';

builder.subscriptionType({
  description: 'Live updates, over Server-Sent Events.',
  authScopes: { read: true },
});

type StatementRow = Awaited<ReturnType<PrismaClient['statement']['findMany']>>[number];

// Every subscriber of a process receives the same event object: an article's rows are read once
// for all of them (one query per article, not one per statement and subscriber).
const rowsOfEvent = new WeakMap<StatementsAddedEvent, Promise<Map<number, StatementRow>>>();

function rowsOf(prisma: PrismaClient, event: StatementsAddedEvent): Promise<Map<number, StatementRow>> {
  let rows = rowsOfEvent.get(event);
  if (!rows) {
    rows = prisma.statement
      .findMany({ where: { id: { in: event.statements.map((s) => s.id) } } })
      .then((found) => new Map(found.map((row) => [row.id, row])));
    rowsOfEvent.set(event, rows);
  }
  return rows;
}

/** The SUBSCRIPTION_OVERFLOW error ends the stream: it is the payload resolve throws. */
class StreamEnd {
  constructor(readonly error: Error) {}
}

builder.subscriptionField('statementAdded', (t) =>
  t.field({
    type: Statement,
    description:
      'Each statement stored from now on; only those of one speaker (a Person or Organization ID) when `speaker` is given. ' +
      'A stream that falls far behind ends with a SUBSCRIPTION_OVERFLOW error; a client may keep a few streams open at once.',
    args: { speaker: t.arg.id({ required: false, description: 'Only statements by this speaker: the ID of a Person or an Organization.' }) },
    subscribe: (_root, args, ctx) => {
      const speaker = args.speaker != null ? parseIdArg(String(args.speaker), 'speaker', ['Person', 'Organization']) : null;
      const matches = (s: AddedStatement) =>
        !speaker || (speaker.typename === 'Person' ? s.speakerPersonId === speaker.id : s.speakerOrganizationId === speaker.id);
      const stream = ctx.pubsub.subscribeStatements(ctx.clientKey ?? 'local', matches);
      // An explicit iterator, not an async generator: a generator waiting for the next event cannot
      // be returned (its return() waits for the next yield), so a closed stream would never release
      // its place; this one hands return() straight to the hub's stream.
      const ready: StatementRow[] = [];
      let finished = false;
      const iterator: AsyncIterableIterator<StatementRow> = {
        async next() {
          for (;;) {
            if (ready.length > 0) return { done: false, value: ready.shift()! };
            if (finished) return { done: true, value: undefined };
            const r = await stream.next();
            if (r.done) {
              finished = true;
              continue;
            }
            if ('overflow' in r.value) {
              finished = true;
              return { done: false, value: new StreamEnd(r.value.overflow) as unknown as StatementRow };
            }
            const rows = await rowsOf(ctx.prisma, r.value.event);
            for (const statement of r.value.statements) {
              const row = rows.get(statement.id);
              if (row) ready.push(row); // deleted since: nothing to send
            }
          }
        },
        async return() {
          finished = true;
          ready.length = 0;
          await stream.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    resolve: (row) => {
      if (row instanceof StreamEnd) throw row.error;
      return row;
    },
  }),
);
