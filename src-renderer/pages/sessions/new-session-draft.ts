// What the new-session wizard collects, and what keeps a step from moving on.
import type { ProtocolPhase } from '../../../src-main/domain/session.js';
import { DEFAULT_SESSION_OPTIONS } from '../../../src-main/domain/session.js';

export const STEPS = ['Details', 'Rubric', 'Samples', 'Raters', 'Options', 'Review'] as const;

export interface Draft {
  title: string;
  heldOn: string;
  /** Who runs the meeting (a person in the workspace), or null: "not recorded" in the report. */
  facilitatorId: string | null;
  rubricVersionId: string;
  sampleIds: string[];
  raterIds: string[];
  blind: boolean;
  randomizeOrder: boolean;
  hideRaterNames: boolean;
  rounds: 1 | 2;
  protocol: ProtocolPhase[];
}

/** The field a problem belongs to, shown under it; null: the step as a whole. */
export type DraftField = 'title' | 'heldOn';

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
  };
}

export function stepProblem(step: number, draft: Draft): StepProblem | null {
  const problem = (message: string, field: DraftField | null = null) => ({ field, message });
  if (step === 0) {
    if (draft.title.trim() === '') return problem('Give the session a title.', 'title');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.heldOn))
      return problem('Choose the date of the meeting.', 'heldOn');
  }
  if (step === 1 && draft.rubricVersionId === '')
    return problem('Choose the rubric to score against.');
  if (step === 2 && draft.sampleIds.length === 0) return problem('Choose at least one sample.');
  if (step === 3 && draft.raterIds.length === 0) return problem('Choose at least one rater.');
  if (step === 4) {
    if (draft.protocol.some((p) => p.name.trim() === ''))
      return problem('Every protocol phase needs a name.');
    if (draft.protocol.some((p) => !(p.minutes >= 1 && p.minutes <= 240)))
      return problem('Protocol phases last 1 to 240 minutes.');
  }
  return null;
}
