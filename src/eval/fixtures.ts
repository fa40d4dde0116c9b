// Loading gold files from a directory (text inline, or named by `file` under ../articles/).
import fs from 'node:fs';
import path from 'node:path';
import type { GoldFile } from './score.js';

export function loadGoldDir(dir: string): GoldFile[] {
  const out: GoldFile[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    const text: string = gold.text ?? fs.readFileSync(path.join(dir, '..', 'articles', gold.file), 'utf8');
    out.push({ name, gold, text });
  }
  return out;
}

/** The text the engine sees: a leading BOM dropped (as the CLI does). */
export function engineText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
