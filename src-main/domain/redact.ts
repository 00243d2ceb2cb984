// Roster redaction of plain text: every name on the owner's explicit list goes, in every form a
// student or teacher writes it.
//
// The rules, in the order they decide a match:
// - A name matches whatever the case ("MAYA", "maya") and whatever the accents ("José" = "Jose" =
//   "Jose\u0301", in both directions): names and text are compared with their accents folded
//   away (see foldText), and each match is mapped back, so offsets are exact UTF-16 offsets into
//   the text as given (docx runs and PDF glyphs rely on it).
// - Hyphens and apostrophes inside a name are optional and may be any of their look-alikes
//   ("Anne-Marie", "Anne Marie", "O'Brien", "O’Brien", "OBrien", "O Brien"); a line break may
//   fall between the parts of a name, or inside a lower-case word hyphenated at a line end
//   ("Oka-\nfor").
// - The full name, first + last (middle names left out), "Last, First", each part alone (and each
//   half of a hyphenated part), and initials written next to a part: "Maya O.", "Maya O",
//   "Okafor, M.", "M. Okafor", "M.Okafor", "Maya J. Okafor" (any middle initial).
// - An initial needs a capital letter unless it carries a period and stands next to a written
//   part ("maya o." goes, but in "gave maya a book" the article stays). Initials on their own
//   ("M. O.", "M.O.") need capitals and the first period, because lower-case pairs are everyday
//   abbreviations ("a.m."). Capital pairs can still collide with one ("A.M." for Ava Martinez):
//   for a student with those initials the abbreviation is redacted too; privacy comes first.
// - A lone letter never matches by itself ("O Canada", the pronoun "I"): only next to a name.
//   Likewise a single-letter entry in the list ("P" or "P.", a reviewer's confirmed initial) is
//   redacted only where it stands beside another name of the list, before or after it, with at
//   most one line break between.
// - A match never starts or ends inside a word ("Mayapple" stays), and takes a possessive or a
//   contraction with it ("Maya's", "Maya'll").

export const REDACTION_MARK = '[name]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Letters that carry their accent in the glyph itself, so NFD does not split them. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
};

/** One character without its accents, case kept ("É" -> "E"); '' for a combining mark. */
function foldChar(ch: string): string {
  if (ch < '\u00C0') return ch === '\u00AD' ? '' : ch;
  const mapped = UNDECOMPOSED[ch];
  if (mapped) return mapped;
  const stripped = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (stripped === '') return '';
  // Only a letter plus accents folds; anything NFD splits into several letters stays itself.
  return [...stripped].length === 1 ? stripped : ch;
}

interface FoldedText {
  text: string;
  /** For each UTF-16 unit of the folded text: where its character starts in the original. */
  starts: number[];
  /** ... and where it ends, including the accents and soft hyphens folded away after it. */
  ends: number[];
}

// A word hyphenated at the end of a line ("Oka-\nfor"): the hyphen and break go when a
// lower-case letter stands on both sides. A capital after it may start the second half of a
// double surname ("Okafor-\nSmith"), which must stay a word boundary.
const LINE_HYPHEN = /^-\r?\n\p{Ll}/u;

/** The text with accents, soft hyphens and end-of-line hyphenation folded away. */
function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  while (at < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(at)!);
    const from = at;
    at += ch.length;
    if (ch === '-' && /\p{Ll}$/u.test(folded.slice(-2))) {
      const broken = LINE_HYPHEN.exec(text.slice(from, from + 4));
      if (broken) {
        at = from + broken[0].length - 1;
        continue;
      }
    }
    const plain = foldChar(ch);
    if (plain === '') {
      if (ends.length > 0) ends[ends.length - 1] = at;
      continue;
    }
    folded += plain;
    for (let i = 0; i < plain.length; i++) {
      starts.push(from);
      ends.push(at);
    }
  }
  return { text: folded, starts, ends };
}

// An import looks for each roster name in turn in the same text: fold it once.
let lastFolded: { source: string; folded: FoldedText } | undefined;

function foldedOnce(text: string): FoldedText {
  if (lastFolded?.source !== text) lastFolded = { source: text, folded: foldText(text) };
  return lastFolded.folded;
}

