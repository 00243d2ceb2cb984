// A judge's screen in a comparative judgement session: pair after pair until the judge has made
// the judgements asked for, then a thank-you. Blind by design: it shows no one else's choices and
// no scale, only the judge's own count.
import { useState } from 'react';
import type { SessionPhase } from '../../src-main/domain/session.js';
import { QueryView } from '../ui/QueryView.js';
import { FocusHeading } from './FocusHeading.js';
import { PairView } from './PairView.js';
import type { JudgingTurnState, Turn } from './use-judging-turn.js';
import { useJudgingTurn } from './use-judging-turn.js';

export function JudgingScreen({
  sessionId,
  judgeId,
}: {
  sessionId: string;
  /** The owner judging on this device on behalf of a judge; a judge's own key leaves it out. */
  judgeId?: string;
}) {
  const judging = useJudgingTurn(sessionId, judgeId);
  if (!judging.turn) {
    return (
      <QueryView query={judging.query} what="your pair">
        {() => null}
      </QueryView>
    );
  }
  return <TurnView turn={judging.turn} judging={judging} />;
}

function TurnView({ turn, judging }: { turn: Turn; judging: JudgingTurnState }) {
  // The pair the screen opened on keeps the focus where it was; any later change moves it.
  const [firstPairId] = useState(turn.pair?.pairId ?? null);

  if (turn.phase !== 'scoring') {
    return <JudgingNotOpen phase={turn.phase} focus={firstPairId !== null} />;
  }
  const { pair } = turn;
  if (!pair) return <JudgingFinished turn={turn} focus={firstPairId !== null} />;
  return (
    <PairView
      key={pair.pairId}
      sessionId={turn.sessionId}
      question={turn.question}
      pair={pair}
      done={turn.done}
      total={turn.total}
      sending={judging.sending?.pairId === pair.pairId ? judging.sending.winner : null}
      saveState={judging.saveState}
      problem={judging.problem}
      focusOnShow={pair.pairId !== firstPairId}
      onChoose={(choice) => judging.choose(pair.pairId, choice)}
    />
  );
}

/** Before judging opens, and after it ends: calm words, and no results. */
export function JudgingNotOpen({ phase, focus = false }: { phase: SessionPhase; focus?: boolean }) {
  if (phase === 'draft') {
    return (
      <div className="waiting">
        <FocusHeading className="rater-main__title" focus={focus}>
          Judging has not started yet
        </FocusHeading>
        <p>The first pair appears here by itself when the facilitator starts judging.</p>
      </div>
    );
  }
  return (
    <div className="waiting">
      <FocusHeading className="rater-main__title" focus={focus}>
        Judging is over — thank you
      </FocusHeading>
      <p>Your judgements are saved with the facilitator.</p>
    </div>
  );
}

function JudgingFinished({ turn, focus }: { turn: Turn; focus: boolean }) {
  const all = turn.done >= turn.total;
  return (
    <div className="waiting">
      <FocusHeading className="rater-main__title" focus={focus}>
        {all
          ? `All ${turn.total} judgements made. Thank you.`
          : 'No more new pairs for you — thank you.'}
      </FocusHeading>
      <p>
        {all
          ? 'Your choices are saved with the facilitator. You can close this page.'
          : `You made ${turn.done} of ${turn.total} judgements; you have seen every pair these samples make. Your choices are saved with the facilitator.`}
      </p>
    </div>
  );
}
