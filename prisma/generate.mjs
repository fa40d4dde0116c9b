// Generates the Prisma client and the Pothos types from prisma/schema.prisma.
// Prisma 7's CLI wants a schema-engine binary even for `generate`, which never runs it; where none
// can be downloaded (offline machines, CI) we point it at an existing file so generate proceeds.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
