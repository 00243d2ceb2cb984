// The phase of a comparative judgement session in its own words ("Judging", "Results shown").
import type { SessionPhase } from '../../../../src-main/domain/session.js';
import type { BadgeTone } from '../../../ui/Badge.js';
import { Badge } from '../../../ui/Badge.js';
import { JUDGING_PHASE_EXPLANATIONS, JUDGING_PHASE_WORDS } from './judging-words.js';

// The same tones as a meeting's phases, so a list of both reads at a glance.
const TONES: Record<SessionPhase, BadgeTone> = {
  draft: 'neutral',
  scoring: 'info',
  revealed: 'warning',
  closed: 'success',
};

export function JudgingPhaseBadge({ phase }: { phase: SessionPhase }) {
  return (
    <Badge tone={TONES[phase]} title={JUDGING_PHASE_EXPLANATIONS[phase]}>
      {JUDGING_PHASE_WORDS[phase]}
    </Badge>
  );
}
