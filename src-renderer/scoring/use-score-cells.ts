// A rater's score sheet as a screen holds it: the values the server sent, with the rater's changes
// on top, each change sent through one save queue. A save that fails is kept and tried again (a
// dropped network loses nothing); only a refusal that retrying cannot change (scores locked,
// input refused) drops the change, says why and asks for the server's values again.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../api/errors.js';
import type { SaveState } from './save-queue.js';
import { SaveQueue } from './save-queue.js';

/** A cell of the sheet: one sample, one criterion. */
export const cellKey = (sampleId: string, criterion: string) => `${sampleId}|${criterion}`;

/** Errors a retry cannot fix: the server understood the save and said no. */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError && ['conflict', 'invalid_input', 'forbidden'].includes(error.code)
  );
}

export interface ScoreCellsOptions<V, P> {
  /** The server's values, by cell key. */
  saved: ReadonlyMap<string, V>;
  /** Sends one cell's value; rejects when it was not saved. */
  send: (payload: P) => Promise<unknown>;
  /** Asks for the server's values again, after it refused a change. */
  refresh: () => void;
}

export interface ScoreCells<V, P> {
  /** The rater's changes not yet replaced by the server's values, by cell key. */
  drafts: ReadonlyMap<string, V>;
  valueOf: (key: string) => V | undefined;
  /** Shows a change at once; it is sent only by `save`. */
  edit: (key: string, value: V) => void;
  /** Queues a cell's newest value; a newer one for the same cell replaces it. */
  save: (key: string, payload: P) => void;
  saveState: SaveState;
  /** What went wrong, in words for the rater; cleared by the next change. */
  problem: string | null;
  setProblem: (problem: string | null) => void;
}

export function useScoreCells<V, P>({
  saved,
  send,
  refresh,
}: ScoreCellsOptions<V, P>): ScoreCells<V, P> {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, V>>(() => new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  // One queue for as long as the screen is open, so a retry survives re-renders; it calls the
  // newest `send` and `refresh` the screen gave.
  const latest = useRef({ send, refresh });
  useLayoutEffect(() => {
    latest.current = { send, refresh };
  });
  const queue = useRef<SaveQueue<P> | null>(null);
  useEffect(() => {
    const created = new SaveQueue<P>({
      send: async (_key, payload) => {
        await latest.current.send(payload);
      },
      onState: setSaveState,
      isFinal: isRefusal,
      onFinalError: (key, error) => {
        setProblem(messageOf(error));
        setDrafts((current) => {
          const next = new Map(current);
          next.delete(key);
          return next;
        });
        latest.current.refresh();
      },
    });
    queue.current = created;
    return () => created.dispose();
  }, []);

  const valueOf = useCallback((key: string) => drafts.get(key) ?? saved.get(key), [drafts, saved]);
  const edit = useCallback((key: string, value: V) => {
    setDrafts((current) => new Map(current).set(key, value));
    setProblem(null);
  }, []);
  const save = useCallback((key: string, payload: P) => queue.current?.put(key, payload), []);

  return { drafts, valueOf, edit, save, saveState, problem, setProblem };
}
