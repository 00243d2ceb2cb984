// A judge's turn as the screen holds it: the server's turn, replaced at once by the answer to a
// choice (which carries the next pair), and the one choice on its way. A choice that does not
// arrive is kept and sent again with growing pauses (scoring/save-queue.ts): sending it twice is
// safe, the server records a pair's choice once. Only a refusal that retrying cannot change
// drops it, says why and asks for the turn again.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import type { Side } from '../../src-main/domain/judging.js';
import { useApi } from '../api/api-context.js';
import { ApiError, messageOf } from '../api/errors.js';
import type { QueryResult } from '../api/use-query.js';
import { useQuery } from '../api/use-query.js';
import type { SaveState } from '../scoring/save-queue.js';
import { SaveQueue } from '../scoring/save-queue.js';
import { isRefusal } from '../scoring/use-score-cells.js';

export type Turn = MethodOutput<'judging.turn'>;

/** What the judge decided about the pair on screen. */
export interface Choice {
  winner: Side;
  note: string;
  /** How long the pair was on screen, or null when that is not a judging time. */
  ms: number | null;
}

/**
 * Errors a retry cannot fix: besides the scoring ones, a pair that is no longer this judge's
 * (not found) and a key that no longer opens the session.
 */
export function isFinalRefusal(error: unknown): boolean {
  return (
    isRefusal(error) ||
    (error instanceof ApiError && (error.code === 'not_found' || error.code === 'unauthorized'))
  );
}

export interface JudgingTurnState {
  query: QueryResult<Turn>;
  /** The newest turn known: the server's, or the answer to the last choice if that is newer. */
  turn: Turn | undefined;
  /** Sends a choice for the pair on screen; ignored while another choice is on its way. */
  choose: (pairId: string, choice: Choice) => void;
  /** The choice on its way, until the server has it (or refused it). */
  sending: { pairId: string; winner: Side } | null;
  saveState: SaveState;
  /** Why the last choice was refused, in words for the judge. */
  problem: string | null;
}

/** `judgeId`: the owner judging on behalf of this judge; a judge's own key leaves it out. */
export function useJudgingTurn(sessionId: string, judgeId?: string): JudgingTurnState {
  const { queries } = useApi();
  const input = judgeId === undefined ? { sessionId } : { sessionId, judgeId };
  const query = useQuery('judging.turn', input);
  // The answer to a choice, and the server's turn as it was when that answer came: the answer is
  // shown until a newer turn is read (the refresh the choice set off brings the same pair).
  const [answer, setAnswer] = useState<{ turn: Turn; over: Turn | undefined } | null>(null);
  const [sending, setSending] = useState<JudgingTurnState['sending']>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<string | null>(null);

  const latest = useRef({ queries, input, data: query.data, refetch: query.refetch });
  useLayoutEffect(() => {
    latest.current = { queries, input, data: query.data, refetch: query.refetch };
  });
  // Set in the same tick as the key press, so a second press before the next render is ignored.
  const busy = useRef(false);
  const queue = useRef<SaveQueue<Choice> | null>(null);
  useEffect(() => {
    const settle = () => {
      busy.current = false;
      setSending(null);
    };
    const created = new SaveQueue<Choice>({
      send: async (pairId, choice) => {
        const { queries: server, input: turnInput } = latest.current;
        const turn = await server.write('judging.choose', { ...turnInput, pairId, ...choice });
        setAnswer({ turn, over: latest.current.data });
        settle();
      },
      onState: setSaveState,
      isFinal: isFinalRefusal,
      onFinalError: (_pairId, error) => {
        settle();
        setProblem(messageOf(error));
        latest.current.refetch();
      },
    });
    queue.current = created;
    return () => created.dispose();
  }, []);

  const choose = useCallback((pairId: string, choice: Choice) => {
    if (busy.current || !queue.current) return;
    busy.current = true;
    setSending({ pairId, winner: choice.winner });
    setProblem(null);
    queue.current.put(pairId, choice);
  }, []);

  const turn = answer && answer.over === query.data ? answer.turn : query.data;
  return { query, turn, choose, sending, saveState, problem };
}
