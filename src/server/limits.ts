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

/** A validation rule rejecting operations whose fields nest deeper than `maxDepth` (fragments expanded). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!selectionSet || depth > maxDepth) return depth;
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue; // introspection is not limited
          deepest = Math.max(deepest, selection.selectionSet ? depthOf(selection.selectionSet, depth + 1, seen) : depth + 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // cycles are reported by graphql's own rules
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set(seen).add(name)));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
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
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: MAX_QUERY_DEPTH,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 50_000,
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
function pageSize(field: FieldNode, fallback: number): number {
  let size: number | null = null;
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last' && arg.name.value !== 'ids') continue;
    const v = arg.value;
    let n: number;
    if (v.kind === Kind.INT) n = Math.min(Math.max(Number(v.value), 0), MAX_PAGE);
    else if (v.kind === Kind.LIST) n = Math.min(v.values.length, MAX_PAGE);
    else if (v.kind === Kind.VARIABLE) n = MAX_PAGE;
    else continue;
    size = Math.max(size ?? 0, Number.isFinite(n) ? n : MAX_PAGE);
  }
  return size ?? fallback;
}

function isListOutput(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/**
 * Estimates what an operation costs: 1 per field, and what is selected under a connection or a list
 * multiplied by its page size (`first`/`last`, 20 when absent, 100 when a variable) or, for plain
 * lists, by 5. Rejects operations costing more than `maxCost`. Introspection costs nothing.
 */
export function costLimitRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const costOf = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined, seen: Set<string>): number => {
      if (!selectionSet || !parent) return 0;
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (total > maxCost) return total;
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
          const field = parent.getFields()[name];
          if (!field) continue; // reported by graphql's own rules
          const named = getNamedType(field.type);
          const children = costOf(selection.selectionSet, named, seen);
          let factor = 1;
          if (named.name.endsWith('Connection')) factor = pageSize(selection, DEFAULT_PAGE);
          // edges/nodes of a connection: the connection's page size already counts their items.
          else if (isListOutput(field.type) && !parent.name.endsWith('Connection')) factor = pageSize(selection, LIST_FACTOR);
          total += 1 + factor * children;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          total += costOf(selection.selectionSet, type ?? undefined, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          total += costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, new Set(seen).add(name));
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const cost = costOf(operation.selectionSet, root ?? undefined, new Set());
        if (cost > maxCost) {
          context.reportError(
            limitError(
              `The ${operation.name ? `operation "${operation.name.value}"` : 'operation'} is estimated to cost ${cost > maxCost * 10 ? `over ${maxCost * 10}` : cost}; the limit is ${maxCost}. Ask for smaller pages (first:) or fewer nested lists.`,
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
      addValidationRule(costLimitRule(l.maxCost));
    },
  };
}
