// `Subscription.statementAdded`: statements as they are stored, over Server-Sent Events (Yoga's
// built-in transport: POST or GET /graphql with `Accept: text/event-stream`). Events are published
// by ingestArticle after its transaction has committed, and only for new articles.
import { filter, pipe } from 'graphql-yoga';
import { builder, parseIdArg } from './builder.js';
import type { StatementAddedEvent } from './pubsub.js';
import { Statement } from './statement.js';

builder.subscriptionType({
  description: 'Live updates, over Server-Sent Events.',
  authScopes: { read: true },
});

builder.subscriptionField('statementAdded', (t) =>
  t.field({
    type: Statement,
    description: 'Each statement stored from now on; only those of one speaker (a Person or Organization ID) when `speaker` is given.',
    args: { speaker: t.arg.id({ required: false, description: 'Only statements by this speaker: the ID of a Person or an Organization.' }) },
    subscribe: (_root, args, ctx) => {
      const speaker = args.speaker != null ? parseIdArg(String(args.speaker), 'speaker', ['Person', 'Organization']) : null;
      const matches = (event: StatementAddedEvent) =>
        !speaker ||
        (speaker.typename === 'Person' ? event.speakerPersonId === speaker.id : event.speakerOrganizationId === speaker.id);
      return pipe(ctx.pubsub.subscribe('statementAdded'), filter(matches));
    },
    resolve: async (event, _args, ctx) => ctx.prisma.statement.findUniqueOrThrow({ where: { id: event.statementId } }),
  }),
);
