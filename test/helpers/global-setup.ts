// Starts one PostgreSQL for the whole test run (or uses TEST_DATABASE_URL) and prepares a
// migrated template database; every test file then clones its own database from it.
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../src/config.js';
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded.js';
import { applyMigrations } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string;
    testTemplateDatabase: string;
  }
}

let server: EmbeddedServer | null = null;
let serverUrl = '';
let template = '';

export async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    serverUrl = external;
  } else {
    const dataDir = path.join(projectRoot, '.data', `test-${process.pid}-${crypto.randomBytes(3).toString('hex')}`);
    server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    serverUrl = server.url;
  }
  template = `isnad_template_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  await applyMigrations(databaseUrl(serverUrl, template));
  project.provide('testServerUrl', serverUrl);
  project.provide('testTemplateDatabase', template);
}

export async function teardown() {
  if (server) {
    await server.stop();
    return;
  }
  // An external server: remove what this run created.
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE 'isnad_test_%'",
    [template],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
  await admin.end();
}
