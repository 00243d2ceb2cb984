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

export function PhaseBadge({ phase }: { phase: SessionPhase }) {
  return (
    <Badge tone={TONES[phase]} title={PHASE_EXPLANATIONS[phase]}>
      {PHASE_WORDS[phase]}
    </Badge>
  );
}
