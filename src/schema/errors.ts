// Typed errors (Pothos errors plugin): what a client can handle is part of the schema. Mutations
// return a union of their payload and these; every one implements `Error { message }`, so a client
// can ask `... on Error { message }` and add a fragment for the ones it treats specially.
// Anything else thrown by a resolver is unexpected: masked by Yoga and logged with an errorId.
import { NotFoundError, ValidationError } from '../ingest/errors.js';
import { builder, UnauthorizedError } from './builder.js';

export { NotFoundError, UnauthorizedError, ValidationError };

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Something the client can act on: every typed error of the schema implements it.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong and what to do about it, for a person.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'An argument is unusable as given (empty or oversized text, a bad date, a malformed ID…).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The argument or input field at fault, e.g. "input.text" or "id".' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'No object has the ID given.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'What was looked for, e.g. "article".' }),
  }),
});

builder.objectType(UnauthorizedError, {
  name: 'UnauthorizedError',
  description: 'The request needs an API key (header `Authorization: Bearer <key>`) and had none, or not a valid one.',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

/** Every typed error a write can end in. */
export const WRITE_ERRORS = [ValidationError, UnauthorizedError] as const;
