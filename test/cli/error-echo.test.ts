// Attack: a file whose cells are huge, or carry terminal escape sequences and bidi controls, fed
// to `concord` so that its error message echoes them. The terminal must get a short message in
// which every control character is shown as an escape, still naming file, line and field.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConcord } from '../helpers/cli.js';
import { tempDir } from '../helpers/workspace.js';

const HUGE = 5 * 1024 * 1024;
/** Clear the screen, retitle the window, ring the bell; a one-byte C1 CSI; bidi overrides. */
const TERMINAL_ATTACK = '\x1b[2J\x1b]0;pwned\x07\x9b31m\u202egnp.exe\u202c\u2066x\u2069';
/** Anything a terminal acts on, except a line end. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

async function concord(argv: string[]) {
  const run = await runConcord(argv, dir);
  expect(run.stdout).toBe('');
  return run;
}

/** One short line, nothing raw a terminal would act on. */
function expectSafe(stderr: string): void {
  expect(Buffer.byteLength(stderr)).toBeLessThan(1024);
  expect(stderr).not.toMatch(RAW_CONTROL);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.slice(0, -1)).not.toContain('\n');
}

describe('concord stats echoing a hostile ratings file', () => {
  it('quotes a 5 MB score cell as a short excerpt', async () => {
    const name = file(
      'huge-score.csv',
      `sample,rater,criterion,score\nS1,R1,C1,${'9x'.repeat(HUGE / 2)}\n`,
    );
    const run = await concord(['stats', name]);
    expect(run.code).toBe(3);
    expectSafe(run.stderr);
    expect(run.stderr).toContain(`concord stats: ${name}, line 2, field "score": score "9x9x`);
    expect(run.stderr).toContain('…" is not an integer');
  });

  it('quotes a 5 MB header cell as a short excerpt', async () => {
    const name = file('huge-header.csv', `sample,rater,${'h'.repeat(HUGE)}\nS1,R1,1\n`);
    const run = await concord(['stats', name]);
    expect(run.code).toBe(3);
    expectSafe(run.stderr);
    expect(run.stderr).toContain(`${name}, line 1, field "score": missing column "score"`);
    expect(run.stderr).toContain('(sample,rater,hhh');
  });

  it('cuts a 5 MB header name used as the field of a short row', async () => {
    const name = file('huge-field.csv', `sample,rater,"score${' '.repeat(HUGE)}"\nS1,R1\n`);
    const run = await concord(['stats', name]);
    expect(run.code).toBe(3);
    expectSafe(run.stderr);
    expect(run.stderr).toMatch(new RegExp(`${name}, line 2, field "score {20,}…": the row has 2`));
  });

  it('shows escape sequences and bidi controls in a score cell as visible escapes', async () => {
    const name = file(
      'escape-score.csv',
      `sample,rater,criterion,score\nS1,R1,C1,${TERMINAL_ATTACK}\n`,
    );
    const run = await concord(['stats', name]);
    expect(run.code).toBe(3);
    expectSafe(run.stderr);
    expect(run.stderr).toContain(`${name}, line 2, field "score": score "`);
    expect(run.stderr).toContain(String.raw`\x1b[2J\x1b]0;pwned\x07\x9b31m\u{202e}gnp.exe`);
  });

  it('shows escape sequences in a header name as visible escapes', async () => {
    const name = file('escape-header.csv', `sample,rater,"${TERMINAL_ATTACK}"\nS1,R1,1\n`);
    const run = await concord(['stats', name]);
    expect(run.code).toBe(3);
    expectSafe(run.stderr);
    expect(run.stderr).toContain(`${name}, line 1, field "score": missing column "score"`);
    expect(run.stderr).toContain(String.raw`(sample,rater,\x1b[2J\x1b]0;pwned\x07\x9b31m\u{202e}`);
  });

  it('escapes ids quoted by the statistics engine (a rater scoring twice)', async () => {
    const rater = `R1${TERMINAL_ATTACK}`;
    const name = file('escape-rater.csv', `sample,rater,score\nS1,${rater},1\nS1,${rater},2\n`);
    const run = await concord(['stats', name]);
    expect(run.code).toBe(3);
    expectSafe(run.stderr);
    expect(run.stderr).toContain(`${name}, line 3, field "rater": rater "R1\\x1b[2J`);
    expect(run.stderr).toContain('(first scored on line 2)');
  });
});

describe('concord stats printing a table of ids from a hostile file', () => {
  it('shows criterion and rater ids with their control characters escaped', async () => {
    const rows = ['sample,rater,criterion,score'];
    for (let s = 1; s <= 4; s++) {
      rows.push(`S${s},A${TERMINAL_ATTACK},C${TERMINAL_ATTACK},${1 + (s % 2)}`);
      rows.push(`S${s},B,C${TERMINAL_ATTACK},2`);
    }
    const name = file('escape-table.csv', `${rows.join('\n')}\n`);
    const run = await runConcord(['stats', name, '--ci', 'none'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain(String.raw`Criterion C\x1b[2J\x1b]0;pwned\x07`);
    expect(run.stdout).toContain(String.raw`A\x1b[2J`);
  });
});

describe('the last stop before the terminal', () => {
  it('escapes and cuts a message no parser made safe (a file name on the command line)', async () => {
    const name = `missing${TERMINAL_ATTACK}${'n'.repeat(200)}.csv`;
    const run = await concord(['stats', name]);
    expect(run.code).toBe(1);
    expectSafe(run.stderr);
    expect(run.stderr).toContain(String.raw`concord stats: cannot read missing\x1b[2J`);
    expect(run.stderr).toContain('ENOENT');
  });

  it('keeps a rubric file error short and escaped too', async () => {
    const header = `criterion,1 Low,"${TERMINAL_ATTACK}${'L'.repeat(HUGE)}",3 High`;
    const name = file('rubric.csv', `${header}\nClaim,a,b,c\n`);
    const run = await concord(['rubric', 'import', name, '--workspace', 'w.sqlite']);
    expect(run.code).toBe(3);
    expectSafe(run.stderr);
    expect(run.stderr).toContain(`${name}, line 1, field "\\x1b[2J`);
    expect(run.stderr).toContain('is not a level column');
  });
});
