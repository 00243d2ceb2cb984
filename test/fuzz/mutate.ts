// A small seeded mutation fuzzer: valid seed files are damaged in the ways real files get
// damaged (cut short, bytes flipped, a delimiter or quote too many, a huge number, odd unicode,
// a field repeated) so importers meet inputs no hand-written test thought of. Seeded, so a
// failure names an input that can be reproduced exactly.
import { seededRandom } from '../../src-main/domain/order.js';
import {
  ConflictError,
  InputError,
  NotFoundError,
  ValidationError,
} from '../../src-main/domain/errors.js';

const encoder = new TextEncoder();

/** Fragments that break parsers: delimiters, quotes, line ends, huge or odd numbers, unicode. */
const INSERTS = [
  ',',
  ';',
  '\t',
  '"',
  '""',
  "'",
  '\n',
  '\r\n',
  '\r',
  '\0',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '<',
  '>',
  '&amp;',
  '1e309',
  '-1',
  '9'.repeat(400),
  '18446744073709551617',
  'NaN',
  '-0',
  '0x1F',
  'null',
  'true',
  '\u{FEFF}',
  '\u{202E}',
  '\u{1F600}',
  '\u0301',
  '\uD800',
  'é',
  '__proto__',
  'constructor',
  '%n%s',
  '../',
];

export type Mutator = (input: Uint8Array, random: () => number) => Uint8Array;

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)]!;
const at = (length: number, random: () => number) => Math.floor(random() * (length + 1));

function splice(input: Uint8Array, start: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length - remove + insert.length);
  out.set(input.subarray(0, start), 0);
  out.set(insert, start);
  out.set(input.subarray(start + remove), start + insert.length);
  return out;
}

export const MUTATORS: Record<string, Mutator> = {
  truncate: (input, random) => input.slice(0, at(input.length, random)),
  flipByte: (input, random) => {
    if (input.length === 0) return input;
    const out = input.slice();
    const i = Math.floor(random() * out.length);
    out[i] = out[i]! ^ (1 << Math.floor(random() * 8));
    return out;
  },
  randomBytes: (input, random) => {
    if (input.length === 0) return input;
    const out = input.slice();
    const count = 1 + Math.floor(random() * 16);
    for (let k = 0; k < count; k++)
      out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  },
  insert: (input, random) =>
    splice(input, at(input.length, random), 0, encoder.encode(pick(INSERTS, random))),
  replaceSpan: (input, random) => {
    const start = at(input.length, random);
    const remove = Math.min(input.length - start, Math.floor(random() * 8));
    return splice(input, start, remove, encoder.encode(pick(INSERTS, random)));
  },
  deleteSpan: (input, random) => {
    const start = at(input.length, random);
    const remove = Math.min(input.length - start, 1 + Math.floor(random() * 64));
    return splice(input, start, remove, new Uint8Array());
  },
  /** Repeats a slice in place: a field, a line or a zip record twice. */
  duplicateSpan: (input, random) => {
    const start = at(input.length, random);
    const length = Math.min(input.length - start, 1 + Math.floor(random() * 80));
    return splice(input, start, 0, input.slice(start, start + length));
  },
  /** Duplicates a whole line: a repeated header, row or key. */
  duplicateLine: (input, random) => {
    const text = new TextDecoder().decode(input);
    const lines = text.split('\n');
    const i = Math.floor(random() * lines.length);
    lines.splice(i, 0, lines[i]!);
    return encoder.encode(lines.join('\n'));
  },
};

const MUTATOR_LIST = Object.values(MUTATORS);

/** `count` inputs derived from the seeds, 1-3 mutations each; the same list for the same seed. */
export function* mutants(
  seeds: readonly Uint8Array[],
  count: number,
  seed: number,
  mutators: readonly Mutator[] = MUTATOR_LIST,
): Generator<{ index: number; bytes: Uint8Array }> {
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) {
    let bytes = pick(seeds, random);
    const rounds = 1 + Math.floor(random() * 3);
    for (let r = 0; r < rounds; r++) bytes = pick(mutators, random)(bytes, random);
    yield { index, bytes };
  }
}

export const utf8 = (text: string) => encoder.encode(text);
export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The errors an importer may refuse input with: typed, and with a message a person can read. */
export function isCleanRefusal(error: unknown): boolean {
  const typed =
    error instanceof InputError ||
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    error instanceof NotFoundError;
  return typed && error.message.trim().length > 0;
}

/** Describes an unclean failure so the test output shows which input broke what. */
export function describeFailure(label: string, index: number, error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return `${label} #${index}: ${name}: ${message}`;
}

/** Per-input time limit: a parser slower than this on a small file is treated as a hang. */
export const PER_INPUT_MS = 2000;

/**
 * Runs one input through an importer; answers null when it imported or refused cleanly, else
 * what went wrong. Synchronous parsers cannot be interrupted, so a hang shows as an elapsed
 * time over the limit (and the suite's own timeout stops an endless loop); async ones race a
 * timer.
 */
export async function tryInput(
  label: string,
  index: number,
  run: () => unknown,
  limitMs = PER_INPUT_MS,
): Promise<string | null> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${limitMs} ms`)), limitMs);
    });
    await Promise.race([Promise.resolve().then(run), timeout]);
  } catch (error) {
    if (!isCleanRefusal(error)) return describeFailure(label, index, error);
  } finally {
    clearTimeout(timer);
  }
  const elapsed = performance.now() - started;
  return elapsed > limitMs ? `${label} #${index}: took ${Math.round(elapsed)} ms` : null;
}

const ODD_VALUES: readonly unknown[] = [
  null,
  '',
  ' ',
  -1,
  0,
  1.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  'x'.repeat(5000),
  '\u202Eevil',
  '<img src=x onerror=alert(1)>',
  [],
  {},
  true,
  '../../etc/passwd',
];

/**
 * A structure-aware mutation of a JSON document: one value somewhere in the tree is replaced by
 * an odd one, deleted, or (in an array) repeated, so the damage gets past JSON.parse and reaches
 * the schema and the domain rules behind it.
 */
export function mutateJson(value: unknown, random: () => number): unknown {
  const copy = structuredClone(value) as unknown;
  const containers: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        containers.push({ parent: node, key: i });
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        containers.push({ parent: node as Record<string, unknown>, key });
        walk(child);
      }
    }
  };
  walk(copy);
  if (containers.length === 0) return pick(ODD_VALUES, random);
  const { parent, key } = pick(containers, random);
  const action = random();
  if (Array.isArray(parent)) {
    const i = key as number;
    if (action < 0.3) parent.splice(i, 1);
    else if (action < 0.6) parent.splice(i, 0, structuredClone(parent[i]));
    else parent[i] = pick(ODD_VALUES, random);
  } else {
    const record = parent as Record<string, unknown>;
    if (action < 0.3) delete record[key as string];
    else record[key as string] = pick(ODD_VALUES, random);
  }
  return copy;
}

/** mutateJson as a byte mutator: inputs that no longer parse pass through unchanged. */
export const jsonMutator: Mutator = (input, random) => {
  let value: unknown;
  try {
    value = JSON.parse(text(input));
  } catch {
    return input;
  }
  return utf8(JSON.stringify(mutateJson(value, random)));
};

/** Byte damage plus (twice as likely) structure-aware damage, for JSON formats. */
export const JSON_MUTATORS: readonly Mutator[] = [...MUTATOR_LIST, jsonMutator, jsonMutator];
