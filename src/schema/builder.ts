// The Pothos schema builder shared by every type in src/schema/.
//
// The schema is built once, at import time; the Prisma client comes from the request context, so the
// same schema serves any database (tests give each file its own).

import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import type PrismaTypes from '../db/generated/pothos-types.js';
import { getDatamodel } from '../db/generated/pothos-types.js';
import type { Attribution, AttributeOptions } from '../attribution/index.js';
import type { IsnadPubSub } from './pubsub.js';

/** What every resolver receives. Created per request by the server (src/server/yoga.ts). */
export interface IsnadContext {
  prisma: PrismaClient;
  /** Live events (Subscription.statementAdded); one per server. */
  pubsub: IsnadPubSub;
  /** Whether the request carried a valid API key (Authorization: Bearer …). */
  authenticated: boolean;
  /** Reads need a key too (ISNAD_PRIVATE_READS=true). */
  privateReads: boolean;
  /** Largest article accepted by ingestArticle, in UTF-8 bytes. */
  maxArticleBytes: number;
  /** Who is asking, for per-client limits (open subscriptions): an address or a key's hash. */
  clientKey?: string;
  /** Logs an unexpected failure that must not fail the request (a publish after commit). */
  reportError?: (error: unknown, message: string) => void;
  /** Runs the attribution engine for Query.attribute off the event loop (src/server/attribute-pool.ts); default in-line. */
  /** Called by a mutation once its write has committed (the response cache starts a new generation). */
  markWritten?: () => void;
  runAttribution?: (text: string, options: AttributeOptions) => Promise<Attribution>;
}

/** Page sizes of every connection. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: IsnadContext;
  AuthScopes: { read: boolean; write: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount?: number | (() => number | Promise<number>) };
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: Date; Output: Date | string };
  };
}>({
  // Errors first: it wraps scope-auth, so a refused write comes back as a typed UnauthorizedError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ read: ctx.authenticated || !ctx.privateReads, write: ctx.authenticated }),
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx) => new UnauthorizedError(ctx.authenticated),
  },
  errors: { directResult: true },
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // `nodes` next to `edges` on every connection, for clients that need no cursors per item.
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    encodeGlobalID: (typename, id) => encodeGlobalID(typename, id),
    // A malformed ID decodes to a type no node has; `node`/`nodes` refuse it as BAD_USER_INPUT,
    // while a well-formed ID whose object does not exist (any more) answers null.
    decodeGlobalID: (globalID) => decodeId(globalID) ?? { typename: INVALID_TYPENAME, id: globalID },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when no object has that ID (BAD_USER_INPUT when it is not an ID at all).',
      nullable: true,
      resolve: (_root, { id }, _ctx, _info, resolveNode) => {
        if (id.typename === INVALID_TYPENAME) throw invalidIdError('id', id.id);
        return NODE_TYPENAMES.has(id.typename) ? resolveNode(id) : null;
      },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in order; null for each ID that matches nothing.',
      nullable: { list: false, items: true },
      resolve: async (_root, args, _ctx, _info, resolveNodes) => {
        const { ids } = args;
        if (ids.length > MAX_PAGE_SIZE) {
          throw badInput(`nodes: at most ${MAX_PAGE_SIZE} IDs per call; got ${ids.length}.`, 'ids');
        }
        const invalid = ids.findIndex((id) => id.typename === INVALID_TYPENAME);
        if (invalid >= 0) throw invalidIdError(`ids[${invalid}]`, ids[invalid].id);
        const known = ids.filter((id) => NODE_TYPENAMES.has(id.typename));
        // plugin-relay 4.8's resolveNodes ignores its argument and loads `args.ids`: narrow them there.
        args.ids = known;
        const loaded = known.length > 0 ? await resolveNodes(known) : [];
        let next = 0;
        return ids.map((id) => (NODE_TYPENAMES.has(id.typename) ? (loaded[next++] ?? null) : null));
      },
    },
  },
});

const INVALID_TYPENAME = '_Invalid';

/** A value that is no global ID of ours, quoted short (a client may send a megabyte). */
function invalidIdError(field: string, value: string): GraphQLError {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return badInput(`${field}: ${JSON.stringify(shown)} is not an ID this API gives out; use the \`id\` field of an object.`, field.replace(/\[\d+\]$/, ''));
}

