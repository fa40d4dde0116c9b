// `Speaker`: who made a statement — a Person or an Organization.

import { builder } from './builder.js';
import { Organization } from './organization.js';
import { Person } from './person.js';

export const Speaker = builder.unionType('Speaker', {
  description: 'Who made a statement: a person, or an organization speaking as such (a ministry, an agency).',
  types: () => [Person, Organization],
  // Both are loaded with all their columns; only an Organization has `kind`, only a Person `role`.
  resolveType: (speaker) => ('kind' in speaker && !('role' in speaker) ? 'Organization' : 'Person'),
});
