// Roster redaction of text: every written form of a roster name goes (initials, case, accents,
// hyphens, apostrophes, possessives, line breaks), ordinary words stay, offsets stay exact for
// the Word and PDF paths, and the demo's texts come out with no trace of their students.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findNames, redactNames, REDACTION_MARK } from '../../src-main/domain/redact.js';
import { anonymizeDocx, docxText } from '../../src-main/formats/samples/docx.js';
import { demoContent } from '../../src-main/services/demo/content.js';
import { makeDocx } from '../formats/samples/helpers.js';

const ROSTER = ['Maya Okafor', "Anne-Marie O'Brien", 'José Núñez', 'Jose Rivera'];

/** Lower case without accents, to look for a name's letters whatever way they were written. */
const plain = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, '').toLowerCase();

/** No part of a roster name as a word, and no lone capital left standing beside a mark. */
function expectNoTrace(out: string, roster: readonly string[]) {
  for (const name of roster) {
    for (const part of name.split(/[\s-]+/)) {
      const word = new RegExp(`(?<!\\p{L})${plain(part)}(?!\\p{L})`, 'u');
      expect(plain(out), `"${part}" in ${JSON.stringify(out)}`).not.toMatch(word);
    }
  }
  expect(out).not.toMatch(/\[name\]\s+\p{Lu}\.?(?!\p{L})|(?<!\p{L})\p{Lu}\.?\s+\[name\]/u);
}

describe('redactNames: every written form of a roster name goes', () => {
  const cases: [string, string, string][] = [
    ['first name and surname initial', 'By Maya O. today', 'By [name] today'],
    ['surname initial without a period', 'Maya O\nPeriod 3', '[name]\nPeriod 3'],
    ['initials with spaces', 'Signed M. O. yesterday', 'Signed [name] yesterday'],
    ['initials without spaces', 'Signed M.O. yesterday', 'Signed [name] yesterday'],
    ['first initial and surname', 'M. Okafor, M.Okafor and M Okafor', '[name], [name] and [name]'],
    ['surname first', 'Okafor, Maya and Okafor, M. and OKAFOR M', '[name] and [name] and [name]'],
    ['a middle initial', 'Maya J. Okafor wrote', '[name] wrote'],
    ['a lower-case middle initial', 'maya j. okafor wrote', '[name] wrote'],
    ['all capitals', 'MAYA OKAFOR and MAYA O.', '[name] and [name]'],
    ['all lower case', 'maya okafor, maya o. and okafor', '[name], [name] and [name]'],
    [
      'possessives',
      "Maya's claim, Okafor’s data, MAYA'S essay",
      '[name] claim, [name] data, [name] essay',
    ],
    ['a contraction', "Maya'll say so", '[name] say so'],
    ['a name split by a line break', 'By Maya\nOkafor and Maya\r\nO.', 'By [name] and [name]'],
    ['a surname hyphenated at a line end', 'the Oka-\nfor essay', 'the [name] essay'],
    ['the parts on their own', 'Maya said Okafor was right', '[name] said [name] was right'],
    [
      'a hyphenated first name',
      'Anne-Marie and anne-marie and Anne Marie',
      '[name] and [name] and [name]',
    ],
    ['half of a hyphenated name', 'Marie agreed with Anne', '[name] agreed with [name]'],
    ['a straight apostrophe', "Anne-Marie O'Brien's essay", '[name] essay'],
    ['a typographic apostrophe', 'Anne-Marie O’Brien and O’Brien’s', '[name] and [name]'],
    ['no apostrophe at all', 'OBrien and O BRIEN? and A. O’Brien', '[name] and [name]? and [name]'],
    ['the initials of a hyphenated name', 'A.O. and Anne-Marie O.', '[name] and [name]'],
    [
      'roster accents, text without',
      'Jose Nunez and JOSE NUNEZ and Nunez',
      '[name] and [name] and [name]',
    ],
    [
      'roster without accents, text with',
      'José Rivera, JOSÉ R. and Rivera',
      '[name], [name] and [name]',
    ],
    ['combining accents (NFD)', 'Jose\u0301 Nun\u0303ez, Jose\u0301 R.', '[name], [name]'],
    ['an initial after an accented name', 'José N. and J. Núñez', '[name] and [name]'],
  ];
  for (const [what, input, expected] of cases) {
    it(what, () => {
      const out = redactNames(input, ROSTER);
      expect(out).toBe(expected);
      expectNoTrace(out, ROSTER);
    });
  }
});

