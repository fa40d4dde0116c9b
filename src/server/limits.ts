// Guards against queries that would be expensive by shape alone: a maximum selection depth.
// (Page sizes are capped by the schema: 100 per connection.)

import {
  GraphQLError,
  Kind,
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
