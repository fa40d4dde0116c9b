// Shared by the relay/issuer tests: the engine's statements with entity names in place of ids.
import { attribute } from '../../src/attribution/index.js';

export function statements(text: string) {
  const r = attribute(text);
  const ents = new Map([...r.persons, ...r.organizations].map((e) => [e.id, e]));
  return r.statements.map((s) => ({
    cue: s.cue.text,
    content: s.content.text,
    speaker: s.speaker ? ents.get(s.speaker)!.name : null,
    via: s.via ? ents.get(s.via)!.name : null,
    valid: text.slice(s.content.start, s.content.end) === s.content.text && text.slice(s.cue.start, s.cue.end) === s.cue.text,
  }));
}
