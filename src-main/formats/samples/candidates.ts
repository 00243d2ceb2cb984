// Names the roster did not cover: people named in the text as found by compromise's NLP, and
// initials left standing beside a redacted name ("[name] P"). These are only suggestions; the
// facilitator reviews them, and only confirmed ones are redacted.
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

// A capital standing alone right after or before a mark, on the same line or the next (the
// redaction's own "beside a name" rule). Such a candidate is named "P." (letter and period): a
// confirmed single-letter entry is removed by redactNames only beside another name of the list,
// never every "P" of the text.
const MARK = REDACTION_MARK.replace(/[[\]]/g, '\\$&');
const BESIDE = '(?:[^\\S\\r\\n]*\\r?\\n[^\\S\\r\\n]*|[^\\S\\r\\n]+)';
const LONE_CAPITAL = '(\\p{Lu})\\p{M}*(\\.?)';
const INITIAL_AFTER_MARK = new RegExp(`${MARK}${BESIDE}${LONE_CAPITAL}(?![\\p{L}\\p{M}])`, 'gud');
const INITIAL_BEFORE_MARK = new RegExp(`(?<![\\p{L}\\p{M}])${LONE_CAPITAL}${BESIDE}${MARK}`, 'gud');
// "[name] I think", "[name] A lot": the pronoun and the article, not initials.
const ONE_LETTER_WORDS = new Set(['I', 'A']);

/** A short snippet around text[start, end), so the reviewer sees how it is used. */
function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return (
    (from > 0 ? '…' : '') +
    text.slice(from, to).replace(/\s+/g, ' ').trim() +
    (to < text.length ? '…' : '')
  );
}

interface LoneInitial {
  letter: string;
  /** Where the letter stands. */
  at: number;
  /** The whole "[name] P." it was found in. */
  start: number;
  end: number;
}

function loneInitials(text: string): LoneInitial[] {
  const found: LoneInitial[] = [];
  const add = (m: RegExpExecArray) =>
    found.push({
      letter: m[1]!,
      at: m.indices![1]![0],
      start: m.index,
      end: m.index + m[0].length,
    });
  for (const m of text.matchAll(INITIAL_AFTER_MARK)) {
    const undotted = m[2] === '';
    const wordFollows = /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length));
    if (undotted && ONE_LETTER_WORDS.has(m[1]!) && wordFollows) continue;
    add(m);
  }
  for (const m of text.matchAll(INITIAL_BEFORE_MARK)) add(m);
  return found.sort((a, b) => a.at - b.at);
}

/** Lone initials beside a redaction mark, each letter once, named "P.". */
function initialCandidates(text: string): NameCandidate[] {
  const byName = new Map<string, { first: LoneInitial; places: Set<number> }>();
  for (const initial of loneInitials(text)) {
    const name = `${initial.letter}.`;
    const entry = byName.get(name) ?? { first: initial, places: new Set<number>() };
    // "[name] P [name]" finds one P twice: after one mark and before the next.
    entry.places.add(initial.at);
    byName.set(name, entry);
  }
  return [...byName].map(([name, { first, places }]) => ({
    name,
    occurrences: places.size,
    context: contextOf(text, first.start, first.end),
  }));
}

/** A found name as the candidate is written: no possessive or contraction, accents, case. */
const comparable = (found: string) =>
  found
    .replace(/['’ʼ]\p{L}{1,2}$/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');

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
    // Only whole-name occurrences count, not each part or initial form on its own.
    const whole = comparable(name);
    const matches = findNames(text, [name]).filter(
      (m) => comparable(text.slice(m.start, m.end)) === whole,
    );
    if (matches.length === 0) continue;
    const first = matches[0]!;
    seen.set(key, {
      name,
      occurrences: matches.length,
      context: contextOf(text, first.start, first.end),
    });
  }
  for (const initial of initialCandidates(text)) {
    const key = initial.name.toLowerCase();
    if (!excluded.has(key) && !seen.has(key)) seen.set(key, initial);
  }
  return [...seen.values()].sort(
    (a, b) => b.occurrences - a.occurrences || a.name.localeCompare(b.name),
  );
}
