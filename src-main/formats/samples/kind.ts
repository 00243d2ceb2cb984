// What kind of work sample a file is, from its first bytes and its name. The bytes decide where
// they can (a PDF named .txt is a PDF); text and Markdown, which have no magic number, go by
// extension and must be valid UTF-8.
import { InputError } from '../../domain/errors.js';
import type { SampleKind } from '../../domain/sample.js';
import { unzipSync } from 'fflate';

export interface DetectedKind {
  kind: SampleKind;
  mediaType: string;
}

export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** True when the zip holds word/document.xml (listing only; nothing is inflated). */
function isDocxZip(bytes: Uint8Array): boolean {
  try {
    let found = false;
    unzipSync(bytes, {
      filter: (file) => {
        if (file.name === 'word/document.xml') found = true;
        return false;
      },
    });
    return found;
  } catch {
    return false;
  }
}

/** The kind and media type of a file, or an InputError naming the file and what is wrong. */
export function detectKind(name: string, bytes: Uint8Array): DetectedKind {
  const refuse = (message: string): never => {
    throw new InputError(message, { file: name });
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
    const brand = ascii(bytes, 8, 12);
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif'].includes(brand)) {
      refuse('HEIC/HEIF images cannot be decoded here; convert the photo to JPEG and import it');
    }
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (isDocxZip(bytes)) return { kind: 'docx', mediaType: DOCX_MEDIA_TYPE };
    refuse('a zip file that is not a Word document (.docx)');
  }
  const ext = extensionOf(name);
  if (['doc', 'rtf', 'odt', 'pages', 'gif', 'webp', 'tif', 'tiff', 'bmp'].includes(ext)) {
    refuse(`.${ext} files are not supported; save as PDF, .docx, JPEG or PNG`);
  }
  if (['txt', 'text', 'md', 'markdown'].includes(ext)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      refuse('the text is not valid UTF-8; save it as UTF-8 text');
    }
    if (bytes.includes(0)) refuse('the file holds binary data, not text');
    return ext === 'md' || ext === 'markdown'
      ? { kind: 'markdown', mediaType: 'text/markdown' }
      : { kind: 'text', mediaType: 'text/plain' };
  }
  return refuse(
    'not a supported work sample (PDF, JPEG, PNG, .docx, .txt or .md)' +
      (ext ? `; .${ext} files are not read` : ''),
  );
}
