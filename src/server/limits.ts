// Guards against queries that would be expensive by shape alone: selection depth, aliases,
// directives, tokens and an estimated cost (page sizes multiply what is selected under a
// connection). Page sizes themselves are capped by the schema: 100 per connection.

import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLNamedType,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Deep enough for statements → speaker → meetings → participants → statements → article → outlet. */
export const MAX_QUERY_DEPTH = 12;

/**
 * Memoizes a value per fragment: each fragment is walked once per document, however often it is
 * spread (re-walking at every spread made validation time double with each level of fragments).
 * A fragment spread inside itself (a cycle, reported by graphql's own rules) counts as `cycle`.
 */
function fragmentMemo<T>(context: ValidationContext, walk: (fragment: FragmentDefinitionNode, of: (name: string) => T | undefined) => T, cycle: T) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const done = new Map<string, T>();
  const walking = new Set<string>();
  const of = (name: string): T | undefined => {
    const known = done.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) return undefined;
    if (walking.has(name)) return cycle;
    walking.add(name);
    const value = walk(fragment, of);
    walking.delete(name);
    done.set(name, value);
    return value;
  };
  return of;
}

/** A validation rule rejecting operations whose fields nest deeper than `maxDepth` (fragments expanded). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    // The height of a selection set: how many levels of fields it holds, fragments included.
    const heightOf = (selectionSet: SelectionSetNode | undefined, fragmentHeight: (name: string) => number | undefined): number => {
      if (!selectionSet) return 0;
      let highest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue; // introspection is not limited
          highest = Math.max(highest, 1 + heightOf(selection.selectionSet, fragmentHeight));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          highest = Math.max(highest, heightOf(selection.selectionSet, fragmentHeight));
        } else {
          highest = Math.max(highest, fragmentHeight(selection.name.value) ?? 0);
        }
      }
      return highest;
    };
    const fragmentHeight = fragmentMemo<number>(context, (fragment, of) => heightOf(fragment.selectionSet, of), 0);
    return {
      OperationDefinition(operation) {
        const depth = heightOf(operation.selectionSet, fragmentHeight);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The ${operation.name ? `operation "${operation.name.value}"` : 'operation'} nests fields deeper than ${maxDepth} levels; split it into several queries (use node(id:) to continue from an object).`,
              { nodes: [operation], extensions: { code: 'QUERY_TOO_DEEP' } },
            ),
          );
        }
      },
    };
  };
}

export function useDepthLimit(maxDepth = MAX_QUERY_DEPTH): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      addValidationRule(depthLimitRule(maxDepth));
    },
  };
}

export interface QueryLimits {
  /** Deepest field nesting (introspection fields excepted). */
  maxDepth: number;
  /** Aliased fields in a document. */
  maxAliases: number;
  /** Directives in a document. */
  maxDirectives: number;
  /** Lexical tokens in a document (checked while parsing, so a huge query is not parsed). */
  maxTokens: number;
  /** Estimated cost of an operation (see `costLimitRule`). */
  maxCost: number;
  /** CPU-bound fields (`attribute`) in one operation, aliases and fragments included. */
  maxHeavyFields: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: MAX_QUERY_DEPTH,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 50_000,
  maxHeavyFields: 2,
};

/** Page sizes as the schema applies them (src/schema/builder.ts). */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
/** Plain lists (participants, spans...) are assumed this long when estimating cost. */
const LIST_FACTOR = 5;

function limitError(message: string, code: string, nodes?: readonly import('graphql').ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, http: { status: 400 } } });
}

/** Counts aliased fields and directives over the whole document. */
export function aliasAndDirectiveRule(maxAliases: number, maxDirectives: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let directives = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Directive() {
        directives++;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(limitError(`The document uses ${aliases} aliases; at most ${maxAliases} are allowed. Split it into several queries.`, 'TOO_MANY_ALIASES'));
          }
          if (directives > maxDirectives) {
            context.reportError(limitError(`The document uses ${directives} directives; at most ${maxDirectives} are allowed.`, 'TOO_MANY_DIRECTIVES'));
          }
        },
      },
    };
  };
}

/** The number of items a list field may return, as far as the document tells. */
function pageSize(field: FieldNode, fallback: number, max = MAX_PAGE): number {
  let size: number | null = null;
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last' && arg.name.value !== 'ids') continue;
    const v = arg.value;
    let n: number;
    if (v.kind === Kind.INT) n = Math.min(Math.max(Number(v.value), 0), max);
    else if (v.kind === Kind.LIST) n = Math.min(v.values.length, max);
    else if (v.kind === Kind.VARIABLE) n = max;
    else continue;
    size = Math.max(size ?? 0, Number.isFinite(n) ? n : max);
  }
  return size ?? fallback;
}

