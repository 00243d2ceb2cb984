// What the new-session wizard collects, and what keeps a step from moving on. A rubric meeting
// and a comparative judgement session share the first steps; each then asks for its own settings.
import type { ProtocolPhase, SessionKind } from '../../../src-main/domain/session.js';
import { DEFAULT_SESSION_OPTIONS } from '../../../src-main/domain/session.js';

export const STEPS = ['Details', 'Rubric', 'Samples', 'Raters', 'Options', 'Review'] as const;
export const JUDGING_STEPS = [
  'Details',
  'Rubric',
  'Samples',
  'Judges',
  'Judging',
  'Review',
] as const;

export type StepName = (typeof STEPS)[number] | (typeof JUDGING_STEPS)[number];

export function stepsFor(kind: SessionKind): readonly StepName[] {
  return kind === 'judgement' ? JUDGING_STEPS : STEPS;
}

/** What a new judgement session asks of each judge unless the facilitator says otherwise. */
export const DEFAULT_PER_JUDGE = 20;
/** Comparing needs at least three samples (the api refuses fewer). */
export const MIN_JUDGED_SAMPLES = 3;
/** The longest question the api takes. */
export const MAX_QUESTION = 500;

export interface Draft {
  kind: SessionKind;
  title: string;
  heldOn: string;
  /** Who runs the meeting (a person in the workspace), or null: "not recorded" in the report. */
  facilitatorId: string | null;
  rubricVersionId: string;
  sampleIds: string[];
  /** The raters of a meeting, or the judges of a judgement session. */
  raterIds: string[];
  blind: boolean;
  randomizeOrder: boolean;
  hideRaterNames: boolean;
  rounds: 1 | 2;
  protocol: ProtocolPhase[];
  /** Comparative judgement: what judges decide for each pair. */
  question: string;
  /** The competency whose statement the question was filled from, if any. */
  competencyId: string | null;
  /** Judgements asked of each judge; NaN while the box is empty. */
  perJudge: number;
}

/** The field a problem belongs to, shown under it; null: the step as a whole. */
export type DraftField = 'title' | 'heldOn' | 'question' | 'perJudge';

/** What every step of the wizard gets: the draft and a way to change part of it. */
export interface StepProps {
  draft: Draft;
  update: (change: Partial<Draft>) => void;
}

/** A step whose fields can be wrong. */
export interface FieldStepProps extends StepProps {
  /** A problem to show under its field (the field is marked invalid and described by it). */
  errors: Partial<Record<DraftField, string>>;
}

export interface StepProblem {
  field: DraftField | null;
  message: string;
}

export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newDraft(): Draft {
  return {
    kind: 'rubric',
    title: '',
    heldOn: today(),
    // The owner at the desktop is not one of the workspace's people, so nobody is assumed.
    facilitatorId: null,
    rubricVersionId: '',
    sampleIds: [],
    raterIds: [],
    blind: DEFAULT_SESSION_OPTIONS.blind,
    randomizeOrder: DEFAULT_SESSION_OPTIONS.randomizeOrder,
    hideRaterNames: DEFAULT_SESSION_OPTIONS.hideRaterNames,
    rounds: DEFAULT_SESSION_OPTIONS.rounds,
    protocol: DEFAULT_SESSION_OPTIONS.protocol.map((p) => ({ ...p })),
    question: '',
    competencyId: null,
    perJudge: DEFAULT_PER_JUDGE,
  };
}

export function stepProblem(step: number, draft: Draft): StepProblem | null {
  const problem = (message: string, field: DraftField | null = null) => ({ field, message });
  const judging = draft.kind === 'judgement';
  switch (stepsFor(draft.kind)[step]) {
    case 'Details':
      if (draft.title.trim() === '') return problem('Give the session a title.', 'title');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.heldOn))
        return problem('Choose the date of the meeting.', 'heldOn');
      return null;
    case 'Rubric':
      if (draft.rubricVersionId !== '') return null;
      return problem(
        judging
          ? 'Choose the rubric whose levels name the level bands.'
          : 'Choose the rubric to score against.',
      );
    case 'Samples':
      if (!judging && draft.sampleIds.length === 0) return problem('Choose at least one sample.');
      if (judging && draft.sampleIds.length < MIN_JUDGED_SAMPLES) {
        return problem('Choose at least three samples: judges compare them two at a time.');
      }
      return null;
    case 'Raters':
      return draft.raterIds.length === 0 ? problem('Choose at least one rater.') : null;
    case 'Judges':
      return draft.raterIds.length === 0 ? problem('Choose at least one judge.') : null;
    case 'Options':
      if (draft.protocol.some((p) => p.name.trim() === ''))
        return problem('Every protocol phase needs a name.');
      if (draft.protocol.some((p) => !(p.minutes >= 1 && p.minutes <= 240)))
        return problem('Protocol phases last 1 to 240 minutes.');
      return null;
    case 'Judging': {
      const question = draft.question.trim();
      if (question === '') return problem('Write the question judges answer.', 'question');
      if (question.length > MAX_QUESTION) {
        return problem(
          `Keep the question to ${MAX_QUESTION} characters; it has ${question.length}.`,
          'question',
        );
      }
      if (!Number.isInteger(draft.perJudge) || draft.perJudge < 1 || draft.perJudge > 500) {
        return problem('Ask each judge for 1 to 500 judgements.', 'perJudge');
      }
      return null;
    }
    default:
      return null;
  }
}
