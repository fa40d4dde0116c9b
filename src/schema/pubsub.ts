// Live events, published by the ingestArticle mutation after its transaction has committed and read
// by Subscription.statementAdded (src/schema/subscription.ts). One PubSub per server (in memory).
import { createPubSub } from 'graphql-yoga';

export interface StatementAddedEvent {
  statementId: number;
  articleId: number;
  speakerPersonId: number | null;
  speakerOrganizationId: number | null;
}

export function createIsnadPubSub() {
  return createPubSub<{ statementAdded: [StatementAddedEvent] }>();
}

export type IsnadPubSub = ReturnType<typeof createIsnadPubSub>;
