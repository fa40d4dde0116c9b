// Meetings, calls, visits, talks and summits reported in one article. Pure, no I/O, linear-ish
// in the text length (every window is bounded). Matching runs on folded text (normalize.ts);
// every span points into the original text.
//
// Pipeline: find trigger words → for each, participants (named persons/organisations from the
// context near it, role and dual references resolved inside the article), status cues, the
// nearest time expression of the clause, a place → merge mentions of the same event.
//
// Files, in the order of the pipeline (each imports only those above it):
//   vocabulary.ts    the lexicon compiled into patterns and word tries
//   article.ts       Article, Trigger, MentionInfo; positions in the folded text
//   scan.ts          the one pass over the folded text; trigger words; windows for places and cues
//   name-search.ts   literal search for known names and role phrases
//   entities.ts      participants (1): the article's persons and organisations found again
//   mentions.ts      mentions of events: one per trigger, from the stages below
//   participants.ts  participants (2): right chain, dual references, left subject, event key
//   status.ts        held / planned / proposed / speculated
//   dates-places.ts  the date and the place of a mention
//   merge.ts         neighbouring triggers, mentions of one event merged, the output
import type { AttributedMeeting } from '../types.js';
import { reportInternalError } from '../errors.js';
import { foldAndScan } from '../letter-runs.js';
import { MEDIA, type MeetingContext } from './vocabulary.js';
import { Article } from './article.js';
import { findTriggers, scanFolded } from './scan.js';
import { collectEntities } from './entities.js';
import { collectTimes, triggerMentions } from './mentions.js';
import { linkNeighbours, meetingsOf, mergeMentions } from './merge.js';

export type { MeetingContext } from './vocabulary.js';

// ---------------------------------------------------------------- main
// ---------------------------------------------------------------- main
// One article's analysis is split into top-level functions over one Article object (not closures
// of a single huge function): each compiles quickly and sees objects of one shape, so the
// optimizing compiler neither takes seconds per compile nor throws the code away on a new shape.

export function findMeetings(text: string, context: MeetingContext): AttributedMeeting[] {
  try {
    return findMeetingsUnsafe(text, context);
  } catch (error) {
    reportInternalError('meetings', error);
    return [];
  }
}


function findMeetingsUnsafe(text: string, context: MeetingContext): AttributedMeeting[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const persons = Array.isArray(context?.persons) ? context.persons : [];
  const orgs = Array.isArray(context?.organizations) ? context.organizations : [];
  const published = context?.published;
  // participants only ever come from these entities (mentions, names, roles): without any, no
  // meeting can be reported, so the work below is skipped
  if (!persons.some((p) => p && typeof p.id === 'string') && !orgs.some((o) => o && typeof o.id === 'string' && !MEDIA.has(o.kind))) return [];
  const { folded, map, runs, hasSurrogates } = foldAndScan(text);
  const scan = scanFolded(folded, runs);
  const trig = findTriggers(folded, scan);
  if (trig.length === 0) return []; // no mention, no meeting

  const a = new Article(text, folded, map, scan, trig, hasSurrogates);
  collectEntities(a, persons, orgs);
  // no mention and no role to resolve a dual reference with: every mention would have no participant
  if (a.ents.length === 0 && a.roleOf.size === 0) return [];
  collectTimes(a, published);
  const mentions = triggerMentions(a, published);
  linkNeighbours(a, mentions);
  return meetingsOf(a, mergeMentions(mentions));
}
