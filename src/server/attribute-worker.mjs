// The attribution engine in a worker thread (src/server/attribute-pool.ts). Plain JavaScript so that
// any runner can start it (node, tsx, vitest); it loads the TypeScript engine through tsx.
import { tsImport } from 'tsx/esm/api';

const { attribute } = await tsImport('../attribution/index.ts', import.meta.url);

/**
 * A function cannot cross threads: the errors the engine caught come back as data, and the pool
 * hands them to the caller's `onError` in the main thread.
 */
export default function run({ text, options }) {
  const errors = [];
  const attribution = attribute(text, {
    ...options,
    onError: ({ stage, error }) =>
      errors.push({ stage, error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) } }),
  });
  return { attribution, errors };
}
