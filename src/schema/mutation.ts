// `Mutation`: ingestArticle and deleteArticle. Both need an API key (scope `write`); both run the
// same code as `npm run ingest` (src/ingest), in one transaction each. Failures a client can act
// on are typed results (ValidationError, NotFoundError, UnauthorizedError); a duplicate article is
// not an error but `duplicate: true` on the payload.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { deleteArticle } from '../ingest/delete.js';
import { ingestArticle, type IngestResult } from '../ingest/ingest.js';
import { Article } from './article.js';
import { builder, decodeId } from './builder.js';
import { formatDay } from './date.js';
import { NotFoundError, UnauthorizedError, ValidationError } from './errors.js';
import type { IsnadContext } from './builder.js';

builder.mutationType({
  description: 'Writes: each needs an API key (header `Authorization: Bearer <key>`).',
});

export const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'An article to store: its text, and what is known about it.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article body, in Arabic (plain text, UTF-8).' }),
    title: t.string({ description: 'The headline.' }),
    outlet: t.string({ description: 'The newspaper, channel or agency that published it (its name, e.g. اليوم السابع).' }),
    url: t.string({ description: 'Where the article was published (http or https).' }),
    published: t.field({ type: 'Date', description: 'The day it was published: anchors relative dates ("yesterday", "on Tuesday").' }),
  }),
});

/** The input's shape, checked before the engine runs; ingest re-checks what it depends on. */
function inputSchema(maxBytes: number) {
  const optional = (max: number, what: string) =>
    z.string().trim().max(max, { message: `${what} is longer than ${max} characters; shorten it.` }).nullish();
  return z.object({
    text: z
      .string()
      .refine((v) => v.trim().length > 0, { message: "The text is empty: give the article's text." })
      .refine((v) => Buffer.byteLength(v, 'utf8') <= maxBytes, {
        message: `The text is larger than ${maxBytes} bytes (UTF-8), the limit of this server; split it.`,
      }),
    title: optional(1000, 'The title'),
    outlet: optional(200, 'The outlet name'),
    url: z
      .string()
      .trim()
      .max(2048, { message: 'The URL is longer than 2048 characters.' })
      .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), { message: 'The URL must be an absolute http(s) URL, e.g. https://example.com/news/1.' })
      .nullish(),
  });
}

/** Throws the first zod issue as a typed ValidationError naming `input.<field>`. */
function check<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  throw new ValidationError(path, issue.message);
}

interface IngestPayloadShape {
  result: IngestResult;
}

const IngestArticlePayload = builder.objectRef<IngestPayloadShape>('IngestArticlePayload').implement({
  description: 'The stored article; `duplicate` when the same text was stored before (nothing new was written).',
  fields: (t) => ({
    article: t.field({ type: Article, description: 'The article: new, or the one stored before with the same text.', resolve: (p) => p.result.article }),
    duplicate: t.boolean({ description: 'True when an article with exactly this text already existed.', resolve: (p) => !p.result.created }),
    statementCount: t.int({
      description: 'Statements the article has: found and stored now, or for a duplicate those stored with it before.',
      resolve: (p, _args, ctx) =>
        p.result.created ? p.result.counts.statements : ctx.prisma.statement.count({ where: { articleId: p.result.article.id } }),
    }),
    personCount: t.int({ description: 'Distinct persons found in the article (0 for a duplicate).', resolve: (p) => p.result.counts.persons }),
  }),
});

interface DeletePayloadShape {
  articleId: number;
  statements: number;
  persons: number;
  organizations: number;
  meetings: number;
}

const DeleteArticlePayload = builder.objectRef<DeletePayloadShape>('DeleteArticlePayload').implement({
  description: 'What was removed: the article, its statements, and the persons, organizations and meetings no other article supported.',
  fields: (t) => ({
    deletedId: t.id({ description: 'The global ID the article had.', resolve: (p) => encodeGlobalID('Article', p.articleId) }),
    statements: t.exposeInt('statements', { description: 'Statements removed with the article.' }),
    persons: t.exposeInt('persons', { description: 'Persons removed: only this article named them.' }),
    organizations: t.exposeInt('organizations', { description: 'Organizations removed: only this article named them.' }),
    meetings: t.exposeInt('meetings', { description: 'Meetings removed: only this article reported them.' }),
  }),
});

/**
 * After commit: one event carrying the article's new statements, in article order. The article is
 * stored whatever happens here: a failure to read or publish is logged, never the mutation's.
 */
async function publishStatements(ctx: IsnadContext, result: IngestResult): Promise<void> {
  if (!result.created || result.statementIds.length === 0) return;
  try {
    const rows = await ctx.prisma.statement.findMany({
      where: { id: { in: result.statementIds } },
      select: { id: true, articleId: true, speakerPersonId: true, speakerOrganizationId: true },
      orderBy: { position: 'asc' },
    });
    if (rows.length === 0) return;
    ctx.pubsub.publishStatements({
      articleId: rows[0].articleId,
      statements: rows.map((row) => ({ id: row.id, speakerPersonId: row.speakerPersonId, speakerOrganizationId: row.speakerOrganizationId })),
    });
  } catch (error) {
    ctx.reportError?.(error, 'Could not publish the statements of a stored article');
  }
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description:
      'Runs the attribution engine on an article and stores it with everything found, merged into the graph, in one transaction. ' +
      'Idempotent: the same text again returns the stored article with `duplicate: true`.',
    authScopes: { write: true },
    errors: { types: [ValidationError, UnauthorizedError], union: { name: 'IngestArticleResult' } },
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const valid = check(inputSchema(ctx.maxArticleBytes), input, 'input');
      const result = await ingestArticle(
        ctx.prisma,
        {
          text: valid.text,
          title: valid.title ?? null,
          outlet: valid.outlet ?? null,
          url: valid.url || null,
          published: input.published ? formatDay(input.published) : null,
        },
        { maxBytes: ctx.maxArticleBytes },
      ).catch((error: unknown) => {
        // ingest names its fields bare (text, url…): name them as the client sent them.
        if (error instanceof ValidationError && !error.field.startsWith('input')) throw new ValidationError(`input.${error.field}`, error.message);
        throw error;
      });
      if (result.created) ctx.markWritten?.();
      await publishStatements(ctx, result);
      return { result };
    },
  }),

  deleteArticle: t.field({
    type: DeleteArticlePayload,
    description: 'Removes an article, its statements, and the persons, organizations and meetings that only it supported, in one transaction.',
    authScopes: { write: true },
    errors: { types: [ValidationError, NotFoundError, UnauthorizedError], union: { name: 'DeleteArticleResult' } },
    args: { id: t.arg.id({ required: true, description: 'The global ID of the article.' }) },
    resolve: async (_root, { id }, ctx) => {
      const decoded = decodeId(String(id));
      if (!decoded || decoded.typename !== 'Article') {
        throw new ValidationError('id', `"${id}" is not the ID of an Article; use the \`id\` field of an Article.`);
      }
      try {
        const deleted = await deleteArticle(ctx.prisma, Number(decoded.id));
        ctx.markWritten?.();
        return deleted;
      } catch (error) {
        // the client knows the article by its global ID, not by our row number
        if (error instanceof NotFoundError) throw new NotFoundError(error.entity, error.id, String(id));
        throw error;
      }
    },
  }),
}));