const foldName = (name: string) => [...name].map(foldChar).join('');

const HYPHEN = '(?:\\s*[-\\u2010\\u2011\\u2012\\u2013]\\s*|\\s+)?';
// "O'Brien" is also written "O’Brien", "OBrien" and "O Brien".
const APOSTROPHE = "(?:['\\u2018\\u2019\\u02BC`]|\\s)?";
const SPACE = '\\s+';
// Beside a name: spaces on one line, or a single line break (a paragraph break ends the name).
const BESIDE = '(?:[^\\S\\r\\n]*\\r?\\n[^\\S\\r\\n]*|[^\\S\\r\\n]+)';
// A possessive or a contraction ("Maya's", "Maya'd").
const ENDING = "(?:['\\u2019\\u02BC](?:[sSdD]|[lL]{2}|[rR][eE]|[vV][eE]))?";
// The match ends a word: not inside "Mayapple", nor "Maya O" of "Maya O'Neil".
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}]|['\\u2019\\u02BC]\\p{L})";
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';

const HYPHENS = /[-\u2010\u2011\u2012\u2013]/;
const APOSTROPHES = /['\u2018\u2019\u02BC`]/;

/** One folded letter in both cases, or as a capital only. */
function letterClass(ch: string, capitalsOnly = false): string {
  const single = (s: string) => (s.length === ch.length ? [s] : []);
  const upper = single(ch.toUpperCase());
  const forms = capitalsOnly ? upper : [...upper, ...single(ch.toLowerCase()), ch];
  const unique = [...new Set(forms.length > 0 ? forms : [ch])];
  return unique.length === 1 ? escapeRegExp(unique[0]!) : `[${unique.join('')}]`;
}

/** One written part of a name ("Okafor", "Anne-Marie", "O'Brien") as a pattern. */
function partSource(part: string): string {
  let source = '';
  for (const ch of part) {
    if (/\p{L}/u.test(ch)) source += letterClass(ch);
    else if (HYPHENS.test(ch)) source += HYPHEN;
    else if (APOSTROPHES.test(ch)) source += APOSTROPHE;
    else source += escapeRegExp(ch);
  }
  return source;
}

const firstLetter = (part: string) => [...part].find((c) => /\p{L}/u.test(c))!;

/** "O." in either case, or a capital "O" standing as a word of its own. */
function initialSource(letter: string): string {
  return `(?:${letterClass(letter)}\\.|${letterClass(letter, true)})`;
}

const capitalDotted = (letter: string) => `${letterClass(letter, true)}\\.`;

interface Form {
  source: string;
  /** Length of the written form it stands for: at one place in the text, longer forms win. */
  size: number;
}

const letterCount = (part: string) => [...part].filter((c) => /\p{L}/u.test(c)).length;

/** Every pattern one (folded) roster name is written as. */
function formsOf(fullName: string): Form[] {
  const parts = fullName
    .trim()
    .split(/\s+/)
    .filter((p) => letterCount(p) > 1);
  if (parts.length === 0) return [];
  const forms: Form[] = [];
  const add = (source: string, written: string) => forms.push({ source, size: written.length });
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const F = partSource(first);
  const L = partSource(last);
  if (parts.length > 1) {
    const fi = firstLetter(first);
    const li = firstLetter(last);
    add(parts.map(partSource).join(SPACE), parts.join(' '));
    add(`${F}${SPACE}(?:[A-Za-z]\\.|[A-Z])${SPACE}${L}`, `${first} X. ${last}`);
    if (parts.length > 2) add(`${F}${SPACE}${L}`, `${first} ${last}`);
    add(`${L},\\s*${F}`, `${last}, ${first}`);
    add(`${L}(?:,\\s*${letterClass(fi)}\\.|${SPACE}${initialSource(fi)})`, `${last}, X.`);
    add(`${F}${SPACE}${initialSource(li)}`, `${first} X.`);
    add(`(?:${letterClass(fi)}\\.\\s*|${letterClass(fi, true)}${SPACE})${L}`, `X. ${last}`);
    add(`${capitalDotted(fi)}\\s*(?:${capitalDotted(li)}|${letterClass(li, true)})`, 'X.X.');
  }
  for (const part of parts) {
    add(partSource(part), part);
    const halves = part.split(HYPHENS).filter((h) => letterCount(h) > 1);
    if (halves.length > 1) for (const half of halves) add(partSource(half), half);
  }
  return forms;
}

const SINGLE_INITIAL = /^\p{L}\.?$/u;

/** Confirmed lone initials ("P."), allowed only before or after another name of the list. */
function besideSources(initials: readonly string[]): { before: string; after: string } {
  if (initials.length === 0) return { before: '', after: '' };
  const letters = [...new Set(initials.map((i) => [...i][0]!))];
  const dotted = letters.map((l) => `${letterClass(l)}\\.`).join('|');
  const bare = letters.map((l) => letterClass(l, true)).join('|');
  return {
    before: `(?:(?:${dotted})${BESIDE}?|(?:${bare})${BESIDE})?`,
    after: `(?:${BESIDE}(?:${dotted}|${bare}))?`,
  };
}

function buildSource(fullNames: readonly string[]): string | null {
  const entries = fullNames.map((n) => foldName(n).trim()).filter((n) => n.length > 0);
  const initials = entries.filter((n) => SINGLE_INITIAL.test(n));
  const forms = new Map<string, number>();
  for (const name of entries) {
    if (SINGLE_INITIAL.test(name)) continue;
    for (const form of formsOf(name)) {
      forms.set(form.source, Math.max(forms.get(form.source) ?? 0, form.size));
    }
  }
  if (forms.size === 0) return null;
  // Alternatives are tried in order, so the longest written form wins at any one place
  // ("Maya Okafor" becomes one mark, not two).
  const ordered = [...forms].sort((a, b) => b[1] - a[1]).map(([source]) => source);
  const beside = besideSources(initials);
  return (
    `${NOT_LETTER_BEFORE}${beside.before}(?:${ordered.join('|')})` +
    `${beside.after}${ENDING}${NOT_LETTER_AFTER}`
  );
}

// PDF redaction asks for the same names once per text item, and a long roster makes a large
// pattern that takes a while to compile: each list's pattern is compiled once and reused.
const patternCache = new Map<string, RegExp | null>();
const CACHE_SIZE = 128;

function cachedPattern(fullNames: readonly string[]): RegExp | null {
  const key = fullNames.join('\u0000');
  let pattern = patternCache.get(key);
  if (pattern === undefined) {
    const source = buildSource(fullNames);
    pattern = source === null ? null : new RegExp(source, 'gu');
    if (patternCache.size >= CACHE_SIZE) patternCache.delete(patternCache.keys().next().value!);
    patternCache.set(key, pattern);
  }
  if (pattern) pattern.lastIndex = 0;
  return pattern;
}

/**
 * Every written form of the names as one whole-word pattern (flags "gu"), or null if none. It
 * expects text with its accents folded away: findNames and redactNames do that and map back.
 */
export function namePattern(fullNames: readonly string[]): RegExp | null {
  const pattern = cachedPattern(fullNames);
  // A copy: the caller may move its lastIndex without disturbing the shared one.
  return pattern ? new RegExp(pattern) : null;
}

export interface NameMatch {
  start: number;
  end: number;
}

/** Where the names occur in text (UTF-16 offsets, end exclusive), in order, never overlapping. */
export function findNames(text: string, fullNames: readonly string[]): NameMatch[] {
  const pattern = cachedPattern(fullNames);
  if (!pattern) return [];
  const folded = foldedOnce(text);
  const matches: NameMatch[] = [];
  // exec on the shared pattern (matchAll would copy, and so recompile, it every call).
  for (let m = pattern.exec(folded.text); m; m = pattern.exec(folded.text)) {
    const last = m.index + m[0].length - 1;
    matches.push({ start: folded.starts[m.index]!, end: folded.ends[last]! });
  }
  return matches;
}

/**
 * Replaces every written form of the names (see the rules at the top) with the mark, longest
 * forms first so "Maya Okafor" becomes one mark, not two.
 */
export function redactNames(text: string, fullNames: readonly string[]): string {
  let out = '';
  let from = 0;
  for (const match of findNames(text, fullNames)) {
    out += text.slice(from, match.start) + REDACTION_MARK;
    from = match.end;
  }
  return out + text.slice(from);
}
