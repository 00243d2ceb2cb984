import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src-main/domain/redact.js';
import { anonymizeDocx, docxText } from '../../../src-main/formats/samples/docx.js';
import { makeDocx } from './helpers.js';

const ROSTER = ['Maya Okafor'];

describe('docx anonymization', () => {
  const input = makeDocx();
  const out = anonymizeDocx(input, (text) => findNames(text, ROSTER));
  const files = unzipSync(out);
  const xml = (name: string) => strFromU8(files[name]!);

  it('reads the text of a name split across runs', () => {
    expect(docxText(input)).toContain('Essay by Maya Okafor, period 3');
  });

  it('neutralises the core and app properties and drops the thumbnail', () => {
    expect(xml('docProps/core.xml')).not.toMatch(/Okafor|title|creator|lastModifiedBy/);
    expect(xml('docProps/app.xml')).not.toContain('Okafor');
    expect(files['docProps/thumbnail.jpeg']).toBeUndefined();
    expect(xml('_rels/.rels')).not.toContain('thumbnail');
    expect(xml('_rels/.rels')).toContain('word/document.xml');
  });

  it('removes the roster name from the XML, also when split across runs and possessive', () => {
    const document = xml('word/document.xml');
    expect(document).not.toMatch(/Maya|Okafor|Oka|ya Oka/);
    expect(docxText(out)).toBe(
      'Essay by [name], period 3\nMy friend Sofia Ramirez helped. [name] claim is clear.\nnote',
    );
    // The run formatting around the name survives.
    expect(document).toContain('<w:b/>');
  });

  it('anonymizes comment authors', () => {
    expect(xml('word/comments.xml')).not.toMatch(/Okafor|"MO"/);
  });

  it('gives the same bytes for the same input', () => {
    expect(
      Buffer.from(anonymizeDocx(input, (t) => findNames(t, ROSTER))).equals(Buffer.from(out)),
    ).toBe(true);
  });
});
