// Reading a zip someone else made (a session package, a Word document) without trusting it.
// The central directory is read and checked against limits before a single byte is inflated:
// entry count, names, declared sizes, compression ratio, total size. Then only the entries a
// caller asks for are inflated, each in small steps and stopped the moment it produces more than
// its directory declared, so a lying entry costs no more memory than an honest one. Refusals are
// InputErrors saying why in plain words ("refused: it expands to more than 200 MB"). Nothing here
// touches the disk, so a hostile entry name can never be written anywhere; such names are still
// refused, so that a zip is either clean or rejected.
import { Inflate } from 'fflate';
import { InputError, messageOf } from '../domain/errors.js';

export interface ZipLimits {
  /** Sum of declared uncompressed sizes. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxEntries: number;
  /** Refuse entries above this uncompressed/compressed ratio (once larger than ratioFloorBytes). */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** What a refusal calls the file ("package", "Word document") and where it is. */
export interface ZipSubject {
  /** Shown before every message; may be absent when the caller names the file itself. */
  file?: string;
  noun: string;
}

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  size: number;
  compression: number;
}

interface CentralEntry extends ZipEntryInfo {
  flags: number;
  /** Where the entry's compressed bytes start. */
  dataOffset: number;
}

/** A zip whose directory passed every check; entries are inflated one at a time, on request. */
export interface SafeZip {
  /** Every entry, folders included, in directory order. */
  readonly entries: readonly ZipEntryInfo[];
  has(name: string): boolean;
  /** The entry's bytes, inflated within its declared size; an InputError if it is not there. */
  read(name: string): Uint8Array;
}

const MB = 1024 * 1024;
/** A stored (uncompressed) zip is barely larger than what it holds. */
const CONTAINER_SLACK_BYTES = 16 * MB;
/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1032 times, so a step
 * of a 1024th of what the entry may still produce overshoots its declared size by at most about
 * 1 MB, however the stream lies; honest entries still inflate in steps of up to 64 KB.
 */
const MIN_INFLATE_STEP = 1024;
const MAX_INFLATE_STEP = 64 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;

const megabytes = (bytes: number): string => String(Math.round(bytes / MB));

/**
 * Why a name is unsafe, or null. Only plain relative paths of simple segments are accepted:
 * no absolute paths, drive letters, backslashes, `.`/`..` segments, empty segments or control
 * characters (zip-slip).
 */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'an empty name';
  if (name.length > 255) return 'a name longer than 255 characters';
  if (name.includes('\\')) return 'a backslash in the name';
  if ([...name].some((c) => c.charCodeAt(0) < 0x20)) return 'a control character in the name';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter';
  const segments = name.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return 'a ".." or "." path segment';
  if (segments.some((s, i) => s === '' && i < segments.length - 1)) return 'an empty path segment';
  return null;
}

/** Thrown for a structurally broken zip; turned into one "not a readable zip file" message. */
class Damaged extends Error {}

/** Little-endian reads that refuse to look past the end of the file. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(offset: number, length: number, what: string): void {
    if (offset < 0 || length < 0 || offset + length > this.bytes.byteLength) {
      throw new Damaged(`${what} lies past the end of the file: cut short?`);
    }
  }
  u16(offset: number): number {
    return this.view.getUint16(offset, true);
  }
  u32(offset: number): number {
    return this.view.getUint32(offset, true);
  }
  u64(offset: number): number {
    const value = this.view.getBigUint64(offset, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Damaged('a size beyond any real file');
    return Number(value);
  }
}

interface Directory {
  count: number;
  offset: number;
}

/** The end-of-directory record (and its zip64 form when the classic fields overflow). */
function findDirectory(r: Reader): Directory {
  const length = r.bytes.byteLength;
  let end = -1;
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) {
    if (r.u32(i) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Damaged('no zip directory at its end');
  let count = r.u16(end + 10);
  let offset = r.u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || r.u32(locator) !== SIG_END64_LOCATOR) {
      throw new Damaged('the zip directory is cut short');
    }
    const end64 = r.u64(locator + 8);
    r.need(end64, 56, 'the zip64 directory record');
    if (r.u32(end64) !== SIG_END64) throw new Damaged('the zip64 directory record is damaged');
    count = r.u64(end64 + 32);
    offset = r.u64(end64 + 48);
  }
  return { count, offset };
}

