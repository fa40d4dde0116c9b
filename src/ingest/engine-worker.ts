// One worker thread of the engine pool (engine-pool.ts): attribute() on a text it is sent. A
// function cannot cross threads, so the exceptions the engine catches (options.onError) are
// collected here, as plain data, and handed to the caller's onError by the pool.
import { attribute } from '../attribution/index.js';
import type { AttributeOptions, Attribution } from '../attribution/types.js';

export interface EngineTask {
  text: string;
  options: Omit<AttributeOptions, 'onError'>;
}

export interface EngineTaskResult {
  attribution: Attribution;
  errors: { stage: string; error: { name: string; message: string; stack?: string } | string }[];
}

export default function run({ text, options }: EngineTask): EngineTaskResult {
  const errors: EngineTaskResult['errors'] = [];
  const attribution = attribute(text, {
    ...options,
    onError: ({ stage, error }) =>
      errors.push({ stage, error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }),
  });
  return { attribution, errors };
}
