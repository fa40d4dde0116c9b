// The migrated database is what schema.prisma describes, and the applier keeps
// `_prisma_migrations` as `prisma migrate deploy` would.
import fs from 'node:fs';
import path from 'node:path';
import schemaWasm from '@prisma/prisma-schema-wasm';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { applyMigrations, readMigrations } from '../../src/db/migrate.js';
import { useTestDatabaseWithClient } from '../helpers/db.js';

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum';
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}
interface Datamodel {
  enums: { name: string; values: { name: string }[] }[];
  models: DmmfModel[];
  indexes: {
    model: string;
    type: 'id' | 'unique' | 'normal' | 'fulltext';
    dbName?: string;
    /** Absent for the default, BTree. */
    algorithm?: 'BTree' | 'Hash' | 'Gist' | 'Gin' | 'SpGist' | 'Brin';
    fields: { name: string; operatorClass?: string; sortOrder?: 'asc' | 'desc' }[];
  }[];
}

const schema = fs.readFileSync(path.join(projectRoot, 'prisma', 'schema.prisma'), 'utf8');
const datamodel: Datamodel = JSON.parse(
  schemaWasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true })),
).datamodel;

/**
 * Fields of type Unsupported("…") (the generated tsvector columns), which the DMMF leaves out of
 * its models; read from the schema text: model name → fields.
 */
function unsupportedFields(text: string): Map<string, { field: string; column: string; type: string; isRequired: boolean }[]> {
  const out = new Map<string, { field: string; column: string; type: string; isRequired: boolean }[]>();
  for (const [, model, body] of text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const [, field, type, optional, rest] of body.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      const column = /@map\("([^"]+)"\)/.exec(rest)?.[1] ?? field;
      out.set(model, [...(out.get(model) ?? []), { field, column, type, isRequired: !optional }]);
    }
  }
  return out;
}
const unsupported = unsupportedFields(schema);

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (m: DmmfModel, field: string) => {
  const f = m.fields.find((x) => x.name === field);
  if (f) return f.dbName ?? f.name;
  return unsupported.get(m.name)!.find((x) => x.field === field)!.column;
};
function expectedType(f: DmmfField): string {
  if (f.kind === 'enum') return f.type;
  const native = f.nativeType?.[0];
  if (native === 'Date') return 'date';
  if (native === 'Timestamptz') return 'timestamptz';
  return { Int: 'int4', String: 'text', Boolean: 'bool', Float: 'float8', DateTime: 'timestamp', BigInt: 'int8', Json: 'jsonb' }[f.type] ?? f.type;
}

const ctx = useTestDatabaseWithClient();

