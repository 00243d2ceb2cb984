// What a redaction leaves behind is offered for review: a lone capital beside a "[name]" mark
// becomes a candidate "P.", and confirming it removes that initial beside names only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNameCandidates } from '../../../src-main/formats/samples/candidates.js';
import { openTempApp } from '../../helpers/workspace.js';
import type { TempApp } from '../../helpers/workspace.js';

const ROSTER = ['Maya Okafor'];
const initials = (text: string) =>
  findNameCandidates(text, ROSTER).filter((c) => /^\p{Lu}\.$/u.test(c.name));

describe('lone initials beside a redaction', () => {
  it('offers a capital after a mark, with or without its period, with the context', () => {
    const found = initials('Essay by [name] P\nThe bridge is cheaper. [name] P. agrees.');
    expect(found).toEqual([
      {
        name: 'P.',
        occurrences: 2,
        context: 'Essay by [name] P The bridge is cheaper. [name] P. agrees…',
      },
    ]);
  });

  it('offers a capital before a mark, and across one line break', () => {
    expect(initials('Signed J. [name] today').map((c) => c.name)).toEqual(['J.']);
    expect(initials('Written by [name]\nK').map((c) => c.name)).toEqual(['K.']);
  });

  it('counts one initial between two marks once', () => {
    expect(initials('[name] P [name] wrote it.')).toEqual([
      expect.objectContaining({ name: 'P.', occurrences: 1 }),
    ]);
  });

  it('leaves out words and letters that stand nowhere near a mark', () => {
    const text =
      'I think [name] I like the plan. [name] A lot of cars. O Canada. Plan P is fine.\n' +
      'By [name]\n\nP is for pond. [name] Park went too.';
    expect(initials(text)).toEqual([]);
  });

  it('still offers the NLP names next to the initials', () => {
    const found = findNameCandidates('By [name] P. My friend Sofia Ramirez helped.', ROSTER);
    expect(found.map((c) => c.name).sort()).toEqual(['P.', 'Sofia Ramirez']);
  });
});

describe('confirming an initial candidate', () => {
  let app: TempApp;
  beforeAll(() => {
    app = openTempApp();
  });
  afterAll(() => app.dispose());

  it('removes the initial beside the name in the rater copy and leaves every other P', async () => {
    const original = 'Name: Maya P\n\nPlan P is cheap. P.S. Maya P. agrees.\n';
    const [result] = await app.services.sampleImport.importFiles(
      [{ name: 'essay.txt', bytes: new TextEncoder().encode(original) }],
      { roster: ROSTER },
    );
    const id = result!.sampleId!;
    const copy = () => new TextDecoder().decode(app.store.samples.fileOf(id)!.bytes as Uint8Array);
    // The roster spells the surname with an O, so the P is left for a person to judge.
    expect(copy()).toBe('Name: [name] P\n\nPlan P is cheap. P.S. [name] P. agrees.\n');
    const suggested = app.services.sampleImport.candidates(id).find((c) => c.name === 'P.');
    expect(suggested).toMatchObject({ occurrences: 2, status: 'pending' });

    await app.services.sampleImport.confirmNames(id, ['P.']);
    expect(copy()).toBe('Name: [name]\n\nPlan P is cheap. P.S. [name] agrees.\n');
    expect(app.services.sampleImport.candidates(id).find((c) => c.name === 'P.')?.status).toBe(
      'confirmed',
    );
  });
});
