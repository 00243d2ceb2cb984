import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectRubricFormat,
  parseRubricFile,
  writeRubricFile,
} from '../../../src-main/formats/rubrics/index.js';
import type { RubricFormat } from '../../../src-main/formats/rubrics/index.js';
import { argumentWriting, expectRefusal, prng, randomRubric } from './helpers.js';

const CASE_OPTIONS = { lastChangeDateTime: '2026-11-23T10:00:00Z' };
const fixtureText = readFileSync(
  new URL('../../fixtures/rubrics/case-lab-investigation.json', import.meta.url),
  'utf8',
);

describe('detectRubricFormat', () => {
  it.each<[string, string, RubricFormat]>([
    ['rubric.csv', '{"format":"concord-rubric"}', 'csv'],
    ['rubric.CSV', 'criterion,1 A', 'csv'],
    ['rubric.json', '\uFEFF {"format":"concord-rubric","version":1}', 'json'],
    ['rubric.json', '{"CFRubricCriteria":[]}', 'case'],
    ['framework.json', fixtureText, 'case'],
    ['rubric', '{"CFRubrics":[]}', 'case'],
    ['rubric.json', '{ not json', 'json'],
    ['rubric.json', '{"title":"no format"}', 'json'],
    ['pasted', 'criterion,competency,1 A', 'csv'],
  ])('%s %j -> %s', (name, text, format) => {
    expect(detectRubricFormat(name, text)).toBe(format);
  });
});

describe('parseRubricFile / writeRubricFile', () => {
  it('round-trips through each format by name', () => {
    for (const format of ['csv', 'json'] as const) {
      const text = writeRubricFile(argumentWriting, format);
      expect(parseRubricFile(`r.${format}`, text)).toEqual(argumentWriting);
    }
    const text = writeRubricFile(argumentWriting, 'case', CASE_OPTIONS);
    expect(parseRubricFile('r.case.json', text)).toEqual({ ...argumentWriting, gradeBand: null });
  });

  it('lets the caller force a format, and the parser then explains the mismatch', () => {
    expectRefusal(
      () => parseRubricFile('r.json', fixtureText, { format: 'json' }),
      'r.json, field "format": not a Concord rubric file: "format" is missing, expected "concord-rubric"',
    );
  });

  it('CSV -> JSON -> CASE -> CSV keeps everything CASE can carry', () => {
    const csv = writeRubricFile(argumentWriting, 'csv');
    const fromCsv = parseRubricFile('a.csv', csv);
    const json = writeRubricFile(fromCsv, 'json');
    const fromJson = parseRubricFile('a.json', json);
    const caseText = writeRubricFile(fromJson, 'case', CASE_OPTIONS);
    const fromCase = parseRubricFile('a.json', caseText);
    const back = parseRubricFile('b.csv', writeRubricFile(fromCase, 'csv'));
    expect(back).toEqual({ ...argumentWriting, gradeBand: null });
  });

  it('random valid rubrics round-trip through all three formats (seeded)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const file = randomRubric(prng(seed));
      const context = `seed ${seed}`;
      expect(parseRubricFile('r.csv', writeRubricFile(file, 'csv')), context).toEqual(file);
      expect(parseRubricFile('r.json', writeRubricFile(file, 'json')), context).toEqual(file);
      const caseText = writeRubricFile(file, 'case', CASE_OPTIONS);
      const fromCase = parseRubricFile('r.json', caseText);
      expect(fromCase, context).toEqual({ ...file, gradeBand: null });
      const chained = parseRubricFile(
        'r.csv',
        writeRubricFile(parseRubricFile('r.json', writeRubricFile(fromCase, 'json')), 'csv'),
      );
      expect(chained, context).toEqual({ ...file, gradeBand: null });
    }
  });
});
