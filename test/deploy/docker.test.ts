// docker-compose.yml and the Dockerfile, checked without a Docker engine: parsed with `yaml` and
// `dockerfile-ast`, then held to what running them needs (a built image with production
// dependencies only, node as PID 1, healthchecks, API keys from the environment, a PostgreSQL the
// README names, and a configuration under which GraphiQL can introspect the schema).
import fs from 'node:fs';
import path from 'node:path';
import { DockerfileParser, type Copy } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, projectRoot } from '../../src/config.js';

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: string | { context: string };
  command?: unknown;
  environment?: Record<string, string> | string[];
  healthcheck?: { test: string[] | string };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  stop_signal?: string;
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const dockerfile = DockerfileParser.parse(read('Dockerfile'));
const packageJson = JSON.parse(read('package.json'));

/** `${NAME:-default}` as Compose interpolates it, given the shell's environment. */
function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_, name: string, fallback = '') => env[name] || fallback);
}
function environmentOf(service: ComposeService, env: Record<string, string | undefined> = {}): Record<string, string> {
  const raw = Array.isArray(service.environment)
    ? Object.fromEntries(service.environment.map((e) => e.split(/=(.*)/s).slice(0, 2)))
    : (service.environment ?? {});
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, interpolate(String(v), env)]));
}

describe('docker-compose.yml', () => {
  const { api, db } = compose.services;

  it('builds the API from the Dockerfile instead of installing on every start', () => {
    expect(api.build).toBeTruthy();
    expect(api.command).toBeUndefined();
    expect(JSON.stringify(api)).not.toMatch(/npm (ci|install)/);
    expect(api.volumes ?? []).not.toContainEqual(expect.stringMatching(/^\.:/));
  });

  it('gives every service a healthcheck, and starts the API once the database is healthy', () => {
    for (const [name, service] of Object.entries(compose.services)) expect(service.healthcheck?.test, name).toBeTruthy();
    expect(api.depends_on?.db?.condition).toBe('service_healthy');
    expect(JSON.stringify(api.healthcheck?.test)).toContain('/healthz');
  });

  it('takes ISNAD_API_KEYS from the environment of `docker compose up`', () => {
    expect(environmentOf(api, { ISNAD_API_KEYS: 'k1,k2' }).ISNAD_API_KEYS).toBe('k1,k2');
    expect(loadConfig(environmentOf(api, { ISNAD_API_KEYS: 'k1,k2' })).apiKeys).toEqual(['k1', 'k2']);
    expect(loadConfig(environmentOf(api)).apiKeys).toEqual([]);
  });

  it('runs in production with GraphiQL and the introspection it needs', () => {
    const config = loadConfig(environmentOf(api));
    expect(config.production).toBe(true);
    expect(config.graphiql).toBe(true);
    expect(config.introspection).toBe(true);
    expect(config.databaseUrl).toMatch(/@db:5432\//);
  });

  it('runs a PostgreSQL major version the README says is tested, with its data in the volume', () => {
    const major = db.image?.match(/^postgres:(\d+)/)?.[1];
    expect(major).toBeTruthy();
    const tested = read('README.md').match(/tested on ([\d, and]+)/)?.[1] ?? '';
    expect(tested.match(/\d+/g)).toContain(major);
    // From 18 on, the image keeps PGDATA under /var/lib/postgresql/<major>/docker.
    const mount = Number(major) >= 18 ? '/var/lib/postgresql' : '/var/lib/postgresql/data';
    expect(db.volumes).toContainEqual(expect.stringMatching(new RegExp(`^\\w+:${mount}$`)));
    expect(read('README.md')).toContain(`PostgreSQL ${major}`);
  });
});

describe('Dockerfile', () => {
  const froms = dockerfile.getFROMs();
  const instructions = dockerfile.getInstructions();
  const finalStart = instructions.indexOf(froms.at(-1)!);
  const finalStage = instructions.slice(finalStart);
  const stageOf = (name: string) => {
    const start = instructions.findIndex((i) => froms.includes(i as never) && (i as (typeof froms)[number]).getBuildStage() === name);
    const next = instructions.findIndex((i, n) => n > start && froms.includes(i as never));
    return instructions.slice(start, next < 0 ? undefined : next);
  };

  it('is multi-stage, on the Node major version package.json asks for', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const major = String(packageJson.engines.node).match(/\d+/)![0];
    for (const from of froms) {
      expect(from.getImageName()).toBe('node');
      expect(from.getImageTag()).toMatch(new RegExp(`^${major}(\\b|-)`));
    }
  });

  it('ships production dependencies only', () => {
    const copies = finalStage.filter((i) => i.getKeyword() === 'COPY') as Copy[];
    const modules = copies.find((c) => c.getArgumentsContent()?.includes('node_modules'));
    const source = modules?.getFromFlag()?.getValue();
    expect(source).toBeTruthy();
    const installs = stageOf(source!).filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '');
    expect(installs.some((run) => /npm ci\b[^&]*--omit=dev/.test(run))).toBe(true);
    expect(finalStage.some((i) => i.getKeyword() === 'RUN' && /npm (ci|install)/.test(i.getArgumentsContent() ?? ''))).toBe(false);
    // Nothing else brings node_modules into the final image.
    expect(copies.filter((c) => c.getArgumentsContent()?.includes('node_modules'))).toHaveLength(1);
    expect(read('.dockerignore').split('\n')).toContain('node_modules');
  });

  it('runs node itself (or tini) as PID 1, not npm or a shell, as a non-root user', () => {
    const cmds = dockerfile.getCMDs();
    const entrypoints = dockerfile.getENTRYPOINTs();
    const first = (entrypoints.at(-1) ?? cmds.at(-1))!;
    const argv = first.getJSONStrings().map((s) => s.getJSONValue());
    expect(argv.length, 'exec form (a JSON array): no shell in between').toBeGreaterThan(0);
    expect(['node', 'tini', '/usr/bin/tini', '/sbin/tini']).toContain(argv[0]);
    const command = [...entrypoints, ...cmds].flatMap((c) => c.getJSONStrings().map((s) => s.getJSONValue()));
    expect(command).not.toContain('npm');
    expect(command.join(' ')).toContain('src/cli/start.ts');
    expect(fs.existsSync(path.join(projectRoot, 'src/cli/start.ts'))).toBe(true);
    const user = finalStage.filter((i) => i.getKeyword() === 'USER').at(-1)?.getArgumentsContent();
    expect(user).toBeTruthy();
    expect(user).not.toMatch(/^(root|0)$/);
  });

  it('copies what the service reads at run time, and the generated client', () => {
    const copied = (finalStage.filter((i) => i.getKeyword() === 'COPY') as Copy[]).map((c) => c.getArgumentsContent() ?? '').join('\n');
    for (const needed of ['package.json', 'src', 'prisma', 'seed', 'src/db/generated']) expect(copied).toContain(needed);
    expect(dockerfile.getInstructions().some((i) => i.getKeyword() === 'HEALTHCHECK')).toBe(true);
  });
});
