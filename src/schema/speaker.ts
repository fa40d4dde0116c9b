// `Speaker`: who made a statement — a Person or an Organization.

import { builder } from './builder.js';
import { Organization } from './organization.js';
import { Person } from './person.js';

/** Which member each speaker object is, recorded by the resolver that loaded it. */
const speakerTypes = new WeakMap<object, 'Person' | 'Organization'>();

/** Marks a loaded row as a Person or Organization speaker and returns it. */
export function asSpeaker<T extends object>(row: T | null | undefined, typename: 'Person' | 'Organization'): T | null {
  if (!row) return null;
  speakerTypes.set(row, typename);
  return row;
}

export const Speaker = builder.unionType('Speaker', {
  description: 'Who made a statement: a person, or an organization speaking as such (a ministry, an agency).',
  types: () => [Person, Organization],
  resolveType: (speaker) =>
    // Rows not loaded through `asSpeaker` are told apart by shape: only organizations have `kind`.
    speakerTypes.get(speaker) ?? ('kind' in speaker && !('role' in speaker) ? 'Organization' : 'Person'),
});
