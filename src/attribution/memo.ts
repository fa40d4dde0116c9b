// One mechanism for the engine's caches across articles: the engine runs in long-lived processes
// (the server, ingestion), so every memo is bounded and empties itself when full rather than grow.

/**
 * `compute`, remembered per key, for at most `limit` keys (then forgotten all at once).
 * Values are shared between callers: never mutate them. `compute` must not return undefined.
 */
export function boundedMemo<V, K extends string | number = string>(limit: number, compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key: K): V => {
    let value = memo.get(key);
    if (value !== undefined) return value;
    value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
