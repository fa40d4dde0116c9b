// Placeholder until the meetings module lands: finds no meetings.
import type { AttributedMeeting, AttributedOrganization, AttributedPerson } from './types.js';

export interface MeetingContext {
  persons: AttributedPerson[];
  organizations: AttributedOrganization[];
  published?: string;
}

export function findMeetings(_text: string, _context: MeetingContext): AttributedMeeting[] {
  return [];
}
