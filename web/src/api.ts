// The whole client: a typed document string from web/src/generated in, typed data out; and live
// subscriptions over Server-Sent Events (graphql-sse's client in distinct-connections mode, which
// Yoga speaks: one POST per subscription, so no CSRF-exempt GET is needed).
import { createClient, type Client } from 'graphql-sse';
import type { TypedDocumentString } from './generated/graphql.js';

export const GRAPHQL_PATH = '/graphql';

/** What went wrong, in a form the interface can explain: no connection, the server, or the request. */
export class ApiError extends Error {
  constructor(
    readonly reason: 'network' | 'server' | 'request',
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { apiKey?: string; signal?: AbortSignal } = {}): Promise<R> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('network', (error as Error).message);
  }
  let body: { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError('server', `HTTP ${response.status}`);
  }
  if (body.errors?.length) {
    const code = body.errors[0].extensions?.code;
    throw new ApiError(response.status >= 500 ? 'server' : 'request', body.errors.map((e) => e.message).join('; '), code);
  }
  if (!body.data) throw new ApiError('server', `HTTP ${response.status}`);
  return body.data;
}

let sseClient: Client | null = null;

/** Calls `onData` for each event until the returned function is called. */
export function subscribe<R, V>(document: TypedDocumentString<R, V>, variables: V, onData: (data: R) => void): () => void {
  sseClient ??= createClient({ url: GRAPHQL_PATH, singleConnection: false, retryAttempts: Infinity });
  return sseClient.subscribe<R>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) onData(result.data as R);
      },
      error: () => {},
      complete: () => {},
    },
  );
}
