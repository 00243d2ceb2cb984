// A judgement session seen by its owner: the live scale and the scale CSV are built from the fit
// alone, without the reliability's refits, and must say exactly what the full analysis says about
// every sample; the judge table reads R1, R2, ... R11.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { JudgingTurn } from '../../src-main/domain/judging.js';
import { restoreCsvCell } from '../../src-main/formats/csv-cell.js';
import { writeJudgementsCsv } from '../../src-main/formats/judgements-csv.js';
import { Z95 } from '../../src-main/domain/interval.js';
import type { JudgingResults } from '../../src-main/services/judging-results.js';
import type { LiveScale } from '../../src-main/services/judging.js';
import type { JudgingFixture } from '../helpers/judging.js';
import { judgingFixture } from '../helpers/judging.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp } from '../helpers/workspace.js';

let app: TempApp;
let fx: JudgingFixture;
const owner: Actor = { role: 'owner' };

async function call<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const result = await dispatch(app.services, actor, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.result as T;
}

/** Every judge judges all its pairs; the sample written first in `order` wins, but for a few upsets. */
async function judgeAll(order: readonly string[]): Promise<void> {
  const rank = new Map(order.map((id, i) => [id, i]));
  let upset = 0;
  for (const personId of fx.judgeIds) {
    const judge: Actor = { role: 'rater', sessionId: fx.sessionId, personId };
    let turn = await call<JudgingTurn>(judge, 'judging.turn', { sessionId: fx.sessionId });
    while (turn.pair) {
      const leftFirst = rank.get(turn.pair.left.id)! < rank.get(turn.pair.right.id)!;
      // Every fourth choice goes the other way, so no sample wins or loses everything.
      const winner = leftFirst !== (upset++ % 4 === 3) ? 'left' : 'right';
      turn = await call<JudgingTurn>(judge, 'judging.choose', {
        sessionId: fx.sessionId,
        pairId: turn.pair.pairId,
        winner,
        note: '',
        ms: 1500,
      });
    }
  }
}

function anchor(sampleId: string, level: number): void {
  const version = app.store.rubrics.getVersion(fx.rubricVersionId)!;
  app.services.samples.setAnchor({
    sampleId,
    rubricId: version.rubricId,
    gradeBandId: null,
    level,
    scores: [{ criterionKey: version.criteria[0]!.key, score: level, rationale: 'Reference.' }],
  });
}

beforeEach(() => {
  app = openTempApp();
  fx = judgingFixture(app.services, 8);
});
afterEach(() => app.dispose());

