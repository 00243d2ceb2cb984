import { Link, useParams } from 'react-router';
import type { SessionDetail } from '../../../src-main/domain/session.js';
import { useQuery } from '../../api/use-query.js';
import { formatDate, PHASE_EXPLANATIONS, PHASE_WORDS } from '../../lib/words.js';
import { Clarifications } from '../../meeting/Clarifications.js';
import { RevealBoard } from '../../meeting/RevealBoard.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { JudgingLive } from './judging/JudgingLive.js';
import {
  JUDGEMENT_KIND_WORDS,
  JUDGING_PHASE_EXPLANATIONS,
  JUDGING_PHASE_WORDS,
} from './judging/judging-words.js';
import { HostPanel } from './live/HostPanel.js';
import { PhaseControls } from './live/PhaseControls.js';
import { ProgressBoard } from './live/ProgressBoard.js';
import { TimerControls } from './live/TimerControls.js';
import { SessionExports } from './SessionExports.js';
import { SessionPhaseBadge } from './SessionPhaseBadge.js';
import { rubricFact, SessionSetUp } from './SessionSetUp.js';

export function SessionDetailPage() {
  const { sessionId = '' } = useParams();
  const session = useQuery('sessions.get', { sessionId });
  const detail = session.data;
  return (
    <>
      <PageHeader
        title={detail?.title ?? 'Session'}
        before={<Link to="/sessions">← All sessions</Link>}
        description={detail && describe(detail)}
        actions={
          detail && (
            <>
              {(detail.phase === 'revealed' || detail.phase === 'closed') && (
                <ButtonLink to={`/sessions/${encodeURIComponent(detail.id)}/results`}>
                  Results
                </ButtonLink>
              )}
              <SessionPhaseBadge kind={detail.kind} phase={detail.phase} />
            </>
          )
        }
      />
      <QueryView query={session} what="the session">
        {(loaded) =>
          loaded.kind === 'judgement' ? (
            <JudgingLive session={loaded} />
          ) : (
            <SessionLive session={loaded} />
          )
        }
      </QueryView>
    </>
  );
}

function describe(session: SessionDetail): string {
  const held = formatDate(session.heldOn);
  if (session.kind === 'judgement') {
    return `${held} · ${JUDGEMENT_KIND_WORDS} · ${JUDGING_PHASE_WORDS[session.phase]}: ${JUDGING_PHASE_EXPLANATIONS[session.phase]}`;
  }
  return `${held} · Round ${session.currentRound} of ${session.options.rounds} · ${PHASE_WORDS[session.phase]}: ${PHASE_EXPLANATIONS[session.phase]}`;
}

function SessionLive({ session }: { session: SessionDetail }) {
  const rubric = useQuery('rubrics.get', { versionId: session.rubricVersionId });
  const live = session.phase === 'scoring' || session.phase === 'revealed';
  return (
    <>
      <PhaseControls session={session} />
      {live && (
        <div className="live-panels">
          <HostPanel session={session} />
          <TimerControls session={session} />
        </div>
      )}
      {session.phase === 'scoring' && <ProgressBoard session={session} />}
      {session.phase !== 'draft' && rubric.data && (
        <>
          <RevealBoard session={session} rubric={rubric.data} owner />
          <Clarifications
            sessionId={session.id}
            rubric={rubric.data}
            canAdd={session.phase !== 'closed'}
          />
        </>
      )}
      <SessionFacts session={session} />
      <SessionExports session={session} />
    </>
  );
}

function SessionFacts({ session }: { session: SessionDetail }) {
  return (
    <SessionSetUp
      session={session}
      facts={[
        rubricFact(session),
        { term: 'Round', value: `${session.currentRound} of ${session.options.rounds}` },
        {
          term: 'Scoring',
          value: session.options.blind ? 'Blind: raters see only their own scores' : 'Open',
        },
      ]}
    />
  );
}
