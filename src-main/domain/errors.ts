// Failures every layer can name; the api maps each to one transport status.

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The request is well-formed but conflicts with what is stored (a frozen rubric, a locked score). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** The caller is known but may not do this. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/**
 * One thing wrong with an input, and where: the keys and list indexes leading to the field from
 * the top of the input (`['criteria', 0, 'descriptors', '3']`), empty for the input as a whole.
 * Screens tie the message to the field through the path, so nothing has to read it out of text.
 */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/** A path as the api has always written it: `criteria[0].descriptors.3`, `rule.minExact`. */
export function pathText(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`))
    .join('');
}

/** A problem as one line of text, `"field: message"`, or the message alone for the whole input. */
export function problemText(problem: Problem): string {
  return problem.path.length === 0
    ? problem.message
    : `${pathText(problem.path)}: ${problem.message}`;
}

/**
 * Data that breaks a domain rule. It carries its problems (each naming its field by path), and
 * its message is their text joined by "; ", which the CLI and logs show. A plain string is a
 * problem with the input as a whole; it is also how one comes back from a worker thread.
 */
export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly problems: Problem[];

  constructor(problems: readonly Problem[] | string) {
    const list: Problem[] =
      typeof problems === 'string'
        ? [{ path: [], message: problems }]
        : problems.map((p) => ({ path: [...p.path], message: p.message }));
    super(list.map(problemText).join('; '));
    this.problems = list;
  }

  /** One problem with the field at `path`: `ValidationError.at(['score'], 'is not a level')`. */
  static at(path: readonly (string | number)[], message: string): ValidationError {
    return new ValidationError([{ path: [...path], message }]);
  }
}

/**
 * Characters a terminal or a text view acts on instead of showing: C0 controls (ESC starts the
 * sequences that clear a screen or retitle a window), DEL, C1 controls (0x9b is a one-byte CSI),
 * the bidi embeddings, overrides, isolates and marks that reorder what a reader sees, and the
 * Unicode line and paragraph separators.
 */
function unsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** A character as a visible escape: `\xNN` up to 0xff, `\u{NNNN}` above. */
function visible(code: number): string {
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u{${code.toString(16).padStart(4, '0')}}`;
}

/**
 * A piece of someone's file, safe to quote in a message: every character `unsafe` names written
 * as a visible `\xNN` or `\u{NNNN}` escape, and the text cut to at most `max` characters (escapes
 * count at their written length, and are never split) plus `…` when anything was cut. Only the
 * part that is kept is looked at, so a 100 MB field costs no more than a short one. Escaping an
 * excerpt again changes nothing, so a message may pass through here twice.
 */
export function excerpt(text: string, max = 60): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const shown = unsafe(code) ? visible(code) : char;
    if (out.length + shown.length > max) return `${out}…`;
    out += shown;
  }
  return out;
}

/** Longest file name and field an InputError quotes, and longest message it carries. */
const FILE_MAX = 200;
const FIELD_MAX = 120;
const MESSAGE_MAX = 2000;

export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}

/** Bad data in an input file: the message says what, and where (file, line, field). */
export class InputError extends Error {
  override name = 'InputError';

  constructor(
    message: string,
    readonly where: InputLocation = {},
  ) {
    super(InputError.describe(message, where));
  }

  /** File and field can come from the file itself (a header, a JSON key), so both are excerpts. */
  static describe(message: string, where: InputLocation): string {
    const place = [
      where.file !== undefined ? excerpt(where.file, FILE_MAX) : undefined,
      where.line !== undefined ? `line ${where.line}` : undefined,
      where.field !== undefined ? `field "${excerpt(where.field, FIELD_MAX)}"` : undefined,
    ]
      .filter((part) => part !== undefined)
      .join(', ');
    return excerpt(place ? `${place}: ${message}` : message, MESSAGE_MAX);
  }
}

/** Any thrown value's message, for logs and plain-text refusals (an Error's message, else its text). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
