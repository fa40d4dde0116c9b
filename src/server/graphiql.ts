// What GraphiQL opens with: the attribution query users come for.

export const DEFAULT_GRAPHIQL_QUERY = `# Isnad: who said what, in which article, relayed by whom.
# Press ▶ to run. Every object has a global \`id\`; fetch it again with node(id: ...).

query WhoSaidWhat {
  statements(first: 10) {
    totalCount
    edges {
      node {
        id
        speaker {
          __typename
          ... on Person { id name nameEn role }
          ... on Organization { id name kind }
        }
        cue
        content
        kind
        via { name }
        audience
        article { title publishedAt outlet { name } }
        meetings { kind status date place participants { name } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# Narrow it down with a filter, e.g.:
#   statements(first: 10, filter: { kind: direct, from: "2017-05-01", to: "2017-05-31" })
# and page with after: <endCursor>.
`;
