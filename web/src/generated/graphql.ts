/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An article to store: its text, and what is known about it. */
export type IngestArticleInput = {
  /** The newspaper, channel or agency that published it (its name, e.g. اليوم السابع). */
  outlet?: string | null | undefined;
  /** The day it was published: anchors relative dates ("yesterday", "on Tuesday"). */
  published?: string | null | undefined;
  /** The article body, in Arabic (plain text, UTF-8). */
  text: string;
  /** The headline. */
  title?: string | null | undefined;
  /** Where the article was published (http or https). */
  url?: string | null | undefined;
};

/** What sort of encounter it is. */
export type MeetingKind =
  /** A meeting (لقاء، اجتماع). */
  | 'meeting'
  /** A phone call (اتصال هاتفي، محادثة هاتفية). */
  | 'phone_call'
  /** A summit (قمة). */
  | 'summit'
  /** Talks (محادثات، مباحثات). */
  | 'talks'
  /** A visit (زيارة). */
  | 'visit';

/** Whether it happened, as the articles tell it. */
export type MeetingStatus =
  /** It took place. */
  | 'held'
  /** It is scheduled (من المقرر، سيلتقي). */
  | 'planned'
  /** Someone proposed or called for it. */
  | 'proposed'
  /** It is expected or rumoured (توقع، يجب أن). */
  | 'speculated';

/** What sort of organization it is. */
export type OrganizationKind =
  /** A government, presidency or state body. */
  | 'government'
  /** A ministry (وزارة الخارجية...). */
  | 'ministry'
  /** A news agency (SANA, RIA Novosti, Reuters...). */
  | 'news_agency'
  /** A newspaper or news site. */
  | 'newspaper'
  /** Anything else. */
  | 'other'
  /** A political party or movement. */
  | 'party'
  /** A television channel. */
  | 'tv';

/** Narrows a list of statements; every field given must hold. */
export type StatementFilter = {
  /** Only statements in this article (an Article ID). */
  article?: string | null | undefined;
  /** Only statements in articles published on or after this day. */
  from?: string | null | undefined;
  /** Only direct or only indirect statements. */
  kind?: StatementKind | null | undefined;
  /** Only statements about this meeting (a Meeting ID). */
  meeting?: string | null | undefined;
  /** Only statements in articles published by this outlet (an Organization ID). */
  outlet?: string | null | undefined;
  /** Only statements by this speaker: the ID of a Person or an Organization. */
  speaker?: string | null | undefined;
  /** Only statements by a speaker with this name, in any spelling (diacritics, variants, part of the name, the Latin name: ظريف, Zarif). */
  speakerName?: string | null | undefined;
  /** Only statements whose content matches these words (full text, any inflection); allows orderBy: RELEVANCE. */
  text?: string | null | undefined;
  /** Only statements in articles published on or before this day. */
  to?: string | null | undefined;
  /** Only statements relayed through this organization (an Organization ID). */
  via?: string | null | undefined;
};

/** How the statement is reported. */
export type StatementKind =
  /** Quoted in the speaker's words (usually between quotation marks). */
  | 'direct'
  /** Reported speech: paraphrased, e.g. after "قال إن" or "أكد أن". */
  | 'indirect';

/** The order of a list of statements. */
export type StatementOrder =
  /** Oldest article first (undated last), then in the order of the text. */
  | 'PUBLISHED_ASC'
  /** Newest article first (undated last), then in the order of the text. The default. */
  | 'PUBLISHED_DESC'
  /** Best match of filter.text first; needs filter.text. */
  | 'RELEVANCE';

type SpeakerRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind };

type SpeakerRef_Person_Fragment = { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null };

export type SpeakerRefFragment =
  | SpeakerRef_Organization_Fragment
  | SpeakerRef_Person_Fragment
;

export type ArticleStatementFragment = { id: string, position: number, cue: string, content: string, kind: StatementKind, anaphoric: boolean, audience: string | null, contentSpan: { start: number, end: number }, cueSpan: { start: number, end: number }, audienceSpan: { start: number, end: number } | null, speaker:
    | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
    | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
   | null, via: { id: string, name: string } | null, meetings: Array<{ id: string, kind: MeetingKind, status: MeetingStatus, date: string | null, participants: Array<{ id: string, name: string }> }> };

