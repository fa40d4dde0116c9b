// The statement events' hub (src/schema/pubsub.ts): bounded per-subscriber queues, one listener on
// the event target whatever the number of subscribers, a per-client cap, and nothing thrown into the
// publisher. No database: the hub is pure in-process plumbing.
import { describe, expect, test } from 'vitest';
import { createIsnadPubSub, STATEMENTS_ADDED, type AddedStatement, type StatementsEventTarget } from '../../src/schema/pubsub.js';

const statements = (n: number, from = 1): AddedStatement[] =>
  Array.from({ length: n }, (_, i) => ({ id: from + i, speakerPersonId: (from + i) % 2 ? 7 : 8, speakerOrganizationId: null }));

/** An event target that counts its listeners (the interface of Yoga's event targets). */
function countingTarget() {
  const inner = new EventTarget();
  let listeners = 0;
  const target = {
    addEventListener: (type: string, listener: EventListener) => {
      listeners++;
      inner.addEventListener(type, listener);
    },
    removeEventListener: (type: string, listener: EventListener) => {
      listeners--;
      inner.removeEventListener(type, listener);
    },
    dispatchEvent: (event: Event) => inner.dispatchEvent(event),
  };
  return { target: target as unknown as StatementsEventTarget, listeners: () => listeners };
}

describe('statement events', () => {
  test('one event per article reaches every subscriber, filtered, in order', async () => {
    const pubsub = createIsnadPubSub();
    const all = pubsub.subscribeStatements('a', () => true);
    const odd = pubsub.subscribeStatements('b', (s) => s.speakerPersonId === 7);
    pubsub.publishStatements({ articleId: 1, statements: statements(4) });
    expect((await all.next()).value).toMatchObject({ statements: statements(4) });
    const mine = (await odd.next()).value as { statements: AddedStatement[] };
    expect(mine.statements.map((s) => s.id)).toEqual([1, 3]);
    await all.return!();
    await odd.return!();
    expect(pubsub.subscriberCount).toBe(0);
  });

  test('an article larger than a subscriber queue ends that stream with SUBSCRIPTION_OVERFLOW; the publisher never throws', async () => {
    const pubsub = createIsnadPubSub({ maxQueuedStatements: 1_000 });
    const slow = pubsub.subscribeStatements('a', () => true);
    // 1,100 statements, more than Yoga's Repeater accepted (1,024 pending pushes), which crashed the process.
    expect(() => pubsub.publishStatements({ articleId: 1, statements: statements(1_100) })).not.toThrow();
    const first = await slow.next();
    expect(first.value).toMatchObject({ overflow: expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBSCRIPTION_OVERFLOW' }) }) });
    expect((await slow.next()).done).toBe(true);
    expect(pubsub.subscriberCount).toBe(0);
  });

  test('a subscriber that does not read is ended when its queue is full; one that reads keeps going', async () => {
    const pubsub = createIsnadPubSub({ maxQueuedStatements: 50 });
    const reader = pubsub.subscribeStatements('a', () => true);
    const sleeper = pubsub.subscribeStatements('b', () => true);
    let received = 0;
    for (let article = 0; article < 20; article++) {
      pubsub.publishStatements({ articleId: article, statements: statements(10, article * 10) });
      const item = (await reader.next()).value as { statements: AddedStatement[] };
      received += item.statements.length;
    }
    expect(received).toBe(200);
    // 200 statements never read: the sleeper got at most 50 queued, then its end.
    const items = [];
    for (;;) {
      const r = await sleeper.next();
      if (r.done) break;
      items.push(r.value);
    }
    expect(items.at(-1)).toHaveProperty('overflow');
    expect(items.length).toBeLessThanOrEqual(6);
    await reader.return!();
  });

  test('a throwing filter is reported, ends only its own stream, and never reaches the publisher', async () => {
    const errors: unknown[] = [];
    const pubsub = createIsnadPubSub({ onError: (e) => errors.push(e) });
    const bad = pubsub.subscribeStatements('a', () => {
      throw new Error('filter broke');
    });
    const good = pubsub.subscribeStatements('b', () => true);
    expect(() => pubsub.publishStatements({ articleId: 1, statements: statements(2) })).not.toThrow();
    expect(errors).toHaveLength(1);
    expect((await bad.next()).done).toBe(true);
    expect((await good.next()).value).toMatchObject({ statements: statements(2) });
    await good.return!();
  });

  test('a thousand subscribers share one listener on the event target (no MaxListenersExceededWarning)', async () => {
    const { target, listeners } = countingTarget();
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const pubsub = createIsnadPubSub({ eventTarget: target, maxStreamsPerClient: 1_000 });
      const streams = Array.from({ length: 1_000 }, () => pubsub.subscribeStatements('one client', () => true));
      expect(listeners()).toBe(1);
      pubsub.publishStatements({ articleId: 1, statements: statements(3) });
      const got = await Promise.all(streams.map((s) => s.next()));
      expect(got.every((r) => (r.value as { statements: unknown[] }).statements.length === 3)).toBe(true);
      await Promise.all(streams.map((s) => s.return!()));
      pubsub.close();
      expect(listeners()).toBe(0);
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  test('the event target can be swapped: events dispatched on it by another process reach the subscribers', async () => {
    const { target } = countingTarget();
    const pubsub = createIsnadPubSub({ eventTarget: target });
    const stream = pubsub.subscribeStatements('a', () => true);
    // What a Redis event target does with a message from another replica: a CustomEvent with the parsed detail.
    target.dispatchEvent(new CustomEvent(STATEMENTS_ADDED, { detail: JSON.parse(JSON.stringify({ articleId: 9, statements: statements(1) })) }));
    expect((await stream.next()).value).toMatchObject({ statements: statements(1) });
    // and something that is not an event of ours is ignored, not thrown
    expect(() => target.dispatchEvent(new CustomEvent(STATEMENTS_ADDED, { detail: 'garbage' as never }))).not.toThrow();
    await stream.return!();
  });

  test('streams per client are capped; closing one frees a place', async () => {
    const pubsub = createIsnadPubSub({ maxStreamsPerClient: 2 });
    const a = pubsub.subscribeStatements('10.0.0.1', () => true);
    const b = pubsub.subscribeStatements('10.0.0.1', () => true);
    expect(() => pubsub.subscribeStatements('10.0.0.1', () => true)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_SUBSCRIPTIONS' }) }));
    const other = pubsub.subscribeStatements('10.0.0.2', () => true);
    await a.return!();
    const c = pubsub.subscribeStatements('10.0.0.1', () => true);
    for (const s of [b, c, other]) await s.return!();
  });
});
