import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src-main/domain/errors.js';
import { findNameCandidates } from '../../../src-main/formats/samples/candidates.js';
import { detectKind } from '../../../src-main/formats/samples/kind.js';
import { parseRoster } from '../../../src-main/formats/samples/roster.js';
import { makeTextPdf } from '../../../src-main/services/demo/pdf.js';
import { makeDocx } from './helpers.js';
import { utf8 } from '../../helpers/refusal.js';

describe('kind detection', () => {
  it('goes by magic bytes first, then by extension for text', () => {
    expect(detectKind('essay.txt', makeTextPdf('T', ['x']))).toEqual({
      kind: 'pdf',
      mediaType: 'application/pdf',
    });
    expect(
      detectKind('a.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0])).kind,
    ).toBe('image');
    expect(detectKind('a.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])).mediaType).toBe(
      'image/jpeg',
    );
    expect(detectKind('essay.docx', makeDocx()).kind).toBe('docx');
    expect(detectKind('notes.md', utf8('# Title')).kind).toBe('markdown');
    expect(detectKind('notes.TXT', utf8('plain')).kind).toBe('text');
  });

  it('refuses HEIC, unknown kinds, invalid UTF-8 and empty files with a reason', () => {
    const heic = Uint8Array.from([0, 0, 0, 24, ...utf8('ftypheic'), 0, 0, 0, 0]);
    expect(() => detectKind('photo.heic', heic)).toThrow(/HEIC.*convert the photo to JPEG/);
    expect(() => detectKind('x.exe', Uint8Array.from([0x4d, 0x5a]))).toThrow(InputError);
    expect(() => detectKind('bad.txt', Uint8Array.from([0xc3, 0x28]))).toThrow(/UTF-8/);
    expect(() => detectKind('empty.txt', new Uint8Array(0))).toThrow(/empty/);
    expect(() => detectKind('a.zip', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(
      InputError,
    );
  });
});

describe('roster parsing', () => {
  it('reads first,last columns, a name column, and plain lists', () => {
    expect(parseRoster('first,last\nMaya,Okafor\n"Sofia Ana",Ramirez\n')).toEqual([
      'Maya Okafor',
      'Sofia Ana Ramirez',
    ]);
    expect(parseRoster('Last Name;First Name\nOkafor;Maya\n')).toEqual(['Maya Okafor']);
    expect(parseRoster('name\nMaya Okafor\nEli Brooks\n')).toEqual(['Maya Okafor', 'Eli Brooks']);
    expect(parseRoster('Maya Okafor\n\nEli Brooks\nOkafor, Maya\n')).toEqual([
      'Maya Okafor',
      'Eli Brooks',
    ]);
  });

  it('names the line of a bad row', () => {
    expect(() => parseRoster('first,last\nMaya,Okafor\n,\n', 'roster.csv')).toThrow(
      'roster.csv, line 3: both first and last name are empty',
    );
    expect(() => parseRoster('name\nMaya Okafor\nStudent 42\n', 'r.csv')).toThrow(/line 3/);
    expect(() => parseRoster('Maya Okafor\na, b, c\n')).toThrow(/line 2/);
    expect(() => parseRoster('first,last\n"Maya,Okafor\n')).toThrow(/line 2.*not closed/);
    expect(() => parseRoster('\n\n')).toThrow(InputError);
  });
});

describe('name candidates', () => {
  it('suggests people the roster missed, with counts and context, not redacted ones', () => {
    const text =
      'By [name]. My friend Sofia Ramirez and Mr. Thompson said it is busy. Sofia Ramirez agrees. My mom drives.';
    const candidates = findNameCandidates(text, ['Maya Okafor']);
    const sofia = candidates.find((c) => c.name === 'Sofia Ramirez');
    expect(sofia?.occurrences).toBe(2);
    expect(sofia?.context).toContain('My friend Sofia Ramirez');
    expect(candidates.map((c) => c.name)).toContain('Thompson');
    expect(candidates.some((c) => /name|Maya|mom/i.test(c.name))).toBe(false);
  });
});
