// Builds the quote explorer into web/dist (esbuild: one bundle, one stylesheet, the Arabic font
// files, index.html naming them by content hash). `npm start` runs it; so do the browser tests.
import { build } from 'esbuild';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = path.dirname(fileURLToPath(import.meta.url));
export const defaultWebDist = path.join(webRoot, 'dist');

export interface WebBuild {
  dir: string;
  files: string[];
  bytes: number;
  ms: number;
}

/** Builds into a fresh directory beside `outDir`, then swaps it in: a server never sees half a build. */
export async function buildWeb({ outDir = defaultWebDist, minify = true }: { outDir?: string; minify?: boolean } = {}): Promise<WebBuild> {
  const started = performance.now();
  const staging = `${outDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: webRoot,
    entryPoints: { app: 'src/main.tsx', styles: 'src/styles.css' },
    outdir: path.join(staging, 'assets'),
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    publicPath: '/assets',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify,
    sourcemap: true,
    metafile: true,
    legalComments: 'linked',
    loader: { '.woff2': 'file', '.woff': 'file' },
    logLevel: 'silent',
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = (name: string) => {
    const found = outputs.find(([file, output]) => output.entryPoint && path.basename(file).startsWith(`${name}-`) && !file.endsWith('.map'));
    if (!found) throw new Error(`web build: no output for ${name}`);
    return `/assets/${path.basename(found[0])}`;
  };
  const template = await readFile(path.join(webRoot, 'index.html'), 'utf8');
  await writeFile(path.join(staging, 'index.html'), template.replace('{{styles}}', entry('styles')).replace('{{script}}', entry('app')));
  await mkdir(path.dirname(outDir), { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  await rename(outDir, old).catch(() => {});
  try {
    await rename(staging, outDir);
  } catch (error) {
    // Another process's build of the same sources took the place between our two renames: keep it.
    if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await rm(staging, { recursive: true, force: true });
  }
  await rm(old, { recursive: true, force: true });
  const files = ['index.html', ...outputs.map(([file]) => path.relative(staging, path.resolve(webRoot, file)))];
  const bytes = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
  return { dir: outDir, files, bytes, ms: performance.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb().then(
    (built) => console.log(`web: built ${built.files.length} files (${Math.round(built.bytes / 1024)} KB) into ${path.relative(process.cwd(), built.dir)} in ${Math.round(built.ms)} ms`),
    (error) => {
      console.error(`web build failed: ${error.message}`);
      process.exit(1);
    },
  );
}
