/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation IngestArticle($input: IngestArticleInput!) {\n  ingestArticle(input: $input) {\n    __typename\n    ... on IngestArticlePayload {\n      duplicate\n      statementCount\n      article {\n        id\n        title\n      }\n    }\n    ... on ValidationError {\n      field\n    }\n    ... on Error {\n      message\n    }\n  }\n}\n\nmutation DeleteArticle($id: ID!) {\n  deleteArticle(id: $id) {\n    __typename\n    ... on DeleteArticlePayload {\n      deletedId\n      statements\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.IngestArticleDocument,
    "query SearchPersons($search: String!) {\n  persons(search: $search, first: 5) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}\n\nquery StatementsBySpeaker($name: String!, $first: Int) {\n  statements(filter: {speakerName: $name}, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        content\n        kind\n        speaker {\n          __typename\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n        }\n        article {\n          title\n          publishedAt\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Search($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      rank\n      node {\n        __typename\n        ... on Statement {\n          id\n          content\n        }\n        ... on Article {\n          id\n          title\n        }\n      }\n    }\n  }\n}\n\nquery Attribute($text: String!, $published: Date) {\n  attribute(text: $text, published: $published) {\n    statements {\n      speaker\n      cue\n      content\n      kind\n      contentSpan {\n        start\n        end\n      }\n    }\n  }\n}": typeof types.SearchPersonsDocument,
};
const documents: Documents = {
    "mutation IngestArticle($input: IngestArticleInput!) {\n  ingestArticle(input: $input) {\n    __typename\n    ... on IngestArticlePayload {\n      duplicate\n      statementCount\n      article {\n        id\n        title\n      }\n    }\n    ... on ValidationError {\n      field\n    }\n    ... on Error {\n      message\n    }\n  }\n}\n\nmutation DeleteArticle($id: ID!) {\n  deleteArticle(id: $id) {\n    __typename\n    ... on DeleteArticlePayload {\n      deletedId\n      statements\n    }\n    ... on Error {\n      message\n    }\n  }\n}": types.IngestArticleDocument,
    "query SearchPersons($search: String!) {\n  persons(search: $search, first: 5) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}\n\nquery StatementsBySpeaker($name: String!, $first: Int) {\n  statements(filter: {speakerName: $name}, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        content\n        kind\n        speaker {\n          __typename\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n        }\n        article {\n          title\n          publishedAt\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Search($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      rank\n      node {\n        __typename\n        ... on Statement {\n          id\n          content\n        }\n        ... on Article {\n          id\n          title\n        }\n      }\n    }\n  }\n}\n\nquery Attribute($text: String!, $published: Date) {\n  attribute(text: $text, published: $published) {\n    statements {\n      speaker\n      cue\n      content\n      kind\n      contentSpan {\n        start\n        end\n      }\n    }\n  }\n}": types.SearchPersonsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestArticle($input: IngestArticleInput!) {\n  ingestArticle(input: $input) {\n    __typename\n    ... on IngestArticlePayload {\n      duplicate\n      statementCount\n      article {\n        id\n        title\n      }\n    }\n    ... on ValidationError {\n      field\n    }\n    ... on Error {\n      message\n    }\n  }\n}\n\nmutation DeleteArticle($id: ID!) {\n  deleteArticle(id: $id) {\n    __typename\n    ... on DeleteArticlePayload {\n      deletedId\n      statements\n    }\n    ... on Error {\n      message\n    }\n  }\n}"): (typeof documents)["mutation IngestArticle($input: IngestArticleInput!) {\n  ingestArticle(input: $input) {\n    __typename\n    ... on IngestArticlePayload {\n      duplicate\n      statementCount\n      article {\n        id\n        title\n      }\n    }\n    ... on ValidationError {\n      field\n    }\n    ... on Error {\n      message\n    }\n  }\n}\n\nmutation DeleteArticle($id: ID!) {\n  deleteArticle(id: $id) {\n    __typename\n    ... on DeleteArticlePayload {\n      deletedId\n      statements\n    }\n    ... on Error {\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPersons($search: String!) {\n  persons(search: $search, first: 5) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}\n\nquery StatementsBySpeaker($name: String!, $first: Int) {\n  statements(filter: {speakerName: $name}, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        content\n        kind\n        speaker {\n          __typename\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n        }\n        article {\n          title\n          publishedAt\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Search($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      rank\n      node {\n        __typename\n        ... on Statement {\n          id\n          content\n        }\n        ... on Article {\n          id\n          title\n        }\n      }\n    }\n  }\n}\n\nquery Attribute($text: String!, $published: Date) {\n  attribute(text: $text, published: $published) {\n    statements {\n      speaker\n      cue\n      content\n      kind\n      contentSpan {\n        start\n        end\n      }\n    }\n  }\n}"): (typeof documents)["query SearchPersons($search: String!) {\n  persons(search: $search, first: 5) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}\n\nquery StatementsBySpeaker($name: String!, $first: Int) {\n  statements(filter: {speakerName: $name}, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        content\n        kind\n        speaker {\n          __typename\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n        }\n        article {\n          title\n          publishedAt\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Search($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      rank\n      node {\n        __typename\n        ... on Statement {\n          id\n          content\n        }\n        ... on Article {\n          id\n          title\n        }\n      }\n    }\n  }\n}\n\nquery Attribute($text: String!, $published: Date) {\n  attribute(text: $text, published: $published) {\n    statements {\n      speaker\n      cue\n      content\n      kind\n      contentSpan {\n        start\n        end\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;