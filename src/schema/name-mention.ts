// `NameMention`: where an article names a person or an organization (the rows of `mention`), so a
// client can mark a speaker's name in the text without parsing it.

import type { Organization, Person } from '../db/generated/prisma/client.js';
import { builder } from './builder.js';
import { Span } from './span.js';
import { asSpeaker, Speaker } from './speaker.js';

export interface NameMentionShape {
  start: number;
  end: number;
  text: string;
  person: Person | null;
  organization: Organization | null;
}

export const NameMention = builder.objectRef<NameMentionShape>('NameMention').implement({
  description: 'Where an article names a person or an organization.',
  fields: (t) => ({
    span: t.field({ type: Span, description: 'Where the name is in the article body.', resolve: (m) => ({ start: m.start, end: m.end }) }),
    text: t.exposeString('text', { description: 'The name as written there.' }),
    entity: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who is named: a Person or an Organization.',
      resolve: (m) => asSpeaker(m.person, 'Person') ?? asSpeaker(m.organization, 'Organization'),
    }),
  }),
});
