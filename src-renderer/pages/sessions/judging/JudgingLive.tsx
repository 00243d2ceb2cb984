// The facilitator's page of a comparative judgement session: its phase controls, the join panel
// while judges work, their progress and the live scale.
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { HostPanel } from '../live/HostPanel.js';
import { JudgingBoard } from './JudgingBoard.js';
import { JudgingFacts } from './JudgingFacts.js';
import { JudgingPhaseControls } from './JudgingPhaseControls.js';
import { LiveScale } from './LiveScale.js';

export function JudgingLive({ session }: { session: SessionDetail }) {
  return (
    <>
      <JudgingPhaseControls session={session} />
      {session.phase === 'scoring' && <HostPanel session={session} />}
      {session.phase !== 'draft' && <JudgingBoard session={session} />}
      {session.phase !== 'draft' && <LiveScale session={session} />}
      <JudgingFacts session={session} />
    </>
  );
}
