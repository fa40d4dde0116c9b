// The Isnad GraphQL schema: imports every type, then builds.

import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder, withSyncNodeIds } from './builder.js';
import './date.js';
import './span.js';
import './organization.js';
import './person.js';
import './speaker.js';
import './statement.js';
import './statement-filter.js';
import './name-mention.js';
import './article.js';
import './meeting.js';
import './meeting-filter.js';
import './query.js';
import './errors.js';
import './search.js';
import './attribution.js';
import './mutation.js';
import './subscription.js';

export type { IsnadContext } from './builder.js';

export const schema: GraphQLSchema = withSyncNodeIds(builder.toSchema());

/** The schema with types and fields in alphabetical order, as printed to schema.graphql. */
export const sortedSchema: GraphQLSchema = lexicographicSortSchema(schema);
