// Budgets per request, for what the shape limits (src/server/limits.ts) cannot see before running:
// how large the answer is (an article body is a megabyte or five characters) and how long it takes.
import { GraphQLError, Kind, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface RequestBudgets {
  /** Largest answer, in bytes of JSON (about); past it: RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Longest a query may run, in ms; past it: REQUEST_TIMEOUT. Writes are bounded by the database's statement timeout instead. */
  timeBudgetMs: number;
}

export const DEFAULT_REQUEST_BUDGETS: RequestBudgets = { maxResponseBytes: 16_000_000, timeBudgetMs: 15_000 };

/**
 * The size of `value` as JSON, about (strings by their UTF-8 length), counted until it passes
 * `limit`: an answer far larger than the limit is not walked to its end.
 */
export function jsonSizeAtMost(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') size += 2 + (v.length < 64 ? v.length : Buffer.byteLength(v, 'utf8'));
    else if (v === null || typeof v !== 'object') size += 6;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (const item of v) stack.push(item);
    } else {
      for (const key in v) {
        size += key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return size;
}

const operationOf = (document: DocumentNode, name?: string | null) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!name || d.name?.value === name));

export function responseTooLarge(limit: number): GraphQLError {
  return new GraphQLError(
    `The answer would be larger than ${limit} bytes, the limit of this server; ask for smaller pages (first:) or fewer large fields (body).`,
    { extensions: { code: 'RESPONSE_TOO_LARGE', http: { status: 400 } } },
  );
}

export function requestTimeout(ms: number): GraphQLError {
  return new GraphQLError(`The query took longer than ${ms / 1000} s and was given up; ask for less at once.`, {
    extensions: { code: 'REQUEST_TIMEOUT', retryAfter: 1, http: { status: 503, headers: { 'retry-after': '1' } } },
  });
}

export function useRequestBudgets(budgets: Partial<RequestBudgets> = {}): Plugin {
  const { maxResponseBytes, timeBudgetMs } = { ...DEFAULT_REQUEST_BUDGETS, ...budgets };
  return {
    onExecute: ({ args, executeFn, setExecuteFn }) => {
      // Writes are never cut short or replaced after the fact: what they stored is what they answer.
      if (operationOf(args.document, args.operationName)?.operation !== 'query') return;
      if (timeBudgetMs > 0) {
        setExecuteFn(async (executeArgs) => {
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<ExecutionResult>((resolve) => {
            timer = setTimeout(() => resolve({ errors: [requestTimeout(timeBudgetMs)] }), timeBudgetMs);
          });
          try {
            return await Promise.race([executeFn(executeArgs) as Promise<ExecutionResult>, timeout]);
          } finally {
            clearTimeout(timer);
          }
        });
      }
      return {
        onExecuteDone: ({ result, setResult }) => {
          if (!result || Symbol.asyncIterator in (result as object)) return;
          const data = (result as ExecutionResult).data;
          if (data && jsonSizeAtMost(data, maxResponseBytes) > maxResponseBytes) setResult({ errors: [responseTooLarge(maxResponseBytes)] });
        },
      };
    },
  };
}
