// Anonymizing a Word document (.docx) without changing how it reads: the text keeps its runs and
// formatting, names in it become "[name]" even when Word split them across runs, and the package
// loses who wrote it (core, app and custom properties, comment and revision authors, the
// template path, the first-page thumbnail and the EXIF of embedded photos).
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { InputError } from '../../domain/errors.js';
import type { NameMatch } from '../../domain/redact.js';
import { REDACTION_MARK } from '../../domain/redact.js';
import { openZip } from '../zip.js';
import type { SafeZip, ZipLimits } from '../zip.js';
import { stripJpegMetadata } from './jpeg.js';
import { stripPngMetadata } from './png.js';

const MB = 1024 * 1024;

/**
 * Generous for real student work (a photo essay holds tens of MB of JPEGs, which do not
 * compress; the XML compresses 5-20x), and far below what a bomb needs: a 300 KB file claiming
 * 300 MB is refused from its zip directory, before anything is inflated.
 */
export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * MB,
  maxEntryBytes: 100 * MB,
  maxEntries: 2_000,
  maxRatio: 100,
  ratioFloorBytes: MB,
};

/** Parts that hold the document's visible text. */
const TEXT_PART =
  /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments(Extended)?)\.xml$/;

// Every file gets the same time stamp, so the same input gives the same bytes (and no date leaks).
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 12));

const NEUTRAL_CORE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>';
const NEUTRAL_APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';
const NEUTRAL_CUSTOM =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

interface TextNode {
  /** The whole element, from "<w:t" to "</w:t>". */
  start: number;
  end: number;
  tag: string;
  attributes: string;
  text: string;
}

// A paragraph boundary (opening or closing w:p) or a text element (w:t, or w:delText in tracked
// deletions). "<w:p" followed by a space, ">" or "/" is a paragraph, not w:pPr or w:proofErr.
const TOKEN = /<w:p[\s>/]|<\/w:p>|<(w:t|w:delText)(\s[^>]*)?>([^<]*)<\/\1>/g;

/** The text elements of one XML part, grouped by paragraph. */
function paragraphs(xml: string): TextNode[][] {
  const groups: TextNode[][] = [[]];
  for (const m of xml.matchAll(TOKEN)) {
    if (m[1] === undefined) {
      if (groups[groups.length - 1]!.length > 0) groups.push([]);
      continue;
    }
    groups[groups.length - 1]!.push({
      start: m.index,
      end: m.index + m[0].length,
      tag: m[1],
      attributes: m[2] ?? '',
      text: unescapeXml(m[3]!),
    });
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * Replaces every match in a paragraph's joined text by the mark: the mark goes in the run where
 * the name starts, and the rest of the name is cut from the runs it spills into.
 */
function redactPart(xml: string, find: (text: string) => NameMatch[]): string {
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const nodes of paragraphs(xml)) {
    const joined = nodes.map((n) => n.text).join('');
    const matches = find(joined);
    if (matches.length === 0) continue;
    let offset = 0;
    for (const node of nodes) {
      const from = offset;
      const to = offset + node.text.length;
      offset = to;
      let text = '';
      for (let i = from; i < to; i++) {
        const inside = matches.find((m) => i >= m.start && i < m.end);
        if (!inside) text += node.text[i - from];
        else if (i === inside.start) text += REDACTION_MARK;
      }
      if (text === node.text) continue;
      const attributes =
        /\sxml:space=/.test(node.attributes) || !/^\s|\s$/.test(text)
          ? node.attributes
          : `${node.attributes} xml:space="preserve"`;
      edits.push({
        start: node.start,
        end: node.end,
        replacement: `<${node.tag}${attributes}>${escapeXml(text)}</${node.tag}>`,
      });
    }
  }
  let out = xml;
  for (const edit of edits.reverse()) {
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  }
  // Comment and revision authors, and the people part's sign-in ids.
  return out.replace(
    /\s(w:author|w15:author|w:initials|w15:userId|w15:providerId)="[^"]*"/g,
    (_, attribute: string) => ` ${attribute}="${attribute.endsWith('author') ? 'Reviewer' : ''}"`,
  );
}

