import { describe, expect, it } from 'vitest';
import { parseRubricJson, writeRubricJson } from '../../../src-main/formats/rubrics/json.js';
import { argumentWriting, expectRefusal } from './helpers.js';

const valid = () => JSON.parse(writeRubricJson(argumentWriting)) as Record<string, unknown>;
const refuse = (document: unknown, message: string) =>
  expectRefusal(() => parseRubricJson(JSON.stringify(document, null, 2), 'rubric.json'), message);

describe('Concord rubric JSON', () => {
  it('round-trips a rubric: file -> text -> file', () => {
    expect(parseRubricJson(writeRubricJson(argumentWriting), 'r.json')).toEqual(argumentWriting);
  });

  it('writes pretty JSON with a stable key order and descriptors in level order', () => {
    const text = writeRubricJson(argumentWriting);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'title',
      'description',
      'gradeBand',
      'levels',
      'criteria',
    ]);
    expect(text).toContain('"format": "concord-rubric",\n  "version": 1,');
    const shuffled = {
      ...argumentWriting,
      criteria: argumentWriting.criteria.map((c) => ({
        competency: c.competency,
        descriptors: Object.fromEntries(Object.entries(c.descriptors).reverse()),
        name: c.name,
      })),
    };
    expect(writeRubricJson(shuffled)).toBe(text);
  });

  it('defaults the optional description, gradeBand and competency, and reads a BOM', () => {
    const document = valid();
    delete document.description;
    delete document.gradeBand;
    const file = parseRubricJson(`\uFEFF${JSON.stringify(document)}`, 'r.json');
    expect(file.description).toBe('');
    expect(file.gradeBand).toBeNull();
  });

  describe('refuses', () => {
    it('invalid JSON, naming the line', () => {
      const error = expectRefusal(
        () => parseRubricJson('{\n  "format": "concord-rubric",\n}', 'rubric.json'),
        'rubric.json, line 3: not valid JSON: Expected double-quoted property name (column 1)',
      );
      expect(error.where.line).toBe(3);
    });

    it('a truncated file, at its last line', () => {
      // V8 words this one differently across versions; the place is what must be right.
      expect(() => parseRubricJson('{\n  "format": "concord-rubric",', 'rubric.json')).toThrow(
        /^rubric\.json, line 2: not valid JSON: .+ \(column 30\)$/,
      );
    });

    it('JSON that is not an object', () => {
      refuse([1, 2], 'rubric.json: a Concord rubric file holds one JSON object');
    });

    it('an unknown format', () => {
      refuse(
        { ...valid(), format: 'moodle-rubric' },
        'rubric.json, field "format": not a Concord rubric file: "format" is "moodle-rubric", expected "concord-rubric"',
      );
      refuse(
        { title: 'x' },
        'rubric.json, field "format": not a Concord rubric file: "format" is missing, expected "concord-rubric"',
      );
    });

    it('a newer version', () => {
      refuse(
        { ...valid(), version: 2 },
        'rubric.json, field "version": this file is version 2 of the Concord rubric format, this Concord reads up to version 1: update Concord to import it',
      );
    });

    it('a field of the wrong type, with its JSON path', () => {
      const document = valid();
      (document.levels as { value: unknown }[])[2]!.value = '3';
      refuse(
        document,
        'rubric.json, field "levels[2].value": a number is needed, not the text "3"',
      );
    });

    it('a missing field', () => {
      const document = valid();
      delete (document.criteria as { name?: string }[])[1]!.name;
      refuse(document, 'rubric.json, field "criteria[1].name": missing (a string is needed)');
    });

    it('an unknown (misspelt) field', () => {
      const document = { ...valid(), gradeband: '6-8' };
      refuse(
        document,
        'rubric.json, field "gradeband": unknown field (not part of the Concord rubric format)',
      );
    });

    it('a domain rule, with the domain path as the field', () => {
      const document = valid();
      (document.criteria as { descriptors: Record<string, string> }[])[0]!.descriptors['3'] = ' ';
      refuse(
        document,
        'rubric.json, field "criteria[0].descriptors.3": "Claim" has no descriptor for level 3 (Proficient)',
      );
    });

    it('a descriptor for a level that does not exist', () => {
      const document = valid();
      (document.criteria as { descriptors: Record<string, string> }[])[1]!.descriptors['5'] = 'x';
      refuse(
        document,
        'rubric.json, field "criteria[1].descriptors.5": there is no level 5 in "levels"',
      );
    });
  });
});
