// `excerpt`: how a message quotes someone's file, and InputError's use of it.
import { describe, expect, it } from 'vitest';
import { excerpt, InputError } from '../../src-main/domain/errors.js';

/** Every character a terminal or a bidi-aware view would act on. */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('excerpt', () => {
  it('leaves short, printable text as it is', () => {
    expect(excerpt('Claim')).toBe('Claim');
    expect(excerpt('Élan 数学 ✓')).toBe('Élan 数学 ✓');
    expect(excerpt('')).toBe('');
    expect(excerpt(String.raw`C:\work\file.csv`)).toBe(String.raw`C:\work\file.csv`);
  });

  it('shows C0 controls, DEL and C1 controls as \\xNN escapes', () => {
    expect(excerpt('\x1b[2J\x1b]0;pwned\x07')).toBe(String.raw`\x1b[2J\x1b]0;pwned\x07`);
    expect(excerpt('a\x00b\tc\nd\re\x7ff\x9bg\x85')).toBe(
      String.raw`a\x00b\x09c\x0ad\x0de\x7ff\x9bg\x85`,
    );
  });

  it('shows bidi overrides, isolates and marks as \\u{NNNN} escapes', () => {
    const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
    const shown = excerpt(`x${bidi}y`, 500);
    expect(shown).not.toMatch(CONTROL);
    expect(shown).toBe(
      String.raw`x\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}\u{200e}\u{200f}\u{061c}y`,
    );
    expect(excerpt('a\u2028b\u2029c')).toBe(String.raw`a\u{2028}b\u{2029}c`);
  });

  it('cuts to at most max characters and marks the cut with an ellipsis', () => {
    const long = 'x'.repeat(5_000_000);
    const shown = excerpt(long);
    expect(shown).toBe(`${'x'.repeat(60)}…`);
    expect(excerpt('abcdef', 3)).toBe('abc…');
    expect(excerpt('abc', 3)).toBe('abc');
  });

  it('never splits an escape or a surrogate pair at the cut', () => {
    // 'ab' + ESC: the 4-character escape does not fit in 5, so it is left out whole.
    expect(excerpt('ab\x1bcd', 5)).toBe('ab…');
    expect(excerpt('ab\x1bcd', 6)).toBe(String.raw`ab\x1b…`);
    // '😀' is two UTF-16 units: it fits in 3 after 'a', not in 2.
    expect(excerpt('a😀b', 2)).toBe('a…');
    expect(excerpt('a😀b', 3)).toBe('a😀…');
  });

  it('changes nothing when run on its own output', () => {
    const once = excerpt(`\x1b[31m${'y'.repeat(100)}\u202e`, 40);
    expect(excerpt(once, 40)).toBe(once);
    expect(excerpt(once, Infinity)).toBe(once);
  });
});

describe('InputError', () => {
  it('names file, line and field, with a hostile field and message made safe', () => {
    const field = `\x1b]0;pwned\x07${'h'.repeat(1_000_000)}`;
    const error = new InputError('bad \x1b[2J value', { file: 'scores.csv', line: 3, field });
    expect(
      error.message.startsWith(String.raw`scores.csv, line 3, field "\x1b]0;pwned\x07hhh`),
    ).toBe(true);
    expect(error.message).toContain(String.raw`…": bad \x1b[2J value`);
    expect(error.message).not.toMatch(CONTROL);
    expect(error.message.length).toBeLessThan(200);
    // The location itself is kept whole for code that reads it.
    expect(error.where.field).toBe(field);
  });

  it('caps a runaway message', () => {
    const error = new InputError(`refused: ${'z'.repeat(100_000)}`, { file: 'r.csv' });
    expect(error.message.length).toBeLessThanOrEqual(2001);
    expect(error.message.endsWith('…')).toBe(true);
  });
});
