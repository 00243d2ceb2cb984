import { describe, expect, it } from 'vitest';
import { toRule, typed } from '../../src-renderer/pages/qualification/rule-input.js';
import { ruleWords } from '../../src-renderer/qualification/words.js';

describe('the pass rule as the coach types it', () => {
  it('turns percentages into shares and blanks into no condition', () => {
    expect(toRule({ minExact: '80', minWithinOne: '', maxNonAdjacent: '' })).toEqual({
      minExact: 0.8,
    });
    expect(toRule({ minExact: ' ', minWithinOne: '100', maxNonAdjacent: '1' })).toEqual({
      minWithinOne: 1,
      maxNonAdjacent: 1,
    });
  });

  it('names the box that is wrong', () => {
    expect(toRule({ minExact: '120', minWithinOne: '', maxNonAdjacent: '' })).toMatch(
      /^Exact matches: /,
    );
    expect(toRule({ minExact: '', minWithinOne: 'most', maxNonAdjacent: '' })).toMatch(
      /^Within one level: /,
    );
    expect(toRule({ minExact: '', minWithinOne: '', maxNonAdjacent: '1.5' })).toMatch(
      /^Two or more levels away: /,
    );
    expect(toRule({ minExact: '', minWithinOne: '', maxNonAdjacent: '' })).toMatch(
      /at least one condition/,
    );
  });

  it('shows a stored rule back as it was typed', () => {
    for (const percent of ['0', '57', '80', '100', '66.67']) {
      const rule = toRule({ minExact: percent, minWithinOne: '', maxNonAdjacent: '' });
      expect(typeof rule === 'string' ? rule : typed(rule.minExact, 100)).toBe(percent);
    }
  });

  it('reads as plain sentences', () => {
    expect(ruleWords({ minExact: 0.8 })).toEqual([
      'At least 80% of scores exactly at the reference level',
    ]);
    expect(ruleWords({ minWithinOne: 1, maxNonAdjacent: 1 })).toEqual([
      'Every score within one level of the reference',
      'At most 1 score two or more levels away from the reference',
    ]);
    expect(ruleWords({ maxNonAdjacent: 0 })).toEqual([
      'No score two or more levels away from the reference',
    ]);
  });
});
