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

/** Data that breaks a domain rule; the message names the field. */
export class ValidationError extends Error {
  override name = 'ValidationError';
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