/** Sizes and offset from a zip64 extra field, for the fields whose classic value overflowed. */
function zip64Values(
  r: Reader,
  extraStart: number,
  extraLength: number,
  wanted: { size: boolean; compressedSize: boolean; offset: boolean },
): { size?: number; compressedSize?: number; offset?: number } {
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) throw new Damaged('a zip64 field is cut short');
        r.need(field, 8, 'a zip64 field');
        const value = r.u64(field);
        field += 8;
        return value;
      };
      return {
        ...(wanted.size ? { size: next() } : {}),
        ...(wanted.compressedSize ? { compressedSize: next() } : {}),
        ...(wanted.offset ? { offset: next() } : {}),
      };
    }
    at += 4 + length;
  }
  throw new Damaged('a zip64 entry without its sizes');
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** One central directory record at `at`; returns the entry and where the next one starts. */
function readCentralEntry(r: Reader, at: number): { entry: CentralEntry; next: number } {
  r.need(at, 46, 'a zip directory entry');
  if (r.u32(at) !== SIG_CENTRAL) throw new Damaged('a zip directory entry is damaged');
  const flags = r.u16(at + 8);
  const compression = r.u16(at + 10);
  let compressedSize = r.u32(at + 20);
  let size = r.u32(at + 24);
  const nameLength = r.u16(at + 28);
  const extraLength = r.u16(at + 30);
  const commentLength = r.u16(at + 32);
  let localOffset = r.u32(at + 42);
  r.need(at + 46, nameLength + extraLength + commentLength, 'a zip directory entry');
  const nameBytes = r.bytes.subarray(at + 46, at + 46 + nameLength);
  const name = (flags & FLAG_UTF8 ? utf8 : latin1).decode(nameBytes);
  if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
    const big = zip64Values(r, at + 46 + nameLength, extraLength, {
      size: size === 0xffffffff,
      compressedSize: compressedSize === 0xffffffff,
      offset: localOffset === 0xffffffff,
    });
    size = big.size ?? size;
    compressedSize = big.compressedSize ?? compressedSize;
    localOffset = big.offset ?? localOffset;
  }
  r.need(localOffset, 30, `the local header of "${name}"`);
  if (r.u32(localOffset) !== SIG_LOCAL)
    throw new Damaged(`the local header of "${name}" is damaged`);
  const dataOffset = localOffset + 30 + r.u16(localOffset + 26) + r.u16(localOffset + 28);
  r.need(dataOffset, compressedSize, `the data of "${name}"`);
  return {
    entry: { name, compressedSize, size, compression, flags, dataOffset },
    next: at + 46 + nameLength + extraLength + commentLength,
  };
}

function locate(subject: ZipSubject, name?: string): { file?: string } {
  if (name === undefined) return subject.file === undefined ? {} : { file: subject.file };
  const entry = `entry "${name}"`;
  return { file: subject.file === undefined ? entry : `${subject.file}: ${entry}` };
}

function unreadable(subject: ZipSubject, detail: string): InputError {
  return new InputError(
    `not a readable zip file (${detail}), so not a readable ${subject.noun}`,
    locate(subject),
  );
}

