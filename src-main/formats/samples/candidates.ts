// Names the roster did not cover: people named in the text as found by compromise's NLP. These
// are only suggestions; the facilitator reviews them, and only confirmed ones are redacted.
import nlp from 'compromise';
import { findNames, REDACTION_MARK } from '../../domain/redact.js';

export interface NameCandidate {
  name: string;
  occurrences: number;
  /** A short snippet around the first occurrence, so the reviewer sees how it is used. */
  context: string;
}

// Words NLP tags as people that are roles, titles or everyday words in student work.
const NOT_NAMES = new Set([
  'mom',
  'dad',
  'mum',
  'mother',
  'father',
  'grandma',
  'grandpa',
  'teacher',
  'sir',
  'miss',
  'mr',
  'mrs',
  'ms',
  'dr',
  'god',
  'i',
  'me',
  'you',
  'he',
  'she',
  'they',
  'we',
  'name',
  'student',
  'students',
  'period',
  'grade',
  'class',
  'sincerely',
  'dear',
  'the end',
]);

const TITLE = /^(mr|mrs|ms|miss|dr|prof)\.?\s+/i;

/** Possible names in text (with roster names already redacted), most frequent first. */
export function findNameCandidates(text: string, exclude: readonly string[] = []): NameCandidate[] {
  const people = nlp(text).people().out('array') as string[];
  const excluded = new Set(exclude.map((n) => n.toLowerCase()));
  const seen = new Map<string, NameCandidate>();
  for (const raw of people) {
    const name = raw
      .replace(/[.,;:!?"“”()]+$/g, '')
      .replace(/^["“(]+/, '')
      .replace(/['’]s$/i, '')
      .replace(TITLE, '')
      .trim();
    if (name.length < 2 || name.includes(REDACTION_MARK) || name.includes('[')) continue;
    if (!/^\p{Lu}/u.test(name)) continue; // names are written with a capital
    const key = name.toLowerCase();
    if (NOT_NAMES.has(key) || excluded.has(key) || seen.has(key)) continue;
    const matches = findNames(text, [name]).filter((m) => {
      // Only whole-name occurrences count, not each part on its own.
      const found = text.slice(m.start, m.end).replace(/['’]s$/i, '');
      return found.toLowerCase().replace(/\s+/g, ' ') === key;
    });
    if (matches.length === 0) continue;
    const first = matches[0]!;
    const from = Math.max(0, first.start - 40);
    const to = Math.min(text.length, first.end + 40);
    const context =
      (from > 0 ? '…' : '') +
      text.slice(from, to).replace(/\s+/g, ' ').trim() +
      (to < text.length ? '…' : '');
    seen.set(key, { name, occurrences: matches.length, context });
  }
  return [...seen.values()].sort(
    (a, b) => b.occurrences - a.occurrences || a.name.localeCompare(b.name),
  );
}
