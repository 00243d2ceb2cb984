// The ratings CSV behind `concord stats`: every damaged file is read or refused with an
// InputError naming where, never a crash or a hang, and whatever is read is self-consistent.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import { runConcord } from '../helpers/cli.js';
import { tempDir } from '../helpers/workspace.js';
import { mutants, tryInput, utf8 } from './mutate.js';

const PARSE_INPUTS = 2500;
const CLI_INPUTS = 150;

const seeds = [
  new Uint8Array(readFileSync(new URL('../fixtures/stats/krippendorff-2011.csv', import.meta.url))),
  utf8(
    '\uFEFFsession,round,sample,rater,criterion,score\r\n' +
      's1,1,S-7F3K,R1,Claim,3\r\ns1,1,S-7F3K,R2,Claim,4\r\ns1,1,"S-9,Q",R1,"Evi ""dence""",2\r\n' +
      's1,1,"S-9,Q",R2,"Evi ""dence""",\r\ns1,1,S-7F3K,R1,"multi\nline",1\r\n',
  ),
  utf8('sample;rater;score\nA;x;1\nA;y;2\nB;x;2\nB;y;2\n'),
];

const dir = tempDir('concord-fuzz-ratings-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzzing the ratings CSV reader', () => {
  it(`reads or cleanly refuses ${PARSE_INPUTS} damaged files`, async () => {
    const failures: string[] = [];
    let read = 0;
    for (const { index, bytes } of mutants(seeds, PARSE_INPUTS, 0x5eed01)) {
      const failure = await tryInput('ratings.csv', index, () => {
        const parsed = parseRatingsCsv(bytes, { file: 'ratings.csv' });
        read++;
        // What is read must hold together: every row points at an interned id.
        for (let row = 0; row < parsed.length; row++) {
          const ok =
            parsed.sample[row]! >= 0 &&
            parsed.sample[row]! < parsed.sampleIds.length &&
            parsed.rater[row]! >= 0 &&
            parsed.rater[row]! < parsed.raterIds.length &&
            parsed.line[row]! >= 2;
          if (!ok) throw new TypeError(`row ${row} points outside the interned ids`);
        }
      });
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
    // The mutations must leave a fair share readable, or the fuzzer only tests the header check.
    expect(read).toBeGreaterThan(PARSE_INPUTS / 10);
    console.info(`ratings CSV: ${PARSE_INPUTS} inputs parsed (${read} read, rest refused)`);
  });

  it(`runs \`concord stats\` on ${CLI_INPUTS} damaged files: a report or a clear refusal`, async () => {
    const failures: string[] = [];
    const outcomes = new Map<number, number>();
    for (const { index, bytes } of mutants(seeds, CLI_INPUTS, 0x5eed02)) {
      const file = join(dir, `input-${index}.csv`);
      writeFileSync(file, bytes);
      const run = await runConcord(['stats', file, '--ci', 'none', '--format', 'json']);
      outcomes.set(run.code, (outcomes.get(run.code) ?? 0) + 1);
      // 0 a report, 2 a usage hint (several rounds), 3 bad data named by line; 1 would be a crash.
      if (![0, 2, 3].includes(run.code) || /TypeError|RangeError|undefined/.test(run.stderr))
        failures.push(`#${index} exit ${run.code}: ${run.stderr.slice(0, 300)}`);
      if (run.code === 3) expect(run.stderr).toMatch(/input-\d+\.csv/);
    }
    expect(failures).toEqual([]);
    expect(outcomes.get(0) ?? 0).toBeGreaterThan(0);
    console.info(
      `concord stats: ${CLI_INPUTS} inputs, exit codes ${JSON.stringify([...outcomes])}`,
    );
  });
});
