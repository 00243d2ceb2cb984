// `npm run bench -- judging`: a comparative judgement session as large as a school runs one:
// 40 judges, 60 samples, 20 judgements each (800), through the dispatcher as the room calls it.
//   next pair: the time from a judge's choice to the answer that carries its next pair (the
//     choice recorded, the scale refitted from the last one, the pair chosen and kept);
//   scale refit: the facilitator's live scale fitted from scratch after the last judgement;
//   results: the whole report (split-half over 100 splits of the judges, judge fit);
//   lost or duplicated: judgements stored against choices made, every tenth choice sent twice
//     (a retry after a lost answer), and pairs a judge saw twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../src-main/api/dispatcher.js';
import { openApp } from '../src-main/app.js';
import type { Actor } from '../src-main/domain/actor.js';
import type { JudgingTurn } from '../src-main/domain/judging.js';
import { seededRandom } from '../src-main/domain/order.js';
import { DEFAULT_SESSION_OPTIONS } from '../src-main/domain/session.js';
import type { BenchSuite } from './suite.js';
import { median, percentile } from './suite.js';

const JUDGES = 40;
const SAMPLES = 60;
const PER_JUDGE = 20;
const NEXT_PAIR_P95_TARGET_MS = 20;
const REFIT_TARGET_MS = 200;
const REFITS = 7;

async function call<T>(
  services: Parameters<typeof dispatch>[0],
  actor: Actor,
  method: string,
  input: unknown,
): Promise<T> {
  const answer = await dispatch(services, actor, method, input);
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`);
  return answer.result as T;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export const judgingSuite: BenchSuite = {
  name: 'judging',
  description: 'a comparative judgement session: 40 judges x 20 judgements on 60 samples',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'concord-bench-judging-'));
    const app = openApp(join(dir, 'judging.sqlite'));
    try {
      const { services } = app;
      const owner: Actor = { role: 'owner' };
      const rubric = services.rubrics.create({
        title: 'Argument writing',
        description: '',
        gradeBandId: null,
        levels: [1, 2, 3, 4].map((value) => ({ value, label: `Level ${value}` })),
        criteria: [
          {
            name: 'Claim',
            competencyId: null,
            descriptors: { 1: 'a', 2: 'b', 3: 'c', 4: 'd' },
          },
        ],
      });
      const random = seededRandom(7);
      const ability = new Map<string, number>();
      const sampleIds = Array.from({ length: SAMPLES }, (_, i) => {
        const bytes = new TextEncoder().encode(`essay number ${i}`);
        const id = services.samples.add({
          kind: 'text',
          file: { bytes, mediaType: 'text/plain' },
          original: { bytes, mediaType: 'text/plain', fileName: `essay-${i}.txt` },
          studentName: null,
        }).id;
        ability.set(id, (random() + random() + random() - 1.5) * 3);
        return id;
      });
      const judgeIds = Array.from(
        { length: JUDGES },
        (_, i) => services.library.addPerson(`Judge ${i + 1}`, ['rater']).id,
      );
      const session = services.judging.create({
        title: 'Argument judging',
        heldOn: '2026-12-03',
        rubricVersionId: rubric.id,
        facilitatorId: null,
        options: DEFAULT_SESSION_OPTIONS,
        sampleIds,
        raterIds: judgeIds,
        judging: { question: 'Which argues better?', competencyId: null, perJudge: PER_JUDGE },
      });
      await call(services, owner, 'sessions.start', { sessionId: session.id });
      const sessionId = session.id;
      const actors = judgeIds.map((personId): Actor => ({ role: 'rater', sessionId, personId }));
      const turns = await Promise.all(
        actors.map((actor) => call<JudgingTurn>(services, actor, 'judging.turn', { sessionId })),
      );

      // Judges take turns one choice at a time, as a room of judges interleaves.
      const nextPair: number[] = [];
      let choices = 0;
      let retries = 0;
      for (let round = 0; round < PER_JUDGE; round++) {
        for (let j = 0; j < JUDGES; j++) {
          const pair = turns[j]!.pair;
          if (!pair) continue;
          const gap = ability.get(pair.left.id)! - ability.get(pair.right.id)!;
          const winner = random() < 1 / (1 + Math.exp(-gap)) ? 'left' : 'right';
          const input = { sessionId, pairId: pair.pairId, winner, ms: 20_000 };
          const t = performance.now();
          turns[j] = await call<JudgingTurn>(services, actors[j]!, 'judging.choose', input);
          nextPair.push(performance.now() - t);
          choices++;
          if (choices % 10 === 0) {
            await call(services, actors[j]!, 'judging.choose', input);
            retries++;
          }
        }
      }

      const rows = app.store.judging.all(sessionId).filter((r) => r.winnerId !== null);
      const perJudgePairs = new Set(
        rows.map((r) => `${r.judgeId}:${[r.leftId, r.rightId].sort().join('|')}`),
      );
      const lost = choices - rows.length;
      const seenTwice = rows.length - perJudgePairs.size;

      const refits: number[] = [];
      for (let i = 0; i < REFITS; i++) {
        services.judging.forget(sessionId);
        const t = performance.now();
        await call(services, owner, 'judging.scale', { sessionId });
        refits.push(performance.now() - t);
      }
      const t = performance.now();
      await call(services, owner, 'judging.results', { sessionId });
      const results = performance.now() - t;

      const p95 = percentile(nextPair, 95);
      console.log(
        `judging  next pair after a choice: median ${fmt(median(nextPair))}, p95 ${fmt(p95)} ` +
          `(target p95 <= ${NEXT_PAIR_P95_TARGET_MS} ms) over ${nextPair.length} choices`,
      );
      console.log(
        `judging  scale refit from scratch: median ${fmt(median(refits))} ` +
          `(target <= ${REFIT_TARGET_MS} ms) over ${REFITS} runs`,
      );
      console.log(`judging  whole results (split-half over 100 splits): ${fmt(results)}`);
      console.log(
        `judging  ${choices} choices (${retries} sent twice): ${rows.length} stored, ` +
          `${lost} lost or duplicated, ${seenTwice} pairs a judge saw twice`,
      );
      if (p95 > NEXT_PAIR_P95_TARGET_MS || median(refits) > REFIT_TARGET_MS) {
        console.log('judging  ABOVE TARGET');
      }
      if (lost !== 0 || seenTwice !== 0) throw new Error('judgements were lost or duplicated');
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
