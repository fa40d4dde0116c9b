// Serves the quote explorer's build (web/dist, made by web/build.ts) at `/`: its hashed assets under
// /assets/ and index.html for the client's own routes, so every page has a shareable address. The
// build is read into memory once, at start: a request can only get one of those files (no path is
// ever joined onto the disk), and GraphQL, /healthz and /metrics are never shadowed.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

/** The client's routes (web/src/router.ts): the paths that get index.html. */
const CLIENT_ROUTES = [/^\/$/, /^\/article\/[^/]+$/, /^\/speaker\/[^/]+$/, /^\/search$/, /^\/try$/];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Everything the page loads comes from Isnad itself; the API is same-origin.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

/** The files of a build, by URL path; null when `dir` holds no build (no index.html). */
export function loadWebBuild(dir: string): Map<string, StaticFile> | null {
  if (!existsSync(path.join(dir, 'index.html'))) return null;
  const files = new Map<string, StaticFile>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) {
        const body = new Uint8Array(readFileSync(path.join(dir, child)));
        const hashed = child.startsWith('assets/');
        files.set(`/${child}`, {
          body,
          headers: {
            'content-type': CONTENT_TYPES[path.extname(child)] ?? 'application/octet-stream',
            etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
            // Asset names carry their content hash; index.html names the current ones.
            'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
            'x-content-type-options': 'nosniff',
            ...(child === 'index.html' ? { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'same-origin' } : {}),
          },
        });
      }
    }
  };
  walk('');
  return files;
}

/**
 * The web client at `/` when `dir` holds a build; otherwise the bare address goes to GraphiQL, as
 * before there was a client.
 */
export function useWebClient({ dir, graphqlPath }: { dir: string | null; graphqlPath: string }): Plugin {
  const files = dir ? loadWebBuild(dir) : null;
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (!files) {
        if (url.pathname === '/') endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: graphqlPath } }));
        return;
      }
      const file = url.pathname.startsWith('/assets/')
        ? files.get(url.pathname)
        : CLIENT_ROUTES.some((route) => route.test(url.pathname))
          ? files.get('/index.html')
          : undefined;
      if (!file) {
        if (url.pathname.startsWith('/assets/')) endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      if (request.headers.get('if-none-match') === file.headers.etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag: file.headers.etag, 'cache-control': file.headers['cache-control'] } }));
        return;
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : file.body, { status: 200, headers: { ...file.headers, 'content-length': String(file.body.byteLength) } }));
    },
  };
}
