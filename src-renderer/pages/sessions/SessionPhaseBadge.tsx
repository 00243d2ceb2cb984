// A session's phase in its kind's own words: a judgement session is "Judging", then "Results shown".
import type { SessionKind, SessionPhase } from '../../../src-main/domain/session.js';
import { PhaseBadge } from '../../ui/PhaseBadge.js';
import { JUDGING_PHASE_EXPLANATIONS, JUDGING_PHASE_WORDS } from './judging/judging-words.js';

export function SessionPhaseBadge({ kind, phase }: { kind: SessionKind; phase: SessionPhase }) {
  return kind === 'judgement' ? (
    <PhaseBadge
      phase={phase}
      words={JUDGING_PHASE_WORDS}
      explanations={JUDGING_PHASE_EXPLANATIONS}
    />
  ) : (
    <PhaseBadge phase={phase} />
  );
}
