// `Organization`: a news agency, ministry, channel, party... as a speaker, a relay (via), an outlet,
// or a meeting participant.

import { builder, registerNodeType } from './builder.js';
import { ArticleConnection, articleOrder } from './article.js';
import { statementOrder, StatementConnection } from './statement.js';

export const OrganizationKind = builder.enumType('OrganizationKind', {
  description: 'What sort of organization it is.',
  values: {
    news_agency: { description: 'A news agency (SANA, RIA Novosti, Reuters...).' },
    ministry: { description: 'A ministry (وزارة الخارجية...).' },
    government: { description: 'A government, presidency or state body.' },
    tv: { description: 'A television channel.' },
    newspaper: { description: 'A newspaper or news site.' },
    party: { description: 'A political party or movement.' },
    other: { description: 'Anything else.' },
  } as const,
});

registerNodeType('Organization');

export const Organization = builder.prismaNode('Organization', {
  description: 'An organization named in the articles: a speaker, a relay of statements (via), an outlet, or a meeting participant.',
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name as first written in an article (Arabic).' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'The English name, when known.' }),
    kind: t.expose('kind', { type: OrganizationKind }),
    aliases: t.field({
      type: ['String'],
      description: 'Every surface form under which the organization appeared, as written.',
      select: { aliases: { select: { text: true }, orderBy: { id: 'asc' } } },
      resolve: (organization) => organization.aliases.map((alias) => alias.text),
    }),
  }),
});

export const OrganizationConnection = builder.connectionObject({
  type: Organization,
  name: 'OrganizationConnection',
  description: 'A page of organizations.',
});

builder.prismaObjectFields('Organization', (t) => ({
  statements: t.relatedConnection(
    'statements',
    {
      description: 'What the organization itself said (it is the speaker), newest article first.',
      cursor: 'id',
      totalCount: true,
      query: () => ({ orderBy: statementOrder }),
    },
    StatementConnection,
  ),
  relayedStatements: t.relatedConnection(
    'relayed',
    {
      description: 'Statements of others that the organization relayed (it is their `via`), newest article first.',
      cursor: 'id',
      totalCount: true,
      query: () => ({ orderBy: statementOrder }),
    },
    StatementConnection,
  ),
  articles: t.relatedConnection(
    'outletOf',
    {
      description: 'Articles the organization published as their outlet, newest first.',
      cursor: 'id',
      totalCount: true,
      query: () => ({ orderBy: articleOrder }),
    },
    ArticleConnection,
  ),
}));