export type StatementCardFragment = { id: string, cue: string, content: string, kind: StatementKind, audience: string | null, speaker:
    | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
    | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
   | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } };

export type MeetingInfoFragment = { id: string, kind: MeetingKind, status: MeetingStatus, date: string | null, endDate: string | null, dateText: string | null, place: string | null, participants: Array<{ id: string, name: string }>, participantOrganizations: Array<{ id: string, name: string }> };

export type ArticlesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ArticlesQuery = { articles: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null, statements: { totalCount: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ArticlePageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type ArticlePageQuery = { node:
    | { __typename: 'Article', id: string, title: string | null, body: string, publishedAt: string | null, url: string | null, outlet: { id: string, name: string } | null, mentions: Array<{ span: { start: number, end: number }, entity:
          | { __typename: 'Organization', id: string }
          | { __typename: 'Person', id: string }
         | null }>, statements: { totalCount: number, edges: Array<{ node: { id: string, position: number, cue: string, content: string, kind: StatementKind, anaphoric: boolean, audience: string | null, contentSpan: { start: number, end: number }, cueSpan: { start: number, end: number }, audienceSpan: { start: number, end: number } | null, speaker:
              | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
              | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
             | null, via: { id: string, name: string } | null, meetings: Array<{ id: string, kind: MeetingKind, status: MeetingStatus, date: string | null, participants: Array<{ id: string, name: string }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Statement' }
   | null };

export type SpeakerPageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type SpeakerPageQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind, aliases: Array<string>, statements: { totalCount: number, edges: Array<{ node: { id: string, cue: string, content: string, kind: StatementKind, audience: string | null, corroborations: Array<{ id: string, cue: string, content: string, kind: StatementKind, audience: string | null, speaker:
                | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
                | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
               | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } }>, meetings: Array<{ id: string, kind: MeetingKind, status: MeetingStatus, date: string | null, endDate: string | null, dateText: string | null, place: string | null, participants: Array<{ id: string, name: string }>, participantOrganizations: Array<{ id: string, name: string }> }>, speaker:
              | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
              | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
             | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null, aliases: Array<string>, meetings: Array<{ id: string, kind: MeetingKind, status: MeetingStatus, date: string | null, endDate: string | null, dateText: string | null, place: string | null, participants: Array<{ id: string, name: string }>, participantOrganizations: Array<{ id: string, name: string }> }>, statements: { totalCount: number, edges: Array<{ node: { id: string, cue: string, content: string, kind: StatementKind, audience: string | null, corroborations: Array<{ id: string, cue: string, content: string, kind: StatementKind, audience: string | null, speaker:
                | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
                | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
               | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } }>, meetings: Array<{ id: string, kind: MeetingKind, status: MeetingStatus, date: string | null, endDate: string | null, dateText: string | null, place: string | null, participants: Array<{ id: string, name: string }>, participantOrganizations: Array<{ id: string, name: string }> }>, speaker:
              | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
              | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
             | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Statement' }
   | null };

export type SearchTextQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchTextQuery = { search: { totalCount: number, totalCountIsExact: boolean, edges: Array<{ cursor: string, snippet: string, node:
        | { __typename: 'Article', id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null }
        | { __typename: 'Statement', id: string, cue: string, content: string, kind: StatementKind, audience: string | null, speaker:
            | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
            | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
           | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FilteredStatementsQueryVariables = Exact<{
  filter: StatementFilter;
  first: number;
  after?: string | null | undefined;
  orderBy?: StatementOrder | null | undefined;
}>;


export type FilteredStatementsQuery = { statements: { totalCount: number, edges: Array<{ node: { id: string, cue: string, content: string, kind: StatementKind, audience: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
          | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
         | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchSpeakersQueryVariables = Exact<{
  search: string;
}>;


export type SearchSpeakersQuery = { persons: { edges: Array<{ node: { id: string, name: string, nameEn: string | null, role: string | null, aliases: Array<string> } }> } };

export type OutletsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutletsQuery = { organizations: { edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, articles: { totalCount: number } } }> } };

export type DryRunQueryVariables = Exact<{
  text: string;
  published?: string | null | undefined;
}>;


export type DryRunQuery = { attribute: { persons: Array<{ localId: string, name: string, role: string | null, mentions: Array<{ start: number, end: number }> }>, organizations: Array<{ localId: string, name: string, mentions: Array<{ start: number, end: number }> }>, statements: Array<{ speaker: string | null, speakerId: string | null, cue: string, content: string, kind: StatementKind, anaphoric: boolean, audience: string | null, via: string | null, contentSpan: { start: number, end: number }, cueSpan: { start: number, end: number }, audienceSpan: { start: number, end: number } | null }> } };

export type IngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestMutation = { ingestArticle:
    | { __typename: 'IngestArticlePayload', duplicate: boolean, statementCount: number, article: { id: string } }
    | { __typename: 'UnauthorizedError', message: string }
    | { __typename: 'ValidationError', field: string, message: string }
   };

export type StatementAddedSubscriptionVariables = Exact<{
  speaker?: string | null | undefined;
}>;


export type StatementAddedSubscription = { statementAdded: { id: string, cue: string, content: string, kind: StatementKind, audience: string | null, speaker:
      | { __typename: 'Organization', id: string, name: string, nameEn: string | null, kind: OrganizationKind }
      | { __typename: 'Person', id: string, name: string, nameEn: string | null, role: string | null }
     | null, via: { id: string, name: string } | null, article: { id: string, title: string | null, publishedAt: string | null, outlet: { id: string, name: string } | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SpeakerRefFragmentDoc = new TypedDocumentString(`
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}
    `, {"fragmentName":"SpeakerRef"}) as unknown as TypedDocumentString<SpeakerRefFragment, unknown>;
export const ArticleStatementFragmentDoc = new TypedDocumentString(`
    fragment ArticleStatement on Statement {
  id
  position
  cue
  content
  kind
  anaphoric
  audience
  contentSpan {
    start
    end
  }
  cueSpan {
    start
    end
  }
  audienceSpan {
    start
    end
  }
  speaker {
    ...SpeakerRef
  }
  via {
    id
    name
  }
  meetings(first: 5) {
    id
    kind
    status
    date
    participants(first: 10) {
      id
      name
    }
  }
}
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}`, {"fragmentName":"ArticleStatement"}) as unknown as TypedDocumentString<ArticleStatementFragment, unknown>;
export const StatementCardFragmentDoc = new TypedDocumentString(`
    fragment StatementCard on Statement {
  id
  cue
  content
  kind
  audience
  speaker {
    ...SpeakerRef
  }
  via {
    id
    name
  }
  article {
    id
    title
    publishedAt
    outlet {
      id
      name
    }
  }
}
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}`, {"fragmentName":"StatementCard"}) as unknown as TypedDocumentString<StatementCardFragment, unknown>;
export const MeetingInfoFragmentDoc = new TypedDocumentString(`
    fragment MeetingInfo on Meeting {
  id
  kind
  status
  date
  endDate
  dateText
  place
  participants {
    id
    name
  }
  participantOrganizations {
    id
    name
  }
}
    `, {"fragmentName":"MeetingInfo"}) as unknown as TypedDocumentString<MeetingInfoFragment, unknown>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($first: Int!, $after: String) {
  articles(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        title
        publishedAt
        outlet {
          id
          name
        }
        statements(first: 1) {
          totalCount
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const ArticlePageDocument = new TypedDocumentString(`
    query ArticlePage($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on Article {
      id
      title
      body
      publishedAt
      url
      outlet {
        id
        name
      }
      mentions {
        span {
          start
          end
        }
        entity {
          __typename
          ... on Person {
            id
          }
          ... on Organization {
            id
          }
        }
      }
      statements(first: 100, after: $after) {
        totalCount
        edges {
          node {
            ...ArticleStatement
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}
fragment ArticleStatement on Statement {
  id
  position
  cue
  content
  kind
  anaphoric
  audience
  contentSpan {
    start
    end
  }
  cueSpan {
    start
    end
  }
  audienceSpan {
    start
    end
  }
  speaker {
    ...SpeakerRef
  }
  via {
    id
    name
  }
  meetings(first: 5) {
    id
    kind
    status
    date
    participants(first: 10) {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ArticlePageQuery, ArticlePageQueryVariables>;
export const SpeakerPageDocument = new TypedDocumentString(`
    query SpeakerPage($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on Person {
      id
      name
      nameEn
      role
      aliases
      meetings {
        ...MeetingInfo
      }
      statements(first: 10, after: $after) {
        totalCount
        edges {
          node {
            ...StatementCard
            corroborations {
              ...StatementCard
            }
            meetings {
              ...MeetingInfo
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    ... on Organization {
      id
      name
      nameEn
      kind
      aliases
      statements(first: 10, after: $after) {
        totalCount
        edges {
          node {
            ...StatementCard
            corroborations {
              ...StatementCard
            }
            meetings {
              ...MeetingInfo
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}
fragment StatementCard on Statement {
  id
  cue
  content
  kind
  audience
  speaker {
    ...SpeakerRef
  }
  via {
    id
    name
  }
  article {
    id
    title
    publishedAt
    outlet {
      id
      name
    }
  }
}
fragment MeetingInfo on Meeting {
  id
  kind
  status
  date
  endDate
  dateText
  place
  participants {
    id
    name
  }
  participantOrganizations {
    id
    name
  }
}`) as unknown as TypedDocumentString<SpeakerPageQuery, SpeakerPageQueryVariables>;
export const SearchTextDocument = new TypedDocumentString(`
    query SearchText($query: String!, $first: Int!, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    edges {
      cursor
      snippet
      node {
        __typename
        ... on Statement {
          ...StatementCard
        }
        ... on Article {
          id
          title
          publishedAt
          outlet {
            id
            name
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}
fragment StatementCard on Statement {
  id
  cue
  content
  kind
  audience
  speaker {
    ...SpeakerRef
  }
  via {
    id
    name
  }
  article {
    id
    title
    publishedAt
    outlet {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SearchTextQuery, SearchTextQueryVariables>;
export const FilteredStatementsDocument = new TypedDocumentString(`
    query FilteredStatements($filter: StatementFilter!, $first: Int!, $after: String, $orderBy: StatementOrder) {
  statements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        ...StatementCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}
fragment StatementCard on Statement {
  id
  cue
  content
  kind
  audience
  speaker {
    ...SpeakerRef
  }
  via {
    id
    name
  }
  article {
    id
    title
    publishedAt
    outlet {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<FilteredStatementsQuery, FilteredStatementsQueryVariables>;
export const SearchSpeakersDocument = new TypedDocumentString(`
    query SearchSpeakers($search: String!) {
  persons(search: $search, first: 8) {
    edges {
      node {
        id
        name
        nameEn
        role
        aliases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchSpeakersQuery, SearchSpeakersQueryVariables>;
export const OutletsDocument = new TypedDocumentString(`
    query Outlets {
  organizations(first: 100) {
    edges {
      node {
        id
        name
        kind
        articles(first: 1) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutletsQuery, OutletsQueryVariables>;
export const DryRunDocument = new TypedDocumentString(`
    query DryRun($text: String!, $published: Date) {
  attribute(text: $text, published: $published) {
    persons {
      localId
      name
      role
      mentions {
        start
        end
      }
    }
    organizations {
      localId
      name
      mentions {
        start
        end
      }
    }
    statements {
      speaker
      speakerId
      cue
      content
      kind
      anaphoric
      audience
      via
      contentSpan {
        start
        end
      }
      cueSpan {
        start
        end
      }
      audienceSpan {
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DryRunQuery, DryRunQueryVariables>;
export const IngestDocument = new TypedDocumentString(`
    mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticlePayload {
      duplicate
      statementCount
      article {
        id
      }
    }
    ... on ValidationError {
      field
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IngestMutation, IngestMutationVariables>;
export const StatementAddedDocument = new TypedDocumentString(`
    subscription StatementAdded($speaker: ID) {
  statementAdded(speaker: $speaker) {
    ...StatementCard
  }
}
    fragment SpeakerRef on Speaker {
  __typename
  ... on Person {
    id
    name
    nameEn
    role
  }
  ... on Organization {
    id
    name
    nameEn
    kind
  }
}
fragment StatementCard on Statement {
  id
  cue
  content
  kind
  audience
  speaker {
    ...SpeakerRef
  }
  via {
    id
    name
  }
  article {
    id
    title
    publishedAt
    outlet {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<StatementAddedSubscription, StatementAddedSubscriptionVariables>;