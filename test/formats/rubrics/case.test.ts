import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubricCase, writeRubricCase } from '../../../src-main/formats/rubrics/case.js';
import { argumentWriting, expectRefusal } from './helpers.js';

const fixturePath = new URL('../../fixtures/rubrics/case-lab-investigation.json', import.meta.url);
const fixtureText = readFileSync(fixturePath, 'utf8');
const WHEN = '2026-11-23T10:00:00Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Json = Record<string, unknown> & {
  CFRubrics: (Record<string, unknown> & {
    CFRubricCriteria: (Record<string, unknown> & {
      CFRubricCriterionLevels: Record<string, unknown>[];
    })[];
  })[];
};
const fixture = (): Json => JSON.parse(fixtureText) as Json;
const refuse = (document: unknown, message: string) =>
  expectRefusal(() => parseRubricCase(JSON.stringify(document), 'framework.json'), message);

describe('CASE CFRubric', () => {
  it('reads a CFPackage in the published shape: criteria by position, levels by score', () => {
    expect(parseRubricCase(fixtureText, 'framework.json')).toEqual({
      title: 'Lab investigation',
      description: 'Used for the spring pendulum lab, grades 6-8.',
      gradeBand: null,
      levels: [
        { value: 1, label: 'Beginning' },
        { value: 2, label: 'Secure' },
        { value: 3, label: 'Extending' },
      ],
      criteria: [
        {
          name: 'Planning a fair test',
          competency: 'Plans and carries out investigations',
          descriptors: {
            '1': 'Changes several things at once.',
            '2': 'Changes one variable and controls most others.',
            '3': 'Changes one variable, controls the others, and repeats each trial.',
          },
          frameworkItem: {
            title: 'Plans and carries out investigations',
            identifier: '5b0e7a52-3c1d-4f7e-9a61-0d2f4c8e1a11',
            uri: 'https://case.example.org/ims/case/v1p0/CFItems/5b0e7a52-3c1d-4f7e-9a61-0d2f4c8e1a11',
          },
        },
        {
          name: 'Analysing data',
          competency: null,
          descriptors: {
            '1': 'Lists the measurements without a pattern.',
            '2': 'Finds the pattern and draws a conclusion from it.',
            '3': 'Finds the pattern, states how sure the data allow one to be.',
          },
        },
      ],
    });
  });

  it('reads a bare CFRubric, and falls back to description for a criterion name', () => {
    const rubric = fixture().CFRubrics[0]!;
    delete rubric.CFRubricCriteria[0]!.category;
    const file = parseRubricCase(JSON.stringify(rubric), 'rubric.json');
    expect(file.criteria.map((c) => c.name)).toEqual([
      'Planning a fair test',
      'Turns measurements into a pattern and a conclusion.',
    ]);
  });

  it('round-trips a rubric: file -> text -> file (CASE has no grade band)', () => {
    const text = writeRubricCase(argumentWriting, { lastChangeDateTime: WHEN });
    expect(parseRubricCase(text, 'out.json')).toEqual({ ...argumentWriting, gradeBand: null });
  });

  it('writes a CFRubric with every field CASE requires, deterministic name-based UUIDs', () => {
    const text = writeRubricCase(argumentWriting, {
      lastChangeDateTime: WHEN,
      idSeed: 'rubric-42',
      baseUri: 'https://case.example.org/ims/case/v1p0/',
    });
    expect(
      writeRubricCase(argumentWriting, {
        lastChangeDateTime: WHEN,
        idSeed: 'rubric-42',
        baseUri: 'https://case.example.org/ims/case/v1p0',
      }),
    ).toBe(text);
    const rubric = JSON.parse(text) as Json['CFRubrics'][number];
    const ids: string[] = [];
    const required = (object: Record<string, unknown>, kind: string) => {
      expect(object.identifier).toMatch(UUID);
      expect(object.uri).toBe(
        `https://case.example.org/ims/case/v1p0/${kind}/${String(object.identifier)}`,
      );
      expect(object.lastChangeDateTime).toBe(WHEN);
      ids.push(object.identifier as string);
    };
    required(rubric, 'CFRubrics');
    expect(rubric.title).toBe('Argument writing');
    rubric.CFRubricCriteria.forEach((criterion, i) => {
      required(criterion, 'CFRubricCriteria');
      expect(criterion).toMatchObject({ position: i + 1, rubricId: rubric.identifier });
      criterion.CFRubricCriterionLevels.forEach((level, j) => {
        required(level, 'CFRubricCriterionLevels');
        expect(level).toMatchObject({
          score: argumentWriting.levels[j]!.value,
          quality: argumentWriting.levels[j]!.label,
          position: j + 1,
          rubricCriterionId: criterion.identifier,
        });
      });
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(rubric.CFRubricCriteria[0]!.CFItemURI).toEqual({
      title: 'Communication',
      identifier: expect.stringMatching(UUID) as unknown,
      uri: expect.stringMatching(
        /^https:\/\/case\.example\.org\/ims\/case\/v1p0\/CFItems\//,
      ) as unknown,
    });
    expect(rubric.CFRubricCriteria[1]!.CFItemURI).toBeUndefined();

    const other = JSON.parse(
      writeRubricCase(argumentWriting, { lastChangeDateTime: WHEN }),
    ) as Json['CFRubrics'][number];
    expect(other.identifier).not.toBe(rubric.identifier);
    expect(other.uri).toBe(`urn:uuid:${String(other.identifier)}`);
  });

  it("keeps a criterion's framework item: its identifier, uri and title go out as they came in", () => {
    const source = fixture().CFRubrics[0]!.CFRubricCriteria.find((c) => c.CFItemURI)!.CFItemURI;
    const file = parseRubricCase(fixtureText, 'framework.json');
    for (const baseUri of [undefined, 'https://concord.example/case']) {
      const text = writeRubricCase(file, { lastChangeDateTime: WHEN, idSeed: 'r-1', baseUri });
      const written = JSON.parse(text) as Json['CFRubrics'][number];
      expect(written.CFRubricCriteria[0]!.CFItemURI).toEqual(source);
      expect(written.CFRubricCriteria[1]!.CFItemURI).toBeUndefined();
      expect(parseRubricCase(text, 'again.json')).toEqual(file);
    }
  });

  it('links no framework for an item Concord made up from a competency name, or one without identifier', () => {
    const own = writeRubricCase(argumentWriting, { lastChangeDateTime: WHEN });
    expect(JSON.parse(own)).toMatchObject({
      CFRubricCriteria: [{ CFItemURI: { title: 'Communication' } }, {}],
    });
    expect(parseRubricCase(own, 'own.json').criteria[0]).not.toHaveProperty('frameworkItem');
    const document = fixture();
    const link = document.CFRubrics[0]!.CFRubricCriteria[1]!.CFItemURI as Record<string, unknown>;
    link.identifier = ' ';
    const criterion = parseRubricCase(JSON.stringify(document), 'f.json').criteria[0]!;
    expect(criterion.competency).toBe('Plans and carries out investigations');
    expect(criterion).not.toHaveProperty('frameworkItem');
  });

  it('writes a kept item without uri or title with its own uri and the competency name', () => {
    const file = parseRubricCase(fixtureText, 'framework.json');
    const item = { identifier: 'ITEM-7', uri: '', title: '' };
    file.criteria[0] = { ...file.criteria[0]!, frameworkItem: item };
    const written = JSON.parse(
      writeRubricCase(file, { lastChangeDateTime: WHEN, baseUri: 'https://c.example' }),
    ) as Json['CFRubrics'][number];
    expect(written.CFRubricCriteria[0]!.CFItemURI).toEqual({
      title: 'Plans and carries out investigations',
      identifier: 'ITEM-7',
      uri: 'https://c.example/CFItems/ITEM-7',
    });
  });

  it('reads the rubric asked for from a CFRubrics list', () => {
    const document = fixture();
    const second = { ...document.CFRubrics[0]!, title: 'Second' };
    document.CFRubrics.push(second);
    expect(parseRubricCase(JSON.stringify(document), 'f.json', { rubricIndex: 1 }).title).toBe(
      'Second',
    );
    expectRefusal(
      () => parseRubricCase(JSON.stringify(document), 'f.json', { rubricIndex: 2 }),
      'f.json, field "CFRubrics": this CASE package has 2 rubric(s); there is no rubric number 3',
    );
  });

  describe('refuses', () => {
    it('an empty CFRubrics list', () => {
      refuse(
        { ...fixture(), CFRubrics: [] },
        'framework.json, field "CFRubrics": this CASE package has no rubric: "CFRubrics" is empty',
      );
    });

    it('a package without rubrics', () => {
      const document: Record<string, unknown> = fixture();
      delete document.CFRubrics;
      refuse(
        document,
        'framework.json, field "CFRubrics": this CASE package has no rubric: it has no "CFRubrics" list',
      );
    });

    it('criteria that disagree on a level quality, naming criterion and level', () => {
      const document = fixture();
      document.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels[1]!.quality = 'Meeting';
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[1].quality": criterion "Analysing data" calls score 2 "Meeting", criterion "Planning a fair test" calls it "Secure"; every criterion needs the same levels',
      );
    });

    it('a criterion missing a level', () => {
      const document = fixture();
      document.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels.splice(0, 1);
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels": criterion "Analysing data" has no level with score 3 ("Extending"), which criterion "Planning a fair test" has; every criterion needs the same levels',
      );
    });

    it('a criterion with an extra level', () => {
      const document = fixture();
      const levels = document.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels;
      levels.push({ ...levels[0]!, score: 4, quality: 'Beyond' });
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[3].score": criterion "Analysing data" has a level with score 4 that criterion "Planning a fair test" does not have; every criterion needs the same levels',
      );
    });

    it('a level without a score', () => {
      const document = fixture();
      delete document.CFRubrics[0]!.CFRubricCriteria[1]!.CFRubricCriterionLevels[2]!.score;
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[1].CFRubricCriterionLevels[2].score": missing: Concord needs a score for every level',
      );
    });

    it('a score used twice in one criterion', () => {
      const document = fixture();
      document.CFRubrics[0]!.CFRubricCriteria[1]!.CFRubricCriterionLevels[2]!.score = 1;
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[1].CFRubricCriterionLevels[2].score": score 1 is used twice in criterion "Planning a fair test" (also at CFRubrics[0].CFRubricCriteria[1].CFRubricCriterionLevels[1])',
      );
    });

    it('a score Concord cannot use (a domain rule, placed at the CASE field)', () => {
      const document = fixture();
      for (const criterion of document.CFRubrics[0]!.CFRubricCriteria) {
        criterion.CFRubricCriterionLevels.find((l) => l.score === 3)!.score = 10;
      }
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[1].CFRubricCriterionLevels[0].score": 10 is not a whole number from 0 to 6',
      );
    });

    it('a score of the wrong type', () => {
      const document = fixture();
      document.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels[0]!.score = '3';
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0].score": a number is needed, not the text "3"',
      );
    });

    it('a level without a description (the descriptor)', () => {
      const document = fixture();
      delete document.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels[2]!.description;
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[2].description": "Analysing data" has no descriptor for level 1 (Beginning)',
      );
    });

    it('a criterion without category or description', () => {
      const document = fixture();
      const criterion = document.CFRubrics[0]!.CFRubricCriteria[0]!;
      delete criterion.category;
      delete criterion.description;
      refuse(
        document,
        'framework.json, field "CFRubrics[0].CFRubricCriteria[0].category": every criterion needs a name',
      );
    });

    it('a rubric without criteria', () => {
      refuse(
        {
          identifier: 'x',
          uri: 'urn:x',
          title: 'Empty',
          lastChangeDateTime: WHEN,
          CFRubricCriteria: [],
        },
        'framework.json, field "CFRubricCriteria": a rubric needs at least one criterion',
      );
    });
  });
});
