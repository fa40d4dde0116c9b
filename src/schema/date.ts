// `Date`: a calendar day, written YYYY-MM-DD. Publication dates and meeting dates are days, not
// instants, so the API never shows a time or a time zone for them.

import { GraphQLError, Kind } from 'graphql';
import { MAX_YEAR, MIN_YEAR } from '../ingest/validate.js';
import { builder } from './builder.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD into a Date at 00:00 UTC; throws a message a person can act on otherwise. */
export function parseDay(value: unknown): Date {
  if (typeof value !== 'string') {
    throw new GraphQLError(`Date must be a string in the form YYYY-MM-DD, e.g. "2017-05-10"; got ${JSON.stringify(value)}.`);
  }
  const match = DAY.exec(value);
  if (!match) {
    throw new GraphQLError(`"${value}" is not a date in the form YYYY-MM-DD, e.g. "2017-05-10".`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // PostgreSQL has no year 0, and ingest moves dates by days (see MIN_YEAR).
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new GraphQLError(`"${value}" is outside the dates Isnad stores: years ${MIN_YEAR} to ${MAX_YEAR}.`);
  }
  if (month < 1 || month > 12) {
    throw new GraphQLError(`"${value}" is not a real calendar date: there is no month ${match[2]}.`);
  }
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  if (day < 1 || day > daysInMonth) {
    const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    throw new GraphQLError(`"${value}" is not a real calendar date: ${monthName} ${match[1]} has ${daysInMonth} days.`);
  }
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years below 100 into the 1900s
  return date;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Formats a Date (a day stored at 00:00 UTC) as YYYY-MM-DD. */
export function formatDay(value: Date | string): string {
  if (typeof value === 'string') return parseDay(value.slice(0, 10)).toISOString().slice(0, 10);
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new GraphQLError('Date value is not a valid date.');
  return value.toISOString().slice(0, 10);
}

export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar day in ISO 8601 form, YYYY-MM-DD (e.g. "2017-05-10"). Invalid days such as 2017-02-30 are rejected.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => formatDay(value),
  parseValue: (value) => parseDay(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string in the form YYYY-MM-DD, e.g. "2017-05-10".', { nodes: ast });
    }
    return parseDay(ast.value);
  },
});
