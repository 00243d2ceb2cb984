// Whether the room's screens show raters as R1..Rn or by name, chosen per session by the owner:
// one choice for the reveal board and the results page, so the projector shows the same on both.
// Until the owner chooses, the session's own setting holds; the choice lasts while the app is open.
import { useCallback } from 'react';
import { create } from 'zustand';

interface RaterAliasesState {
  /** The owner's choice per session id: true = aliases (R1..Rn). */
  chosen: Readonly<Record<string, boolean>>;
  choose(sessionId: string, aliases: boolean): void;
}

export const useRaterAliasesStore = create<RaterAliasesState>((set) => ({
  chosen: {},
  choose: (sessionId, aliases) =>
    set((state) => ({ chosen: { ...state.chosen, [sessionId]: aliases } })),
}));

/** The session's choice and its setter; `sessionDefault` is the session's hideRaterNames. */
export function useRaterAliases(
  sessionId: string,
  sessionDefault: boolean,
): [boolean, (aliases: boolean) => void] {
  const chosen = useRaterAliasesStore((state) => state.chosen[sessionId]);
  const choose = useRaterAliasesStore((state) => state.choose);
  const setAliases = useCallback(
    (aliases: boolean) => choose(sessionId, aliases),
    [choose, sessionId],
  );
  return [chosen ?? sessionDefault, setAliases];
}
