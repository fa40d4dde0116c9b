// `Person`: someone named in the articles, merged across articles (one Person, every spelling an
// alias).

import { builder, LIST_DEFAULT_SIZE, LIST_MAX_SIZE, listFieldExtensions, listSize, registerNodeType } from './builder.js';
import { Meeting } from './meeting.js';
import { statementOrder, StatementConnection } from './statement.js';

registerNodeType('Person');

export const Person = builder.prismaNode('Person', {
  description: 'A person named in the articles. Spellings seen in different articles are one Person with several aliases.',
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name as first written in an article (Arabic).' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'The name in Latin letters, when known.' }),
    role: t.exposeString('role', { nullable: true, description: 'The role given in the articles (e.g. وزير الخارجية الروسي).' }),
    aliases: t.field({
      type: ['String'],
      description: 'Every surface form under which the person appeared, as written.',
      select: { aliases: { select: { text: true }, orderBy: { id: 'asc' } } },
      resolve: (person) => person.aliases.map((alias) => alias.text),
    }),
  }),
});

export const PersonConnection = builder.connectionObject({
  type: Person,
  name: 'PersonConnection',
  description: 'A page of persons.',
});

builder.prismaObjectFields('Person', (t) => ({
  statements: t.relatedConnection(
    'statements',
    {
      description: 'What the person said, newest article first, then in article order.',
      cursor: 'id',
      totalCount: true,
      query: () => ({ orderBy: statementOrder }),
    },
    StatementConnection,
  ),
  meetings: t.field({
    type: [Meeting],
    description: 'Meetings, calls, summits, visits and talks the person takes part in, latest first.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      participations: {
        orderBy: [{ meeting: { date: { sort: 'desc', nulls: 'last' } } }, { meetingId: 'desc' }],
        take: listSize(args.first),
        select: { meeting: nestedSelection(true) },
      },
    }),
    resolve: (person) => person.participations.map((participation) => participation.meeting),
  }),
}));
