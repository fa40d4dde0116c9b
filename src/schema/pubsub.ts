// Live events, published by the ingestArticle mutation after its transaction has committed and read
// by Subscription.statementAdded (src/schema/subscription.ts).
//
// One event per article, carrying its new statements (not one per statement: an article of 3,000
// statements is one dispatch, not 3,000). Underneath is a Yoga-style TypedEventTarget: in memory by
// default, or any other (e.g. @graphql-yoga/redis-event-target for several replicas), passed as
// `eventTarget`. The hub listens to it once per process and fans each event out to its subscribers
// (so the target never sees more than one listener, and Node never warns about listeners). Every
// subscriber has a bounded queue, counted in statements: a subscriber that falls further behind is
// ended with a SUBSCRIPTION_OVERFLOW error instead of buffering without end. Nothing that happens
// in a listener or a subscriber can throw into the publisher or the process.
import { GraphQLError } from 'graphql';
import type { TypedEventTarget } from '@graphql-yoga/typed-event-target';

/** One new statement, as much as a subscriber needs to filter it. */
export interface AddedStatement {
  id: number;
  speakerPersonId: number | null;
  speakerOrganizationId: number | null;
}

/** The event: the new statements of one committed article, in article order. JSON-safe. */
export interface StatementsAddedEvent {
  articleId: number;
  statements: AddedStatement[];
}

/** The topic on the event target. */
export const STATEMENTS_ADDED = 'isnad:statementsAdded';

export type StatementsEventTarget = TypedEventTarget<CustomEvent<StatementsAddedEvent>>;

export interface PubSubOptions {
  /** The transport underneath; default an in-memory EventTarget (one process). */
  eventTarget?: StatementsEventTarget;
  /** Most statements waiting for one subscriber before it is ended (SUBSCRIPTION_OVERFLOW). */
  maxQueuedStatements?: number;
  /** Most open streams per client (address or API key); more get TOO_MANY_SUBSCRIPTIONS. */
  maxStreamsPerClient?: number;
  /** Where a failing listener is reported; default nowhere (it never throws). */
  onError?: (error: unknown) => void;
}

export const DEFAULT_MAX_QUEUED_STATEMENTS = 10_000;
export const DEFAULT_MAX_STREAMS_PER_CLIENT = 10;

/** What a subscriber's stream yields: a batch of its statements, or the reason it ends. */
export type SubscriberItem = { statements: AddedStatement[]; event: StatementsAddedEvent } | { overflow: GraphQLError };

interface Subscriber {
  matches: (statement: AddedStatement) => boolean;
  queue: SubscriberItem[];
  queued: number;
  wake: (() => void) | null;
  ended: boolean;
}

export interface IsnadPubSub {
  /** Publishes one article's new statements; never throws. */
  publishStatements(event: StatementsAddedEvent): void;
  /**
   * A stream of the statements that `matches`, for the client `client`: throws
   * TOO_MANY_SUBSCRIPTIONS when that client has too many streams open already.
   */
  subscribeStatements(client: string, matches: (statement: AddedStatement) => boolean): AsyncIterableIterator<SubscriberItem>;
  /** Open streams now (all clients). */
  readonly subscriberCount: number;
  /** Stops listening to the event target and ends every stream. */
  close(): void;
}

function overflowError(limit: number): GraphQLError {
  return new GraphQLError(
    `This subscription fell more than ${limit} statements behind and was ended; subscribe again (and read what was missed with statements(filter:)).`,
    { extensions: { code: 'SUBSCRIPTION_OVERFLOW' } },
  );
}

export function createIsnadPubSub(options: PubSubOptions = {}): IsnadPubSub {
  const target = options.eventTarget ?? (new EventTarget() as unknown as StatementsEventTarget);
  const maxQueued = options.maxQueuedStatements ?? DEFAULT_MAX_QUEUED_STATEMENTS;
  const maxPerClient = options.maxStreamsPerClient ?? DEFAULT_MAX_STREAMS_PER_CLIENT;
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // a failing reporter is not the publisher's problem
    }
  };
  const subscribers = new Set<Subscriber>();
  const perClient = new Map<string, number>();

  const end = (subscriber: Subscriber) => {
    subscriber.ended = true;
    subscriber.queue.length = 0;
    subscriber.queued = 0;
    subscribers.delete(subscriber);
    const wake = subscriber.wake;
    subscriber.wake = null;
    wake?.();
  };

  const deliver = (event: StatementsAddedEvent) => {
    for (const subscriber of subscribers) {
      try {
        const mine = event.statements.filter(subscriber.matches);
        if (mine.length === 0) continue;
        if (subscriber.queued + mine.length > maxQueued) {
          // The stream ends with one error item; what was queued is dropped.
          subscriber.queue.length = 0;
          subscriber.queue.push({ overflow: overflowError(maxQueued) });
          subscribers.delete(subscriber);
        } else {
          subscriber.queue.push({ statements: mine, event });
          subscriber.queued += mine.length;
        }
        const wake = subscriber.wake;
        subscriber.wake = null;
        wake?.();
      } catch (error) {
        report(error);
        end(subscriber);
      }
    }
  };

  const listener = (event: CustomEvent<StatementsAddedEvent>) => {
    try {
      const detail = event.detail;
      if (!detail || !Array.isArray(detail.statements)) return;
      deliver(detail);
    } catch (error) {
      report(error);
    }
  };
  target.addEventListener(STATEMENTS_ADDED, listener);

  return {
    publishStatements(event) {
      if (event.statements.length === 0) return;
      try {
        target.dispatchEvent(new CustomEvent(STATEMENTS_ADDED, { detail: event }));
      } catch (error) {
        report(error);
      }
    },

    subscribeStatements(client, matches) {
      const open = perClient.get(client) ?? 0;
      if (open >= maxPerClient) {
        throw new GraphQLError(`This client has ${open} subscriptions open already, the most allowed; close one first.`, {
          extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', http: { status: 429 } },
        });
      }
      perClient.set(client, open + 1);
      const subscriber: Subscriber = { matches, queue: [], queued: 0, wake: null, ended: false };
      subscribers.add(subscriber);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        end(subscriber);
        const left = (perClient.get(client) ?? 1) - 1;
        if (left > 0) perClient.set(client, left);
        else perClient.delete(client);
      };
      const iterator: AsyncIterableIterator<SubscriberItem> = {
        async next() {
          for (;;) {
            const item = subscriber.queue.shift();
            if (item) {
              if ('overflow' in item) release();
              else subscriber.queued -= item.statements.length;
              return { done: false, value: item };
            }
            if (subscriber.ended) {
              release();
              return { done: true, value: undefined };
            }
            await new Promise<void>((resolve) => (subscriber.wake = resolve));
          }
        },
        async return() {
          release();
          return { done: true, value: undefined };
        },
        async throw(error) {
          release();
          throw error;
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },

    get subscriberCount() {
      return subscribers.size;
    },

    close() {
      target.removeEventListener(STATEMENTS_ADDED, listener);
      for (const subscriber of [...subscribers]) end(subscriber);
    },
  };
}
