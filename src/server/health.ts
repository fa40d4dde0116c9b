// GET /healthz: 200 {"status":"ok"} when the database answers `SELECT 1`, 503 otherwise.

import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../db/generated/prisma/client.js';

export interface HealthOptions {
  prisma: PrismaClient;
  /** Path of the endpoint; default /healthz. */
  path?: string;
  /** How long the database may take to answer; default 2000 ms. */
  timeoutMs?: number;
}

export type HealthReport = { status: 'ok' } | { status: 'unavailable'; error: string };

/** Asks the database `SELECT 1`, giving up after `timeoutMs`. */
export async function checkHealth(prisma: PrismaClient, timeoutMs = 2_000): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'ok' };
  } catch (error) {
    // The reason is for operators reading the probe; it never contains credentials or SQL text.
    const message = error instanceof Error && /did not answer/.test(error.message) ? error.message : 'database unreachable';
    return { status: 'unavailable', error: message };
  } finally {
    clearTimeout(timer);
  }
}

/** A Yoga plugin answering the health endpoint before GraphQL handling. */
export function useHealthz({ prisma, path = '/healthz', timeoutMs }: HealthOptions): Plugin {
  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== path) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const report = await checkHealth(prisma, timeoutMs);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(report), {
          status: report.status === 'ok' ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