describe('redactNames: ordinary words stay', () => {
  // The rule: a lone letter never goes on its own, only beside a name; an initial needs a
  // capital unless it has a period; a name never matches inside a longer word.
  const roster = ['Maya Okafor', 'Ava Martinez', 'Ian Ingram'];
  const cases: [string, string][] = [
    ['Mayapple and may and Maya-like', 'Mayapple and may and [name]-like'],
    ['I think O Canada is a song.', 'I think O Canada is a song.'],
    ['O Canada, Maya sang.', 'O Canada, [name] sang.'],
    ['She gave maya a book at 7:30 a.m. today.', 'She gave [name] a book at 7:30 a.m. today.'],
    ["Maya O'Neil is not on the roster.", "[name] O'Neil is not on the roster."],
    ['Okay, the Okapi ate.', 'Okay, the Okapi ate.'],
    ['I said Ian, I think.', 'I said [name], I think.'],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(redactNames(input, roster)).toBe(expected));
  }
});

describe('findNames: exact UTF-16 offsets into the text as given', () => {
  it('covers combining marks and stays right after astral characters', () => {
    const text = '😀 Jose\u0301 R. and Maya O.';
    const matches = findNames(text, ROSTER);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Jose\u0301 R.', 'Maya O.']);
    expect(matches[0]).toEqual({ start: 3, end: 11 });
  });

  it('gives the mark the whole of a hyphenated line break and soft hyphens', () => {
    const text = 'By Oka-\nfor and Oka\u00ADfor.';
    expect(findNames(text, ROSTER).map((m) => text.slice(m.start, m.end))).toEqual([
      'Oka-\nfor',
      'Oka\u00ADfor',
    ]);
  });

  it('does not merge a double surname broken at a line end into one word', () => {
    expect(redactNames('Okafor-\nSmith', ROSTER)).toBe('[name]-\nSmith');
  });
});

describe('confirmed initials: redacted only beside a name', () => {
  const names = ['Maya Okafor', 'P.', 'J.'];

  it('removes the initial before or after a name, and every other P stays', () => {
    const text = 'By Maya P\nPlan P. P.S. Maya\nP. wrote. J. Okafor and J Okafor. P is for pond.';
    const out = redactNames(text, names);
    expect(out).toBe('By [name]\nPlan P. P.S. [name] wrote. [name] and [name]. P is for pond.');
  });

  it('stops at a paragraph break', () => {
    expect(redactNames('Maya\n\nP is next.', names)).toBe('[name]\n\nP is next.');
  });

  it('matches nothing when the list holds only initials', () => {
    expect(findNames('P. and P and Maya P', ['P.'])).toEqual([]);
  });
});

describe('Word documents with the new forms', () => {
  it('redacts a hyphenated, accented name Word split across runs', () => {
    const input = makeDocx([
      '<w:r><w:t>Essay by Anne-Ma</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>rie Nú</w:t></w:r><w:r><w:t xml:space="preserve">ñez, period 3</w:t></w:r>',
      '<w:r><w:t xml:space="preserve">Jose </w:t></w:r><w:r><w:t>R. agrees.</w:t></w:r>',
    ]);
    const roster = ['Anne-Marie Nunez', 'José Rivera'];
    const out = anonymizeDocx(input, (text) => findNames(text, roster));
    expect(docxText(out)).toBe('Essay by [name], period 3\n[name] agrees.\nnote');
    const xml = strFromU8(unzipSync(out)['word/document.xml']!);
    expect(xml).not.toMatch(/Anne|Ma<|rie|Nú|ñez|Jose|>R\./);
    expect(xml).toContain('<w:b/>');
  });
});

describe('the demo texts', () => {
  it('come out with no trace of any student on the roster', () => {
    const demo = demoContent();
    const roster = demo.samples.map((s) => s.studentName);
    const decoder = new TextDecoder();
    let redacted = 0;
    for (const sample of demo.samples) {
      const texts: string[] = [];
      if (sample.kind === 'text' || sample.kind === 'markdown') {
        texts.push(redactNames(decoder.decode(sample.bytes), roster));
      }
      sample.rerender?.((text) => {
        const out = redactNames(text, roster);
        texts.push(out);
        return out;
      });
      for (const out of texts) {
        if (out.includes(REDACTION_MARK)) redacted++;
        expectNoTrace(out, roster);
      }
    }
    // Jayden's byline "Jayden P" among them: it used to leave "[name] P".
    expect(redacted).toBeGreaterThanOrEqual(6);
  });
});
