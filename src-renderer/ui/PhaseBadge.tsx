import type { SessionPhase } from '../../src-main/domain/session.js';
import { PHASE_EXPLANATIONS, PHASE_WORDS } from '../lib/words.js';
import type { BadgeTone } from './Badge.js';
import { Badge } from './Badge.js';

const TONES: Record<SessionPhase, BadgeTone> = {
  draft: 'neutral',
  scoring: 'info',
  revealed: 'warning',
  closed: 'success',
};

/**
 * A session's phase, in a meeting's words unless given others (a judgement session's "Judging",
 * "Results shown"); the tone is the phase's whatever the words, so a list of both reads at a glance.
 */
export function PhaseBadge({
  phase,
  words = PHASE_WORDS,
  explanations = PHASE_EXPLANATIONS,
}: {
  phase: SessionPhase;
  words?: Record<SessionPhase, string>;
  explanations?: Record<SessionPhase, string>;
}) {
  return (
    <Badge tone={TONES[phase]} title={explanations[phase]}>
      {words[phase]}
    </Badge>
  );
}
