// GraphiQL served whole from this origin, so it works with no internet. Yoga's own page loads its
// script, styles and Monaco workers from unpkg.com; the same build is installed here as
// @graphql-yoga/render-graphiql (its version follows graphql-yoga's). That package would inline
// ~9 MB into every page; instead the page is a few lines of HTML and the assets are separate,
// cacheable responses under /graphiql/, loaded from the package the first time one is asked for.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

export const DEFAULT_GRAPHIQL_QUERY = `# Isnad: who said what, in which article, relayed by whom.
# Press ▶ to run. Every object has a global \`id\`; fetch it again with node(id: ...).

query WhoSaidWhat {
  statements(first: 10) {
    totalCount
    edges {
      node {
        id
        speaker {
          __typename
          ... on Person { id name nameEn role }
          ... on Organization { id name kind }
        }
        cue
        content
        kind
        via { name }
        audience
        article { title publishedAt outlet { name } }
        meetings { kind status date place participants { name } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# Narrow it down with a filter, e.g.:
#   statements(first: 10, filter: { kind: direct, from: "2017-05-01", to: "2017-05-31" })
# and page with after: <endCursor>.
`;

const DRY_RUN_QUERY = `# Paste any Arabic article into "text" in the Variables pane below (JSON: write " as \\" and a
# line break as \\n): what the engine finds, without storing anything.

query DryRun($text: String!, $published: Date) {
  attribute(text: $text, published: $published) {
    statements {
      speaker
      cue
      content
      kind
      contentSpan { start end }
    }
  }
}
`;

const DRY_RUN_VARIABLES = `${JSON.stringify(
  {
    published: '2017-05-10',
    text:
      'وقال وزير الخارجية الفرنسي إن "الحل في سوريا لن يكون إلا سياسيا".\n' +
      'وأضاف المتحدث باسم الحكومة أن "المحادثات ستستأنف الأسبوع المقبل في جنيف".',
  },
  null,
  2,
)}\n`;

const SEARCH_QUERY = `# Arabic full-text search over statements and articles, ranked, with highlighted snippets.
query Search($query: String!) {
  search(query: $query, first: 5) {
    edges { rank snippet node { __typename ... on Statement { content } ... on Article { title } } }
  }
}
`;

const INGEST_QUERY = `# Stores an article (needs an API key: set the Headers pane to {"Authorization": "Bearer <key>"}).
mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticlePayload { duplicate statementCount article { id title } }
    ... on Error { message }
  }
}
`;

const INGEST_VARIABLES = `${JSON.stringify(
  {
    input: {
      title: 'مثال',
      outlet: 'سانا',
      published: '2017-05-10',
      text: 'وقال المتحدث باسم الوزارة إن "الاجتماع كان مفيدا".',
    },
  },
  null,
  2,
)}\n`;

/** The tabs a first visit opens with (GraphiQL keeps a returning visitor's own tabs). */
export const GRAPHIQL_TABS = [
  { query: DEFAULT_GRAPHIQL_QUERY },
  { query: DRY_RUN_QUERY, variables: DRY_RUN_VARIABLES },
  { query: SEARCH_QUERY, variables: `${JSON.stringify({ query: 'مكافحة الإرهاب' }, null, 2)}\n` },
  { query: INGEST_QUERY, variables: INGEST_VARIABLES },
];

export function graphiqlOptions(title = 'Isnad — who said what'): GraphiQLOptions {
  return { title, defaultQuery: DEFAULT_GRAPHIQL_QUERY, defaultTabs: GRAPHIQL_TABS, defaultEditorToolsVisibility: 'variables' };
}

const require = createRequire(import.meta.url);
const packageDir = path.resolve(path.dirname(require.resolve('@graphql-yoga/render-graphiql')), '..');
const packageVersion: string = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;

/** Asset file name → the export of @graphql-yoga/render-graphiql/graphiql holding it. */
const ASSETS = {
  'graphiql.js': { key: 'js', type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { key: 'css', type: 'text/css; charset=utf-8' },
  'editor.worker.js': { key: 'editorWorkerService', type: 'text/javascript; charset=utf-8' },
  'json.worker.js': { key: 'jsonWorker', type: 'text/javascript; charset=utf-8' },
  'graphql.worker.js': { key: 'graphqlWorker', type: 'text/javascript; charset=utf-8' },
  'favicon.ico': { key: 'favicon', type: 'image/x-icon' },
} as const;
type AssetName = keyof typeof ASSETS;

const assetUrl = (name: AssetName) => `${GRAPHIQL_ASSETS_PATH}${name}?v=${encodeURIComponent(packageVersion)}`;

interface LoadedAsset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}
let loading: Promise<Map<string, LoadedAsset>> | null = null;
function loadAssets(): Promise<Map<string, LoadedAsset>> {
  loading ??= (async () => {
    const bundle = (await import('@graphql-yoga/render-graphiql/graphiql')) as Record<string, string>;
    const assets = new Map<string, LoadedAsset>();
    for (const [name, { key, type }] of Object.entries(ASSETS)) {
      const source = bundle[key];
      if (typeof source !== 'string') throw new Error(`@graphql-yoga/render-graphiql has no "${key}" export`);
      const body = source.startsWith('data:') ? Buffer.from(source.slice(source.indexOf(',') + 1), 'base64') : Buffer.from(source, 'utf8');
      assets.set(name, { body, gzipped: await promisify(gzip)(body), type });
    }
    return assets;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** JSON inside a <script>: nothing in it may close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Yoga's `renderGraphiQL`: the page, with every asset on this origin. */
export function renderGraphiQL(options: GraphiQLOptions): string {
  const workers = { editorWorkerService: assetUrl('editor.worker.js'), json: assetUrl('json.worker.js'), graphql: assetUrl('graphql.worker.js') };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${assetUrl('favicon.ico')}" />
    <link rel="stylesheet" href="${assetUrl('graphiql.css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${scriptJson(workers)};
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
    </script>
    <script src="${assetUrl('graphiql.js')}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
}

/** Answers GET /graphiql/<asset> from the installed package (long-cached: the URL names the version). */
export function useGraphiQLAssets(): Plugin {
  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) return;
      const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
      if (!Object.hasOwn(ASSETS, name)) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const asset = (await loadAssets()).get(name)!;
      const etag = `"${packageVersion}-${name}"`;
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': 'public, max-age=86400',
        etag,
        vary: 'accept-encoding',
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const gzipped = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      if (gzipped) headers['content-encoding'] = 'gzip';
      const body = gzipped ? asset.gzipped : asset.body;
      headers['content-length'] = String(body.length);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers }));
    },
  };
}
