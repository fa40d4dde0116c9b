// GET /metrics: Prometheus text format. HTTP requests (count and latency by route, method, status),
// GraphQL operations and errors (by type and error code), the database pool (total, idle, waiting
// connections) and the process's default metrics. One registry per server, so tests can run many.

import type { DocumentNode } from 'graphql';
import client from 'prom-client';
import type { Plugin } from 'graphql-yoga';
import { poolOf } from '../db/client.js';

export interface MetricsOptions {
  /** The Prisma client whose pg pool is reported (clients made by createPrismaClient). */
  prisma: object;
  path?: string;
  /** Paths reported by name; any other path is reported as "other" (bounded label values). */
  routes?: readonly string[];
  /** Add the process's default metrics (CPU, memory, event loop); default true. */
  defaultMetrics?: boolean;
  /** Who may read the metrics; others get 404. Default everyone. */
  allow?: (request: Request, serverContext: unknown) => boolean;
}

export interface IsnadMetrics {
  registry: client.Registry;
  plugin: Plugin;
}

export function createMetrics({ prisma, path = '/metrics', routes = ['/graphql', '/healthz'], defaultMetrics = true, allow }: MetricsOptions): IsnadMetrics {
  const registry = new client.Registry();
  if (defaultMetrics) client.collectDefaultMetrics({ register: registry, prefix: 'isnad_' });
  const requests = new client.Counter({
    name: 'isnad_http_requests_total',
    help: 'HTTP requests answered, by route, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'isnad_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route and method.',
    labelNames: ['route', 'method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const operations = new client.Counter({
    name: 'isnad_graphql_operations_total',
    help: 'GraphQL operations executed, by type (query, mutation, subscription).',
    labelNames: ['type'] as const,
    registers: [registry],
  });
  const errors = new client.Counter({
    name: 'isnad_graphql_errors_total',
    help: 'Errors in GraphQL results, by extensions.code (UNEXPECTED when there is none).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const pool = () => poolOf(prisma);
  new client.Gauge({
    name: 'isnad_db_pool_connections',
    help: 'Connections of the database pool, by state (total, idle, waiting = requests queued for a connection).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const p = pool();
      if (!p) return;
      this.set({ state: 'total' }, p.totalCount);
      this.set({ state: 'idle' }, p.idleCount);
      this.set({ state: 'waiting' }, p.waitingCount);
    },
  });

  const started = new WeakMap<Request, number>();
  const routeOf = (pathname: string) => (pathname === path || routes.includes(pathname) ? pathname : 'other');
  const countErrors = (list: readonly { extensions?: Record<string, unknown> }[] | undefined) => {
    for (const error of list ?? []) {
      const code = error.extensions?.code;
      errors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'UNEXPECTED' });
    }
  };

  const plugin: Plugin = {
    onRequest: async ({ request, url, endResponse, fetchAPI, serverContext }) => {
      started.set(request, performance.now());
      if (url.pathname !== path) return;
      if (allow && !allow(request, serverContext)) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const body = await registry.metrics();
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } }));
    },
    onExecute: ({ args }) => {
      const operation = (args.document as DocumentNode).definitions.find(
        (d) => d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName),
      ) as { operation?: string } | undefined;
      operations.inc({ type: operation?.operation ?? 'unknown' });
    },
    onResultProcess: ({ result }) => {
      for (const r of Array.isArray(result) ? result : [result]) countErrors((r as { errors?: { extensions?: Record<string, unknown> }[] })?.errors);
    },
    onResponse: ({ request, response }) => {
      const url = new URL(request.url, 'http://localhost');
      const route = routeOf(url.pathname);
      const start = started.get(request);
      requests.inc({ route, method: request.method, status: String(response.status) });
      if (start !== undefined) duration.observe({ route, method: request.method }, (performance.now() - start) / 1000);
    },
  };
  return { registry, plugin };
}