/** The directory's entries, refusing more than `maxEntries` before reading them all. */
function readDirectory(r: Reader, subject: ZipSubject, limits: ZipLimits): CentralEntry[] {
  const { count, offset } = findDirectory(r);
  if (count > limits.maxEntries) {
    throw new InputError(
      `refused: it has more than ${limits.maxEntries} entries (files inside the zip), ` +
        `more than a real ${subject.noun} holds`,
      locate(subject),
    );
  }
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const { entry, next } = readCentralEntry(r, at);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Refuses the first entry that breaks a rule or a limit; nothing is inflated here. */
function checkEntries(
  entries: readonly CentralEntry[],
  subject: ZipSubject,
  limits: ZipLimits,
  allowed: (name: string) => boolean,
): void {
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const where = locate(subject, e.name);
    const unsafe = unsafeEntryName(e.name);
    if (unsafe) throw new InputError(`refused: ${unsafe} (a path outside the zip)`, where);
    if (e.name.endsWith('/')) continue;
    if (!allowed(e.name)) {
      throw new InputError(`refused: not a file a ${subject.noun} holds`, where);
    }
    if (seen.has(e.name)) throw new InputError('refused: the entry appears twice', where);
    seen.add(e.name);
    if (e.flags & FLAG_ENCRYPTED) throw new InputError('refused: the entry is encrypted', where);
    if (e.compression !== 0 && e.compression !== 8) {
      throw new InputError(`refused: unknown compression method ${e.compression}`, where);
    }
    if (e.size > limits.maxEntryBytes) {
      throw new InputError(
        `refused: this entry expands to ${megabytes(e.size)} MB, more than the ` +
          `${megabytes(limits.maxEntryBytes)} MB one file inside a ${subject.noun} may hold ` +
          `(it declares ${e.size} bytes): a zip bomb?`,
        where,
      );
    }
    if (e.size > limits.ratioFloorBytes && e.size > e.compressedSize * limits.maxRatio) {
      const ratio = Math.round(e.size / Math.max(1, e.compressedSize));
      throw new InputError(
        `refused: it compresses ${ratio} times, more than a real ${subject.noun} ` +
          `(at most ${limits.maxRatio} times): a zip bomb?`,
        where,
      );
    }
    if (e.compression === 0 && e.size !== e.compressedSize) {
      throw new InputError('the zip file is damaged: a stored entry changes size', where);
    }
    total += e.size;
    if (total > limits.maxTotalBytes) {
      throw new InputError(
        `refused: it expands to more than ${megabytes(limits.maxTotalBytes)} MB, ` +
          `more than a ${subject.noun} may hold: a zip bomb?`,
        locate(subject),
      );
    }
  }
}

/**
 * Inflates one entry into a buffer of exactly its declared size, a few KB of input at a time,
 * stopping as soon as it produces more: the declared size (already checked against the limits)
 * bounds the memory, not what the compressed stream would like to become.
 */
function inflateBounded(data: Uint8Array, size: number, where: { file?: string }): Uint8Array {
  const out = new Uint8Array(size);
  let written = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > size) {
      throw new InputError(
        `refused: it expands to more than the ${size} bytes its zip directory declares ` +
          '(damaged, or a zip bomb)',
        where,
      );
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    let at = 0;
    do {
      const length = Math.ceil((size - written) / 1024);
      const step = data.subarray(
        at,
        at + Math.min(MAX_INFLATE_STEP, Math.max(MIN_INFLATE_STEP, length)),
      );
      at += step.length;
      inflater.push(step, at >= data.length);
    } while (at < data.length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`the zip file is damaged (${messageOf(error)})`, where);
  }
  if (!finished || written !== size) {
    throw new InputError(
      `the zip file is damaged: the entry holds ${written} bytes, its directory declares ${size}`,
      where,
    );
  }
  return out;
}

/**
 * Opens a zip after checking its whole directory against `limits` and `allowed(name)` (names
 * not allowed refuse the zip). Throws an InputError naming the first bad entry, or the zip.
 */
export function openZip(
  bytes: Uint8Array,
  subject: ZipSubject,
  limits: ZipLimits,
  allowed: (name: string) => boolean = () => true,
): SafeZip {
  if (bytes.byteLength > limits.maxTotalBytes + CONTAINER_SLACK_BYTES) {
    throw new InputError(
      `refused: the file is ${megabytes(bytes.byteLength)} MB, more than a ${subject.noun} ` +
        `may be (${megabytes(limits.maxTotalBytes)} MB)`,
      locate(subject),
    );
  }
  let entries: CentralEntry[];
  try {
    entries = readDirectory(new Reader(bytes), subject, limits);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(subject, error instanceof Damaged ? error.message : messageOf(error));
  }
  checkEntries(entries, subject, limits, allowed);
  const byName = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
  return {
    entries: entries.map(({ name, compressedSize, size, compression }) => ({
      name,
      compressedSize,
      size,
      compression,
    })),
    has: (name) => byName.has(name),
    read(name) {
      const entry = byName.get(name);
      const where = locate(subject, name);
      if (!entry) throw new InputError(`the ${subject.noun} has no such entry`, where);
      const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      return entry.compression === 0 ? data.slice() : inflateBounded(data, entry.size, where);
    },
  };
}
