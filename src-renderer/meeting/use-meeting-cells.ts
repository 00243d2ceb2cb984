// A meeting rater's cells: a level (or "cannot score") and a note each, saved through the shared
// score sheet. A level is sent at once; a note waits for a short pause in the typing, and the save
// state says "Saving…" meanwhile. A note alone is kept until a level is chosen: it saves with it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from '../api/api-context.js';
import type { SaveState } from '../scoring/save-queue.js';
import { cellKey, useScoreCells } from '../scoring/use-score-cells.js';

type Assignment = MethodOutput<'scoring.assignment'>;

/** A cell's value: undefined = not scored yet, null = "cannot score". */
export interface CellValue {
  score: number | null | undefined;
  note: string;
}

interface ScorePayload {
  sampleId: string;
  criterionId: string;
  score: number | null;
  note: string;
}

const NOTE_PAUSE_MS = 600;
const EMPTY: CellValue = { score: undefined, note: '' };

export function useMeetingCells(assignment: Assignment, asOwner: boolean) {
  const { client, queries } = useApi();
  const { sessionId, raterId } = assignment;
  const locked = assignment.submitted || assignment.phase !== 'scoring';

  const saved = useMemo(() => {
    const map = new Map<string, CellValue>();
    for (const s of assignment.scores)
      map.set(cellKey(s.sampleId, s.criterionId), { score: s.score, note: s.note });
    return map;
  }, [assignment.scores]);

  const sheet = useScoreCells<CellValue, ScorePayload>({
    saved,
    // The save queue's own path: the score shows at once and is retried; its change comes back
    // over the change socket, throttled, rather than refetching the sheet at every key press.
    send: (payload) =>
      client.call('scores.record', { sessionId, ...payload, ...(asOwner ? { raterId } : {}) }),
    refresh: () => queries.applyChange({ topic: 'scores', sessionId }),
  });
  const { valueOf: sheetValue, edit, save } = sheet;

  const noteTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const [notesWaiting, setNotesWaiting] = useState(0);
  useEffect(() => {
    const timers = noteTimers.current;
    return () => timers.forEach((t) => clearTimeout(t));
  }, []);

  const valueOf = useCallback(
    (sampleId: string, criterionId: string): CellValue =>
      sheetValue(cellKey(sampleId, criterionId)) ?? EMPTY,
    [sheetValue],
  );

  /** A change to a cell; `saveNow` is false while a note is being typed. */
  const change = useCallback(
    (sampleId: string, criterionId: string, change: Partial<CellValue>, saveNow: boolean) => {
      const key = cellKey(sampleId, criterionId);
      const next = { ...valueOf(sampleId, criterionId), ...change };
      edit(key, next);
      const timer = noteTimers.current.get(key);
      if (timer) clearTimeout(timer);
      noteTimers.current.delete(key);
      setNotesWaiting(noteTimers.current.size);
      if (next.score === undefined) return;
      const payload = { sampleId, criterionId, score: next.score, note: next.note };
      if (saveNow) {
        save(key, payload);
        return;
      }
      noteTimers.current.set(
        key,
        setTimeout(() => {
          noteTimers.current.delete(key);
          setNotesWaiting(noteTimers.current.size);
          save(key, payload);
        }, NOTE_PAUSE_MS),
      );
      setNotesWaiting(noteTimers.current.size);
    },
    [valueOf, edit, save],
  );

  /** Sends every note still waiting, and any change the server does not have yet. */
  const flushNotes = () => {
    noteTimers.current.forEach((t) => clearTimeout(t));
    noteTimers.current.clear();
    setNotesWaiting(0);
    if (locked) return;
    for (const [key, value] of sheet.drafts) {
      if (value.score === undefined) continue;
      const [sampleId, criterionId] = key.split('|') as [string, string];
      if (assignment.revealedSampleIds.includes(sampleId)) continue;
      const known = saved.get(key);
      if (!known || known.note !== value.note || known.score !== value.score)
        save(key, { sampleId, criterionId, score: value.score, note: value.note });
    }
  };

  const saveState: SaveState =
    notesWaiting > 0 && sheet.saveState !== 'retrying' ? 'saving' : sheet.saveState;

  return {
    valueOf,
    change,
    flushNotes,
    saveState,
    locked,
    problem: sheet.problem,
    setProblem: sheet.setProblem,
  };
}