/** A request without a valid API key asked for something that needs one. */
// A GraphQLError, so that where it is not a typed result (reads, subscriptions) it still reaches the
// client unmasked, with extensions.code UNAUTHENTICATED.
export class UnauthorizedError extends GraphQLError {
  constructor(authenticated = false) {
    super(
      authenticated
        ? 'This API key may not do this.'
        : 'This needs an API key: send the header "Authorization: Bearer <key>" with one of the keys in ISNAD_API_KEYS.',
      { extensions: { code: authenticated ? 'FORBIDDEN' : 'UNAUTHENTICATED' } },
    );
    this.name = 'UnauthorizedError';
  }
}

/** The object types that implement Node: each type file registers its own. */
const NODE_TYPENAMES = new Set<string>();

export function registerNodeType(typename: string): void {
  NODE_TYPENAMES.add(typename);
}

/**
 * The schema, with the `id` of every Node type resolved synchronously. plugin-relay resolves node
 * IDs with an async function, so every object of a result held a pending promise the executor had
 * to wait for: for a page of 50 statements with speaker and article, some 150 promises and a
 * third of the request's CPU. Every node here is a Prisma row whose global ID is `Type:<row id>`
 * (`prismaNode(…, { id: { field: 'id' } })`), which needs no waiting.
 */
export function withSyncNodeIds(schema: GraphQLSchema): GraphQLSchema {
  for (const typename of NODE_TYPENAMES) {
    const type = schema.getType(typename);
    if (!isObjectType(type)) throw new Error(`Node type ${typename} is not in the schema`);
    type.getFields().id.resolve = (row: { id: number }) => encodeGlobalID(typename, row.id);
  }
  return schema;
}

const MAX_INT4 = 2_147_483_647;

/**
 * Decodes a global ID made by this API (base64 of `Type:id`, id a positive 32-bit integer).
 * Returns null for anything else.
 */
export function decodeId(globalID: string): { typename: string; id: string } | null {
  if (typeof globalID !== 'string' || globalID.length === 0 || globalID.length > 200) return null;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(globalID)) return null;
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  if (Number(match[2]) > MAX_INT4) return null;
  return { typename: match[1], id: match[2] };
}

function withArticle(typename: string): string {
  return `${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename}`;
}

/** A client mistake, reported as is even when errors are masked. */
/**
 * Plain lists (an article's persons, a statement's corroborations…) are capped like connections:
 * `first:` items, 20 by default, at most 100; the cost limit counts that size (src/server/limits.ts).
 */
export const LIST_DEFAULT_SIZE = 20;
export const LIST_MAX_SIZE = 100;
/** Rows read per item for lists that merge several rows into one item (mentions of one person). */
export const ROWS_PER_LIST_ITEM = 10;

export const listFieldExtensions = { maxListSize: LIST_MAX_SIZE };

/** The `first:` of a capped plain list, checked. */
export function listSize(first: number | null | undefined, field = 'first'): number {
  const size = first ?? LIST_DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > LIST_MAX_SIZE) {
    throw badInput(`${field} must be between 0 and ${LIST_MAX_SIZE}; got ${size}.`, field);
  }
  return size;
}

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

/**
 * Decodes the global ID `value` given in argument `field`, which must belong to one of `typenames`,
 * into the database id. Throws a BAD_USER_INPUT error a person can act on otherwise.
 */
export function parseIdArg(value: string, field: string, typenames: readonly string[]): { typename: string; id: number } {
  const decoded = decodeId(value);
  const named = typenames.map(withArticle);
  const expected = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
  if (!decoded) {
    throw badInput(`${field}: "${value}" is not a valid ID; expected the global ID of ${expected} (the \`id\` field of that object).`, field);
  }
  if (!typenames.includes(decoded.typename)) {
    throw badInput(`${field}: "${value}" is the ID of ${withArticle(decoded.typename)}; expected the ID of ${expected}.`, field);
  }
  return { typename: decoded.typename, id: Number(decoded.id) };
}

/** The non-null items of `items`, first occurrence of each key kept, order preserved. */
export function uniqueBy<T>(items: readonly (T | null | undefined)[], key: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  const out: T[] = [];
  for (const item of items) {
    if (item == null) continue;
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

// Every connection reports how many items it holds in all, not just on this page.
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the connection holds across all pages.',
    resolve: async (connection) => {
      const { totalCount } = connection;
      const value = typeof totalCount === 'function' ? await totalCount() : totalCount;
      if (typeof value !== 'number') throw new Error('totalCount was not loaded for this connection');
      return value;
    },
  }),
);

builder.queryType({
  description: 'Everything Isnad knows: articles, who said what in them, and the meetings they speak of.',
  // Public unless ISNAD_PRIVATE_READS=true.
  authScopes: { read: true },
});
