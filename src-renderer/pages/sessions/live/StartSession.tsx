// A draft session's first step, the same for a meeting and a judgement session but for its words.
// Nothing else shows while a session is a draft, so a failure shows right under the button.
import type { ReactNode } from 'react';
import { useMutation } from '../../../api/use-mutation.js';
import { Button } from '../../../ui/Button.js';

export function StartSession({ sessionId, children }: { sessionId: string; children: ReactNode }) {
  const start = useMutation('sessions.start');
  return (
    <>
      <Button variant="primary" busy={start.pending} onClick={() => void start.run({ sessionId })}>
        {children}
      </Button>
      {start.error && (
        <p className="field__error" role="alert">
          {start.error.message}
        </p>
      )}
    </>
  );
}
