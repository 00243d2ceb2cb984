// A person whose device is lost or whose browser was closed joins again with the session code:
// the same step on a meeting's progress board and a judgement session's.
import { useCallback } from 'react';
import { useMutation } from '../../../api/use-mutation.js';
import type { ApiError } from '../../../api/errors.js';
import { useStatus } from '../../../state/status-store.js';
import { Button } from '../../../ui/Button.js';

/** The step for one session; its failure is for the board to show with its other failures. */
export function useLetJoinAgain(sessionId: string): {
  letJoinAgain: (personId: string, name: string) => void;
  error: ApiError | null;
} {
  const reset = useMutation('room.resetRater');
  const announce = useStatus((state) => state.announce);
  const { run } = reset;
  const letJoinAgain = useCallback(
    (personId: string, name: string) =>
      void run({ sessionId, personId }).then(
        (ok) => ok && announce(`${name} can join again with the session code.`),
      ),
    [run, sessionId, announce],
  );
  return { letJoinAgain, error: reset.error };
}

/** `name` is how the board shows the person: a name, or an alias while the room sees aliases. */
export function LetJoinAgainButton({
  personId,
  name,
  letJoinAgain,
}: {
  personId: string;
  name: string;
  letJoinAgain: (personId: string, name: string) => void;
}) {
  return (
    <Button variant="quiet" onClick={() => letJoinAgain(personId, name)}>
      Let {name} join again
    </Button>
  );
}
