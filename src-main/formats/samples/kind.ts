// What kind of work sample a file is. The bytes decide wherever they can (a PDF named .txt is a
// PDF): PDF, PNG and JPEG by their magic numbers, Word by a zip whose directory passes the
// Word limits and holds word/document.xml. Text and Markdown have no magic number: they must be
// valid UTF-8 with no NUL byte, and must not start like markup (`<html`, `<svg`, `<?xml`,
// `<!DOCTYPE`, `<!--`, any `<` + letter): a browser sniffing such a file could take it for a web
// page and run its script, and no student essay starts with a tag. Markup further in is fine:
// it is shown as text. Which of the two a text file is comes from its name (or, in a package,
// from the kind it declares), never from a media type someone else wrote.
import { InputError } from '../../domain/errors.js';
import { DOCX_MEDIA_TYPE } from '../../domain/sample.js';
import type { SampleKind, SampleMediaType } from '../../domain/sample.js';
import { checkDocxInflates, openDocx } from './docx.js';

export { DOCX_MEDIA_TYPE };

export interface DetectedKind {
  kind: SampleKind;
  mediaType: SampleMediaType;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const HEIF_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif'];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** True when the first thing after a BOM and whitespace is `<` and a letter, `!`, `?` or `/`. */
function startsLikeMarkup(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (i < bytes.length && WHITESPACE.has(bytes[i]!)) i++;
  if (bytes[i] !== 0x3c) return false;
  const next = bytes[i + 1];
  if (next === undefined) return false;
  const letter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  return letter || next === 0x21 || next === 0x3f || next === 0x2f;
}

/** Why these bytes are not text Concord stores as text or Markdown, or null when they are. */
export function textProblem(bytes: Uint8Array): string | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'the text is not valid UTF-8; save it as UTF-8 text';
  }
  if (bytes.includes(0)) return 'the file holds binary data, not text';
  if (startsLikeMarkup(bytes)) {
    return 'the text starts like a web page or XML (<...>), which is not a work sample; save it as PDF or plain text';
  }
  return null;
}

/**
 * The kind the magic number gives (PDF, PNG, JPEG, Word), or null when the bytes have none.
 * Refuses HEIC photos and zips that are not Word documents (or break the Word zip limits).
 */
function binaryKind(bytes: Uint8Array, file: string | undefined): DetectedKind | null {
  const refuse = (message: string): never => {
    throw new InputError(message, file === undefined ? {} : { file });
  };
  if (bytes.length === 0) refuse('the file is empty');
  // A PDF header may follow a little junk; readers accept it within the first 1024 bytes.
  if (ascii(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-')) {
    return { kind: 'pdf', mediaType: 'application/pdf' };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'image', mediaType: 'image/png' };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', mediaType: 'image/jpeg' };
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') {
    if (HEIF_BRANDS.includes(ascii(bytes, 8, 12))) {
      refuse('HEIC/HEIF images cannot be decoded here; convert the photo to JPEG and import it');
    }
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Only the zip's directory is read: a Word bomb is refused here, before any inflating.
    openDocx(bytes, file);
    return { kind: 'docx', mediaType: DOCX_MEDIA_TYPE };
  }
  return null;
}

/**
 * What the bytes alone say a sample is: PDF, PNG, JPEG, Word, or plain text (kind `text`, which
 * may as well be Markdown: nothing in the bytes tells them apart). For files whose name and
 * media type come from someone else (session packages), stored as they are. An InputError when
 * the bytes are none of these.
 */
export function kindFromBytes(bytes: Uint8Array, file?: string): DetectedKind {
  const binary = binaryKind(bytes, file);
  // Nothing here re-zips a sender's Word file, so every part must inflate as its zip declares.
  if (binary?.kind === 'docx') checkDocxInflates(bytes, file);
  if (binary) return binary;
  const problem = textProblem(bytes);
  if (problem) {
    throw new InputError(
      `not a supported work sample (PDF, JPEG, PNG, .docx or UTF-8 text): ${problem}`,
      file === undefined ? {} : { file },
    );
  }
  return { kind: 'text', mediaType: 'text/plain' };
}

/** The kind and media type of a file, or an InputError naming the file and what is wrong. */
export function detectKind(name: string, bytes: Uint8Array): DetectedKind {
  const refuse = (message: string): never => {
    throw new InputError(message, { file: name });
  };
  const binary = binaryKind(bytes, name);
  if (binary) return binary;
  const ext = extensionOf(name);
  if (['doc', 'rtf', 'odt', 'pages', 'gif', 'webp', 'tif', 'tiff', 'bmp'].includes(ext)) {
    refuse(`.${ext} files are not supported; save as PDF, .docx, JPEG or PNG`);
  }
  if (['txt', 'text', 'md', 'markdown'].includes(ext)) {
    const problem = textProblem(bytes);
    if (problem) refuse(problem);
    return ext === 'md' || ext === 'markdown'
      ? { kind: 'markdown', mediaType: 'text/markdown' }
      : { kind: 'text', mediaType: 'text/plain' };
  }
  return refuse(
    'not a supported work sample (PDF, JPEG, PNG, .docx, .txt or .md)' +
      (ext ? `; .${ext} files are not read` : ''),
  );
}
