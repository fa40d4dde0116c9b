// Errors a caller of the ingest can handle: the GraphQL layer maps them to typed errors, the CLI
// prints their message. Anything else thrown by ingest is unexpected (a bug or the database).

/** Base class of every error the ingest throws on purpose. */
export class IngestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The input is unusable as given; `field` names the input field, `message` says what to change. */
export class ValidationError extends IngestError {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** The text is larger than the configured limit. */
export class TextTooLargeError extends ValidationError {
  readonly limit: number;
  readonly size: number;
  constructor(size: number, limit: number) {
    super('text', `The text is ${size} bytes long; the limit is ${limit} bytes. Split it or raise the limit.`);
    this.limit = limit;
    this.size = size;
  }
}

/** The attribution engine produced something the database cannot hold (a span that does not match the text, a dangling id). */
export class EngineOutputError extends IngestError {
  constructor(message: string) {
    super(`The attribution engine's output is inconsistent: ${message}`);
  }
}

/** No such record (e.g. deleting an article that does not exist). */
export class NotFoundError extends IngestError {
  readonly entity: string;
  readonly id: number;
  /** `shownId`: the ID as the client knows it (a global ID); the internal number otherwise. */
  constructor(entity: string, id: number, shownId?: string) {
    super(`There is no ${entity} with id ${shownId ?? id}.`);
    this.entity = entity;
    this.id = id;
  }
}