describe('the scale, the files and the judge table of a judgement session', () => {
  it('shows the facilitator the abilities and standard errors of the full analysis', async () => {
    await judgeAll(fx.sampleIds);
    const scale = await call<LiveScale>(owner, 'judging.scale', { sessionId: fx.sessionId });
    const results = await call<JudgingResults>(owner, 'judging.results', {
      sessionId: fx.sessionId,
    });
    expect(scale.judgements).toBe(24);
    expect(scale.components).toBe(results.report.fit.components);
    const full = new Map(results.report.fit.samples.map((s) => [s.sample, s]));
    for (const s of scale.samples) {
      const same = full.get(s.code)!;
      expect(s.ability).toBeCloseTo(same.ability, 9);
      expect(s.se).not.toBeNull();
      expect(s.se!).toBeCloseTo(same.se!, 9);
      expect([s.wins, s.comparisons]).toEqual([same.wins, same.comparisons]);
    }
  });

  it('refits the live scale after each judgement and keeps it between them', async () => {
    const before = await call<LiveScale>(owner, 'judging.scale', { sessionId: fx.sessionId });
    expect(before.judgements).toBe(0);
    const judge: Actor = { role: 'rater', sessionId: fx.sessionId, personId: fx.judgeIds[0] };
    const turn = await call<JudgingTurn>(judge, 'judging.turn', { sessionId: fx.sessionId });
    await call<JudgingTurn>(judge, 'judging.choose', {
      sessionId: fx.sessionId,
      pairId: turn.pair!.pairId,
      winner: 'left',
      note: '',
      ms: 900,
    });
    const after = await call<LiveScale>(owner, 'judging.scale', { sessionId: fx.sessionId });
    expect(after.judgements).toBe(1);
    const left = after.samples.find((s) => s.sampleId === turn.pair!.left.id)!;
    const right = after.samples.find((s) => s.sampleId === turn.pair!.right.id)!;
    expect(left.ability).toBeGreaterThan(right.ability);
    // Asked again with no new judgement, the scale is the one already fitted, not a refit.
    const kept = app.services.judging.scale(fx.sessionId);
    expect(app.services.judging.scale(fx.sessionId)).toBe(kept);
    expect(kept).toEqual(after);
  });

  it('writes the scale CSV with the full analysis’s figures, levels and anchors included', async () => {
    anchor(fx.sampleIds[0]!, 4);
    anchor(fx.sampleIds[5]!, 1);
    await judgeAll(fx.sampleIds);
    const file = await call<{ fileName: string; text: string }>(owner, 'judging.export', {
      sessionId: fx.sessionId,
      what: 'estimates',
    });
    const results = await call<JudgingResults>(owner, 'judging.results', {
      sessionId: fx.sessionId,
    });
    const { fit, levels } = results.report;
    expect(levels).toBeDefined();
    const anchorLevel = new Map(results.anchors.map((a) => [a.code, a.level]));
    const level = new Map(levels!.samples.map((l) => [l.sample, l.level]));
    const full = new Map(fit.samples.map((s) => [s.sample, s]));
    const [header, ...lines] = file.text
      .trim()
      .split('\r\n')
      .map((line) => line.split(',').map(restoreCsvCell));
    const rows = lines.map((cells) => new Map(header!.map((name, i) => [name, cells[i]!])));
    const numberOrNull = (cell: string | undefined) => (cell === '' ? null : Number(cell));
    expect(file.fileName).toBe('argument-judging-scale.csv');
    expect(rows.map((r) => r.get('sample'))).toEqual(
      [...fit.samples].sort((a, b) => b.ability - a.ability).map((s) => s.sample),
    );
    for (const row of rows) {
      const sample = full.get(row.get('sample')!)!;
      expect(Number(row.get('ability'))).toBeCloseTo(sample.ability, 9);
      expect(Number(row.get('se'))).toBeCloseTo(sample.se!, 9);
      expect(Number(row.get('ci95_lower'))).toBeCloseTo(sample.ability - Z95 * sample.se!, 9);
      expect([row.get('wins'), row.get('comparisons')]).toEqual([
        String(sample.wins),
        String(sample.comparisons),
      ]);
      expect(numberOrNull(row.get('anchor_level'))).toBe(anchorLevel.get(sample.sample) ?? null);
      expect(numberOrNull(row.get('estimated_level'))).toBe(level.get(sample.sample) ?? null);
    }
    expect(rows.filter((r) => r.get('anchor_level') !== '')).toHaveLength(2);
    expect(rows.every((r) => r.get('estimated_level') !== '')).toBe(true);
  });

  it('writes every judgement once, judges by alias and samples by code', async () => {
    await judgeAll(fx.sampleIds);
    const file = await call<{ text: string }>(owner, 'judging.export', {
      sessionId: fx.sessionId,
      what: 'judgements',
    });
    const session = app.store.sessions.get(fx.sessionId)!;
    const alias = new Map(session.raters.map((r) => [r.personId, r.alias]));
    const code = (id: string) => app.store.samples.get(id)!.code;
    const rows = app.store.judging.all(fx.sessionId);
    expect(file.text).toBe(
      writeJudgementsCsv(
        rows.map((r) => ({
          session: fx.sessionId,
          judge: alias.get(r.judgeId)!,
          left: code(r.leftId),
          right: code(r.rightId),
          winner: code(r.winnerId!),
          ms: r.ms,
        })),
      ),
    );
    expect(file.text.trim().split('\n')).toHaveLength(1 + 24);
    expect(file.text).not.toMatch(/Ana|Ben|Cleo|Student/);
  });

  it('lists the judges R1, R2, ... R11 in the results, not R1, R10, R11, R2', async () => {
    const judges = Array.from(
      { length: 11 },
      (_, i) => app.services.library.addPerson(`Judge ${i + 1}`, ['rater']).id,
    );
    const session = app.services.judging.create({
      title: 'Eleven judges',
      heldOn: '2026-12-03',
      rubricVersionId: fx.rubricVersionId,
      facilitatorId: null,
      options: app.store.sessions.get(fx.sessionId)!.options,
      sampleIds: fx.sampleIds,
      raterIds: judges,
      judging: { question: 'Which is better?', competencyId: null, perJudge: 2 },
    });
    app.services.sessions.start(session.id, owner);
    for (const personId of judges) {
      const judge: Actor = { role: 'rater', sessionId: session.id, personId };
      let turn = await call<JudgingTurn>(judge, 'judging.turn', { sessionId: session.id });
      while (turn.pair) {
        turn = await call<JudgingTurn>(judge, 'judging.choose', {
          sessionId: session.id,
          pairId: turn.pair.pairId,
          winner: 'left',
          note: '',
          ms: null,
        });
      }
    }
    const results = await call<JudgingResults>(owner, 'judging.results', {
      sessionId: session.id,
    });
    expect(results.report.judges.judges.map((j) => j.judge)).toEqual(
      judges.map((_, i) => `R${i + 1}`),
    );
  });
});
