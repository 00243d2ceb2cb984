// `concord report` on a comparative judgement session: the same command as for a rubric meeting
// writes the judging report, with the scale, the reliability and the judges by alias.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { runConcord } from '../helpers/cli.js';
import { judgingFixture } from '../helpers/judging.js';
import { tempDir } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };

let dir: string;
let workspace: string;
let sessionId: string;
let codes: string[];

beforeAll(() => {
  dir = tempDir();
  workspace = join(dir, 'judging.sqlite');
  const app = openApp(workspace);
  try {
    const fx = judgingFixture(app.services, 4);
    sessionId = fx.sessionId;
    codes = fx.sampleIds.map((id) => app.store.samples.get(id)!.code);
    // Every judge prefers the sample earlier in the fixture's list.
    for (const judgeId of fx.judgeIds) {
      let turn = app.services.judging.turn(sessionId, OWNER, judgeId);
      while (turn.pair) {
        const { left, right, pairId } = turn.pair;
        const winner =
          fx.sampleIds.indexOf(left.id) < fx.sampleIds.indexOf(right.id) ? 'left' : 'right';
        turn = app.services.judging.choose(
          { sessionId, pairId, winner, note: '', ms: 2_000, judgeId },
          OWNER,
        );
      }
    }
  } finally {
    app.close();
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('concord report on a judgement session', () => {
  it('writes the judging report as HTML, judges by alias in the team copy', async () => {
    const out = join(dir, 'judging.html');
    const run = await runConcord([
      'report',
      '--workspace',
      workspace,
      '--session',
      sessionId,
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Wrote ${out}.\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Argument judging: comparative judgement report</title>');
    expect(html).toContain('“Which essay argues its claim better?”');
    expect(html).toContain('12 judgements by 3 judges');
    expect(html).toContain('How far the order can be trusted');
    for (const code of codes) expect(html).toContain(code);
    for (const alias of ['R1', 'R2', 'R3']) expect(html).toContain(`<th scope="row">${alias}</th>`);
    expect(html).not.toMatch(/\b(Ana|Ben|Cleo)\b/);
    expect(html).not.toContain('<script');
  });
});
