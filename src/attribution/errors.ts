// Internal errors of the engine: attribute() never throws on text, but an exception it catches is
// never dropped silently. It is counted (internalErrorCount, for the whole process) and handed to
// the caller's onError hook of the attribute() call it happened in. The engine stays pure: the
// caller (ingest, the API, the CLI) logs it with the article's hash.

/** One exception the engine caught, and the stage that threw it. */
export interface AttributionInternalError {
  /** Which part of the engine threw: 'statements', 'meetings', 'transliteration'. */
  stage: string;
  error: unknown;
}

export type AttributionErrorHook = (report: AttributionInternalError) => void;

let total = 0;
/** The hook of the attribute() call that is running (the engine is synchronous: one at a time). */
let activeHook: AttributionErrorHook | null = null;
let activeCount = 0;

/** Counts a caught exception and hands it to the running call's hook. */
export function reportInternalError(stage: string, error: unknown): void {
  total++;
  activeCount++;
  const hook = activeHook;
  if (!hook) return;
  try {
    hook({ stage, error });
  } catch {
    // the caller's hook failed: the error is still counted, and attribute() must not throw
  }
}

/** Runs fn with `hook` receiving the errors reported meanwhile; returns fn's value and how many were reported. */
export function withErrorHook<T>(hook: AttributionErrorHook | undefined, fn: () => T): { value: T; errors: number } {
  const outerHook = activeHook;
  const outerCount = activeCount;
  activeHook = hook ?? null;
  activeCount = 0;
  try {
    const value = fn();
    return { value, errors: activeCount };
  } finally {
    activeHook = outerHook;
    activeCount = outerCount;
  }
}

/** Exceptions the engine caught since the process started (every call, with or without a hook). */
export function internalErrorCount(): number {
  return total;
}
