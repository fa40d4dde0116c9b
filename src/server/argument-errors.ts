// Pothos' relay plugin refuses a negative page size or a cursor it did not make with a plain
// GraphQLError (no code, the cursor echoed whole). Clients get BAD_USER_INPUT with the argument's
// name instead, and never their own megabyte back.
import { GraphQLError } from 'graphql';

const PAGE_SIZE = /^Argument "(first|last)" must be a non-negative integer/;
const CURSOR = /^Invalid cursor: /;

/** The client-facing error for a pagination argument Pothos refused, or null for any other error. */
export function paginationArgumentError(error: unknown): GraphQLError | null {
  if (!(error instanceof GraphQLError) || error.extensions?.code) return null;
  const size = PAGE_SIZE.exec(error.message);
  if (size) return withCode(error, `${size[1]} must be a whole number from 0 up; a page size cannot be negative.`, size[1]);
  if (CURSOR.test(error.message)) {
    return withCode(error, 'after/before: not a cursor this API gave out (take one from edges.cursor or pageInfo.endCursor/startCursor).', 'after/before');
  }
  return null;
}

function withCode(error: GraphQLError, message: string, argument: string): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}