describe('the migrated database matches schema.prisma', () => {
  it('has the same enums', async () => {
    const { rows } = await ctx.client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it('has the same tables and columns, types, nullability and defaults', async () => {
    const { rows } = await ctx.client.query<{ table: string; column: string; type: string; nullable: boolean; hasDefault: boolean }>(`
      SELECT c.relname AS table, a.attname AS column, t.typname AS type, NOT a.attnotnull AS nullable,
             a.atthasdef AS "hasDefault"
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relname <> '_prisma_migrations' AND a.attgenerated = ''`);
    const actual = rows.map((r) => `${r.table}.${r.column} ${r.type}${r.nullable ? '?' : ''}${r.hasDefault ? ' default' : ''}`).sort();
    const expected = datamodel.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind !== 'object')
          .map((f) => `${tableOf(m)}.${f.dbName ?? f.name} ${expectedType(f)}${f.isRequired ? '' : '?'}${f.hasDefaultValue ? ' default' : ''}`),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it('has the primary keys, unique constraints and indexes the schema declares, with their column orders', async () => {
    // Each column with its order as PostgreSQL stores it (pg_index.indoption: 1 = DESC,
    // 2 = NULLS FIRST). Prisma's `sort: Desc` is plain DESC, i.e. DESC NULLS FIRST; an index
    // written by hand as DESC NULLS LAST (or ASC NULLS FIRST) is not what schema.prisma declares
    // and would not serve the ORDER BY Prisma sends, so it must show up here.
    const { rows } = await ctx.client.query<{ table: string; columns: string[]; unique: boolean; primary: boolean }>(`
      SELECT c.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
             array_agg(a.attname || CASE k.opt::int & 3 WHEN 0 THEN '' WHEN 1 THEN ' DESC NULLS LAST'
                                              WHEN 2 THEN ' NULLS FIRST' ELSE ' DESC' END ORDER BY k.ord)::text[] AS columns
      FROM pg_index ix
      JOIN pg_class c ON c.oid = ix.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam
      CROSS JOIN LATERAL unnest(ix.indkey, ix.indoption) WITH ORDINALITY AS k(attnum, opt, ord)
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations' AND am.amname = 'btree'
      GROUP BY c.relname, i.relname, ix.indisunique, ix.indisprimary`);
    const actual = rows.map((r) => `${r.primary ? 'id' : r.unique ? 'unique' : 'normal'} ${r.table}(${r.columns.join(',')})`).sort();
    const expected = datamodel.indexes
      .filter((ix) => ix.type !== 'fulltext' && (ix.algorithm ?? 'BTree') === 'BTree')
      .map((ix) => {
        const m = datamodel.models.find((x) => x.name === ix.model)!;
        return `${ix.type} ${tableOf(m)}(${ix.fields.map((f) => columnOf(m, f.name) + (f.sortOrder === 'desc' ? ' DESC' : '')).join(',')})`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it('has the GIN indexes the schema declares, with their operator classes', async () => {
    // Indexes over columns only: schema.prisma cannot declare expression indexes.
    const { rows } = await ctx.client.query<{ table: string; name: string; columns: string[]; opclasses: string[] }>(`
      SELECT c.relname AS table, i.relname AS name,
             array_agg(a.attname ORDER BY k.ord)::text[] AS columns,
             array_agg(CASE WHEN oc.opcdefault THEN '' ELSE oc.opcname END ORDER BY k.ord)::text[] AS opclasses
      FROM pg_index ix
      JOIN pg_class c ON c.oid = ix.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam
      CROSS JOIN LATERAL unnest(ix.indkey, ix.indclass) WITH ORDINALITY AS k(attnum, opclass, ord)
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      JOIN pg_opclass oc ON oc.oid = k.opclass
      WHERE n.nspname = 'public' AND am.amname = 'gin' AND ix.indexprs IS NULL
      GROUP BY c.relname, i.relname`);
    const format = (table: string, name: string, columns: string[], opclasses: string[]) =>
      `${name} ON ${table} USING gin (${columns.map((col, i) => (opclasses[i] ? `${col} ${opclasses[i]}` : col)).join(', ')})`;
    const actual = rows.map((r) => format(r.table, r.name, r.columns, r.opclasses)).sort();
    const expected = datamodel.indexes
      .filter((ix) => ix.algorithm === 'Gin')
      .map((ix) => {
        const m = datamodel.models.find((x) => x.name === ix.model)!;
        const columns = ix.fields.map((f) => columnOf(m, f.name));
        const name = ix.dbName ?? `${tableOf(m)}_${columns.join('_')}_idx`;
        return format(tableOf(m), name, columns, ix.fields.map((f) => f.operatorClass ?? ''));
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it('has the Unsupported fields as columns of their type, and every generated column among them', async () => {
    const { rows } = await ctx.client.query<{ table: string; column: string; type: string; nullable: boolean; generated: boolean }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             NOT a.attnotnull AS nullable, a.attgenerated <> '' AS generated
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
    const byColumn = new Map(rows.map((r) => [`${r.table}.${r.column}`, r]));
    const declared = datamodel.models.flatMap((m) =>
      (unsupported.get(m.name) ?? []).map((f) => ({ key: `${tableOf(m)}.${f.column}`, type: f.type, isRequired: f.isRequired })),
    );
    expect(declared.map((d) => `${d.key} ${d.type}${d.isRequired ? '' : '?'}`).sort()).toEqual(
      declared.map((d) => byColumn.get(d.key)).map((r) => (r ? `${r.table}.${r.column} ${r.type}${r.nullable ? '?' : ''}` : 'missing')).sort(),
    );
    const generated = rows.filter((r) => r.generated).map((r) => `${r.table}.${r.column}`).sort();
    expect(generated).toEqual(declared.map((d) => d.key).sort());
  });

  it('has every relation as a foreign key with the declared ON DELETE', async () => {
    const { rows } = await ctx.client.query<{ table: string; columns: string[]; target: string; onDelete: string }>(`
      SELECT c.relname AS table, t.relname AS target, con.confdeltype AS "onDelete",
             array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class t ON t.oid = con.confrelid
      WHERE con.contype = 'f'`);
    const action: Record<string, string> = { c: 'Cascade', n: 'SetNull', r: 'Restrict', a: 'NoAction', d: 'SetDefault' };
    const actual = rows.map((r) => `${r.table}(${r.columns.join(',')}) -> ${r.target} ${action[r.onDelete]}`).sort();
    const expected = datamodel.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind === 'object' && f.relationFromFields?.length)
          .map((f) => {
            const target = datamodel.models.find((x) => x.name === f.type)!;
            const onDelete = f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull');
            return `${tableOf(m)}(${f.relationFromFields!.map((x) => columnOf(m, x)).join(',')}) -> ${tableOf(target)} ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});

describe('the migration applier', () => {
  it('records every migration as Prisma does', async () => {
    const { rows } = await ctx.client.query('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    const migrations = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[i].checksum);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(ctx.db.url)).toEqual([]);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(applyMigrations(ctx.db.url, edited)).rejects.toThrow(/modified after it was applied/);
  });

  it('rolls back a failing migration and records nothing for it', async () => {
    const broken = [...readMigrations(), { name: '99999999999999_broken', sql: 'CREATE TABLE "half_done" (id int); SELECT nonsense_fn();', checksum: '0'.repeat(64) }];
    await expect(applyMigrations(ctx.db.url, broken)).rejects.toThrow(/99999999999999_broken failed/);
    const { rowCount } = await ctx.client.query(`SELECT 1 FROM pg_class WHERE relname = 'half_done'`);
    expect(rowCount).toBe(0);
    const recorded = await ctx.client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`);
    expect(recorded.rowCount).toBe(0);
  });
});