function isListOutput(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/**
 * What the schema says about a field's cost, in its extensions (src/schema/ sets them):
 * `cost` (default 1) for fields heavier than a column (an article's body, the engine), `maxListSize`
 * for a plain list capped by a `first:` argument, and `heavy` for CPU-bound fields that a document
 * may use only a few times (`maxHeavyFields`).
 */
export interface FieldCostExtensions {
  cost?: number;
  maxListSize?: number;
  heavy?: boolean;
}

interface Cost {
  cost: number;
  heavy: number;
}

/** A plain list's size: its `first:` (default from the schema, capped by maxListSize), else LIST_FACTOR. */
function listSize(selection: FieldNode, field: GraphQLField<unknown, unknown>): number {
  const first = field.args.find((a) => a.name === 'first');
  if (!first) return LIST_FACTOR;
  const max = (field.extensions as FieldCostExtensions | undefined)?.maxListSize ?? MAX_PAGE;
  const fallback = typeof first.defaultValue === 'number' ? Math.min(first.defaultValue, max) : max;
  return pageSize(selection, fallback, max);
}

/**
 * Estimates what an operation costs: each field its `cost` (1 unless the schema says more), and
 * what is selected under a connection or a list multiplied by its page size (`first`/`last`, 20
 * when absent, the most allowed when a variable) or, for plain lists without `first:`, by 5.
 * Rejects operations costing more than `maxCost`, or using more than `maxHeavyFields` CPU-bound
 * fields. Each fragment is costed once (memoized), so the work is linear in the document.
 * Introspection costs nothing.
 */
export function costLimitRule(maxCost: number, maxHeavyFields = DEFAULT_QUERY_LIMITS.maxHeavyFields) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const costOf = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined | null, fragmentCost: (name: string) => Cost | undefined): Cost => {
      const total: Cost = { cost: 0, heavy: 0 };
      if (!selectionSet || !parent) return total;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
          const field = parent.getFields()[name];
          if (!field) continue; // reported by graphql's own rules
          const named = getNamedType(field.type);
          const extensions = (field.extensions ?? {}) as FieldCostExtensions;
          const children = costOf(selection.selectionSet, named, fragmentCost);
          let factor = 1;
          if (named.name.endsWith('Connection')) factor = pageSize(selection, DEFAULT_PAGE);
          // edges/nodes of a connection: the connection's page size already counts their items.
          else if (isListOutput(field.type) && !parent.name.endsWith('Connection')) factor = listSize(selection, field);
          total.cost += (extensions.cost ?? 1) + factor * children.cost;
          total.heavy += (extensions.heavy ? 1 : 0) + factor * children.heavy;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          const inner = costOf(selection.selectionSet, type, fragmentCost);
          total.cost += inner.cost;
          total.heavy += inner.heavy;
        } else {
          const inner = fragmentCost(selection.name.value);
          if (!inner) continue;
          total.cost += inner.cost;
          total.heavy += inner.heavy;
        }
      }
      return total;
    };
    const fragmentCost = fragmentMemo<Cost>(
      context,
      (fragment, of) => costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), of),
      { cost: 0, heavy: 0 },
    );
    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const { cost, heavy } = costOf(operation.selectionSet, root, fragmentCost);
        const what = operation.name ? `operation "${operation.name.value}"` : 'operation';
        if (cost > maxCost) {
          context.reportError(
            limitError(
              `The ${what} is estimated to cost ${cost > maxCost * 10 ? `over ${maxCost * 10}` : cost}; the limit is ${maxCost}. Ask for smaller pages (first:) or fewer nested lists.`,
              'QUERY_TOO_COSTLY',
              [operation],
            ),
          );
        } else if (heavy > maxHeavyFields) {
          context.reportError(
            limitError(
              `The ${what} runs the attribution engine ${heavy} times; at most ${maxHeavyFields} are allowed per request. Send one text per request.`,
              'QUERY_TOO_COSTLY',
              [operation],
            ),
          );
        }
      },
    };
  };
}

/** Every shape limit at once: depth, aliases, directives, cost (validation) and tokens (parsing). */
export function useQueryLimits(limits: Partial<QueryLimits> = {}): Plugin {
  const l = { ...DEFAULT_QUERY_LIMITS, ...limits };
  return {
    onParse: ({ setParseFn }) => {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: l.maxTokens }) as DocumentNode;
        } catch (error) {
          if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(error.message)) {
            throw limitError(`The document has more than ${l.maxTokens} tokens; send a smaller query.`, 'QUERY_TOO_LARGE');
          }
          throw error;
        }
      });
    },
    onValidate: ({ addValidationRule }) => {
      addValidationRule(depthLimitRule(l.maxDepth));
      addValidationRule(aliasAndDirectiveRule(l.maxAliases, l.maxDirectives));
      addValidationRule(costLimitRule(l.maxCost, l.maxHeavyFields));
    },
  };
}
