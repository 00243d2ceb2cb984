// Shared by the JSON formats: reading JSON text with the line of a syntax error, and turning a
// zod issue into an InputError whose field is the JSON path (`criteria[2].levels[0].score`).
import type { z } from 'zod';
import { excerpt, InputError, messageOf } from '../../domain/errors.js';

const BOM = '\uFEFF';

/** Parses JSON; a syntax error names the line and column, since JSON.parse gives only an offset. */
export function parseJsonText(text: string, file: string): unknown {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return JSON.parse(src) as unknown;
  } catch (error) {
    const message = messageOf(error);
    const at = /\s+in JSON at position (\d+)/.exec(message);
    const ended = /Unexpected end of JSON input/.test(message);
    const offset = at ? Number(at[1]) : ended ? src.length : undefined;
    // V8 quotes a little of the text around the error; that is the file's text too.
    const why = excerpt(
      (at ? message.slice(0, at.index) : message).replace(/\s*\(line \d+ column \d+\)$/, ''),
      160,
    );
    if (offset === undefined) throw new InputError(`not valid JSON: ${why}`, { file });
    const before = src.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw new InputError(`not valid JSON: ${why} (column ${column})`, { file, line });
  }
}

/** `['criteria', 2, 'levels', 0]` -> `criteria[2].levels[0]`, with a prefix for wrapped objects. */
export function jsonPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The value at a path, to tell a missing field from one of the wrong type. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${excerpt(JSON.stringify(value))}`;
  return `${typeof value} ${String(value)}`;
}

export interface IssueContext {
  file: string;
  /** The value the schema was applied to, to describe what was found at the issue's path. */
  input: unknown;
  /** JSON path of the object the schema was applied to, when it is nested in the document. */
  prefix?: string;
  /** Said after "unknown field", e.g. "(not part of the Concord rubric format)". */
  unknownFieldHint?: string;
}

/** The first zod issue as an InputError; the field is the full JSON path. */
export function issueError(issue: z.core.$ZodIssue, context: IssueContext): InputError {
  const { file, input, prefix = '' } = context;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const hint = context.unknownFieldHint ? ` ${context.unknownFieldHint}` : '';
    return new InputError(`unknown field${hint}`, {
      file,
      field: jsonPath([...issue.path, key], prefix),
    });
  }
  const field = jsonPath(issue.path, prefix) || undefined;
  if (issue.code === 'invalid_type') {
    const found = valueAt(input, issue.path);
    const expected = issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
    const message =
      found === undefined
        ? `missing (${expected} is needed)`
        : `${expected} is needed, not ${kindOf(found)}`;
    return new InputError(message, { file, field });
  }
  return new InputError(issue.message, { file, field });
}
