// Everything a rater sees: their name, the session, the timer, their scoring, and after the
// reveal the board of revealed samples; in a comparative judgement session, their pairs instead.
// The api decides what a rater may read; this only shows it.
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from '../api/api-context.js';
import type { ConnectionState } from '../api/client.js';
import { useQuery } from '../api/use-query.js';
import { Clarifications } from '../meeting/Clarifications.js';
import { ProtocolTimer } from '../meeting/ProtocolTimer.js';
import { RevealBoard } from '../meeting/RevealBoard.js';
import { ScoringScreen } from '../meeting/ScoringScreen.js';
import { RaterOwnResults } from './RaterOwnResults.js';
import { JudgingScreen } from '../judging/JudgingScreen.js';
import { ConnectionIndicator } from '../shell/ConnectionIndicator.js';
import { Button } from '../ui/Button.js';
import { Loading } from '../ui/Loading.js';
import { QueryView } from '../ui/QueryView.js';

type Rater = Extract<MethodOutput<'app.whoami'>, { role: 'rater' }>;

export function RaterHome() {
  const whoami = useQuery('app.whoami', {});
  if (!whoami.data || whoami.data.role !== 'rater') return <Loading what="your session" />;
  return <RaterSession me={whoami.data} />;
}

function RaterSession({ me }: { me: Rater }) {
  const { client } = useApi();
  const session = useQuery('sessions.get', { sessionId: me.sessionId });
  const [nudged, setNudged] = useState(false);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  useEffect(() => client.watchConnection(setConnection), [client]);
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.topic === 'nudge' && event.personId === me.raterId) setNudged(true);
      }),
    [client, me.raterId],
  );
  const detail = session.data;
  const work = detail?.kind === 'judgement' ? 'judging' : 'scoring';
  useEffect(() => {
    document.title = `${detail?.title ?? 'Session'} · Concord`;
  }, [detail?.title]);

  return (
    <div className="shell shell--rater">
      <header className="shell__header">
        <div className="shell__bar rater-bar">
          <p className="shell__brand">Concord</p>
          <p className="rater-bar__title">{detail?.title ?? ''}</p>
          <p className="rater-bar__me">
            You are <strong>{me.name}</strong>
          </p>
          {detail && <ProtocolTimer session={detail} />}
          <ConnectionIndicator />
        </div>
      </header>
      {nudged && detail?.phase === 'scoring' && (
        <div className="nudge" role="alert">
          <p>The facilitator asks you to finish {work}.</p>
          <Button variant="quiet" onClick={() => setNudged(false)}>
            OK
          </Button>
        </div>
      )}
      <main id="main" className="shell__main rater-main" tabIndex={-1}>
        {connection === 'reconnecting' && session.error?.code !== 'network' && (
          <p className="notice" role="status">
            The connection to the room was lost; reconnecting. If the facilitator has closed the
            session, the room is closed: thank you for scoring.
          </p>
        )}
        {session.error?.code === 'network' ? (
          <Unreachable />
        ) : (
          <QueryView query={session} what="your session">
            {(loaded) => <RaterPhase session={loaded} me={me} />}
          </QueryView>
        )}
      </main>
    </div>
  );
}

/**
 * The room's listener stops when the facilitator closes the session, so a rater who joined over
 * the network cannot hear that it closed; a dropped Wi-Fi looks the same from here.
 */
function Unreachable() {
  return (
    <div className="waiting" role="alert">
      <h1 className="rater-main__title">The room cannot be reached</h1>
      <p>
        If the facilitator has closed the session, the room is closed: thank you for scoring, your
        scores are saved with the facilitator.
      </p>
      <p className="muted">
        Otherwise check this device’s Wi-Fi. This page reconnects by itself and you continue where
        you were.
      </p>
    </div>
  );
}

function RaterPhase({ session, me }: { session: MethodOutput<'sessions.get'>; me: Rater }) {
  // A judge's screen says itself whether judging is open (from its own turn), and shows no results.
  if (session.kind === 'judgement') return <JudgingScreen sessionId={session.id} />;
  return <MeetingPhase session={session} me={me} />;
}

function MeetingPhase({ session, me }: { session: MethodOutput<'sessions.get'>; me: Rater }) {
  const assignment = useQuery('scoring.assignment', { sessionId: session.id });
  const rubric = assignment.data?.rubric;
  if (session.phase === 'draft') {
    return <p className="waiting">Waiting for the facilitator to start scoring.</p>;
  }
  if (session.phase === 'closed') {
    return <p className="waiting">This session is closed. Thank you for scoring, {me.name}.</p>;
  }
  if (session.phase === 'scoring') {
    return (
      <>
        <h1 className="visually-hidden">Scoring, round {session.currentRound}</h1>
        {session.currentRound > 1 && (
          <p className="notice">
            Round {session.currentRound}: score every sample again, on your own, after the
            discussion. Your earlier scores are not shown, so this round measures agreement after
            discussion.
          </p>
        )}
        <ScoringScreen sessionId={session.id} />
        {rubric && session.revealedSampleIds.length > 0 && (
          <RevealBoard session={session} rubric={rubric} owner={false} />
        )}
      </>
    );
  }
  return (
    <>
      <h1 className="rater-main__title">Scores of round {session.currentRound} are revealed</h1>
      <p>
        Discuss with the team. The facilitator records the consensus.
        {session.options.rounds === 2 &&
          session.currentRound === 1 &&
          ' After the discussion there is a second, blind round of scoring.'}
      </p>
      {rubric ? (
        <>
          <RevealBoard session={session} rubric={rubric} owner={false} />
          <Clarifications sessionId={session.id} rubric={rubric} canAdd={false} />
          <RaterOwnResults sessionId={session.id} />
        </>
      ) : (
        <QueryView query={assignment} what="the rubric">
          {() => null}
        </QueryView>
      )}
    </>
  );
}