/**
 * A Word document's zip, its directory checked against DOCX_ZIP_LIMITS (nothing inflated yet),
 * or an InputError saying why not. `file` names it in the message when the caller has a name.
 */
export function openDocx(bytes: Uint8Array, file?: string): SafeZip {
  const zip = openZip(bytes, { noun: 'Word document', ...(file ? { file } : {}) }, DOCX_ZIP_LIMITS);
  if (!zip.has('word/document.xml')) {
    throw new InputError('not a Word document: it has no word/document.xml', file ? { file } : {});
  }
  return zip;
}

/**
 * Inflates every part once, each within the size the zip directory declares, and drops it: a
 * document whose directory lies is refused here, not later in a rater's browser (which opens
 * a package's Word files as they came). Memory stays within one part at a time.
 */
export function checkDocxInflates(bytes: Uint8Array, file?: string): void {
  const zip = openDocx(bytes, file);
  for (const { name } of zip.entries) if (!name.endsWith('/')) zip.read(name);
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The text of the document, headers, footers, notes and comments, one paragraph a line. */
export function docxText(bytes: Uint8Array): string {
  const zip = openDocx(bytes);
  // Only the text parts are inflated; pictures stay compressed.
  const names = zip.entries
    .map((e) => e.name)
    .filter((n) => TEXT_PART.test(n))
    .sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : 0));
  return names
    .flatMap((n) =>
      paragraphs(decoder.decode(zip.read(n))).map((p) => p.map((t) => t.text).join('')),
    )
    .join('\n');
}

/**
 * The document as raters receive it: names found by `find` replaced in every text part, and the
 * package stripped of whatever says who wrote it. Deterministic: same input, same bytes.
 */
export function anonymizeDocx(bytes: Uint8Array, find: (text: string) => NameMatch[]): Uint8Array {
  const zip = openDocx(bytes);
  const out: Zippable = {};
  for (const { name } of zip.entries) {
    if (name.endsWith('/')) continue;
    // A picture of the first page, name and all: dropped unread; its relationship goes below.
    if (/^docProps\/thumbnail\./.test(name)) continue;
    const data = zip.read(name);
    let result: Uint8Array = data;
    if (TEXT_PART.test(name) || name === 'word/people.xml') {
      result = encoder.encode(redactPart(decoder.decode(data), find));
    } else if (name === 'docProps/core.xml') {
      result = encoder.encode(NEUTRAL_CORE);
    } else if (name === 'docProps/app.xml') {
      result = encoder.encode(NEUTRAL_APP);
    } else if (name === 'docProps/custom.xml') {
      result = encoder.encode(NEUTRAL_CUSTOM);
    } else if (name === '_rels/.rels') {
      result = encoder.encode(
        decoder
          .decode(data)
          .replace(/<Relationship\s[^>]*Target="\/?docProps\/thumbnail[^"]*"[^>]*\/>/g, ''),
      );
    } else if (name === 'word/_rels/settings.xml.rels') {
      // The attached template's path names the author's folders (C:\Users\maya.okafor\...).
      result = encoder.encode(
        decoder
          .decode(data)
          .replace(/Target="[^"]*"(\s+TargetMode="External")/g, 'Target="Normal.dotm"$1'),
      );
    } else if (/^word\/media\/.+\.(jpe?g)$/i.test(name)) {
      result = tryStrip(data, stripJpegMetadata);
    } else if (/^word\/media\/.+\.png$/i.test(name)) {
      result = tryStrip(data, stripPngMetadata);
    }
    out[name] = [result, { mtime: ZIP_TIME, level: 6 }];
  }
  return zipSync(out);
}

/** An embedded picture that cannot be parsed is kept as it is: it is content, not metadata. */
function tryStrip(data: Uint8Array, strip: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  try {
    return strip(data);
  } catch {
    return data;
  }
}
