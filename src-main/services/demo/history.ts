// The demo team's earlier calibration sessions in 2026, on the same rubric version and with the
// same raters as the finished October session, so the coach's drift view has a history to show:
// Marcus reads harsh throughout, Hannah drifts towards leniency, and the others stay close to
// the consensus. Scores are drawn from a seeded generator around the consensus the team
// settled on in October, so they are the same on every run.
import { seededRandom, shuffled } from '../../domain/order.js';
import type { DemoContent } from './content.js';

type DemoSession = DemoContent['session'];

interface Plan {
  title: string;
  heldOn: string;
  seed: number;
}

const PLANS: Plan[] = [
  { title: 'Calibration practice, February', heldOn: '2026-02-11', seed: 2602 },
  { title: 'Calibration practice, April', heldOn: '2026-04-15', seed: 2604 },
  { title: 'Calibration practice, June', heldOn: '2026-06-03', seed: 2606 },
];

/** Mean lean of each rater in levels, per earlier session (negative = harsher). */
const LEAN: Record<string, readonly number[]> = {
  'Marcus Bell': [-0.5, -0.45, -0.5],
  'Hannah Kowalski': [0.05, 0.2, 0.35],
};

/** How far a single score strays from the rater's lean (uniform, +/- this many levels). */
const SPREAD = 0.6;

/**
 * Three closed sessions before October's, each on six of its samples (the anchors always among
 * them), with round-1 scores for every rater and the October consensus as theirs.
 */
export function demoHistory(content: DemoContent): DemoSession[] {
  const { session } = content;
  const levels = content.rubric.levels.map((l) => l.value);
  const lowest = Math.min(...levels);
  const highest = Math.max(...levels);
  const anchors = new Set(content.samples.filter((s) => s.anchor).map((s) => s.fileName));
  const others = session.samples.filter((name) => !anchors.has(name));

  return PLANS.map((plan, t) => {
    const random = seededRandom(plan.seed);
    const samples = [
      ...session.samples.filter((name) => anchors.has(name)),
      ...shuffled(others, plan.seed).slice(0, 4),
    ];
    const consensus = session.consensus
      .filter((c) => samples.includes(c.sample))
      .map((c) => ({ ...c }));
    const scores: DemoSession['scores'] = [];
    for (const c of consensus) {
      for (const rater of session.raters) {
        const lean = LEAN[rater]?.[t] ?? 0;
        const drawn = Math.round(c.score + lean + (2 * random() - 1) * SPREAD);
        scores.push({
          sample: c.sample,
          rater,
          criterion: c.criterion,
          score: Math.min(highest, Math.max(lowest, drawn)),
          note: '',
        });
      }
    }
    return {
      title: plan.title,
      heldOn: plan.heldOn,
      facilitator: session.facilitator,
      raters: [...session.raters],
      samples,
      scores,
      consensus,
      clarifications: [],
    };
  });
}
