import { QueryClientProvider } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/errors.js';
import { createQueryClient } from '../api/query-client.js';
import { storeToken } from '../api/token.js';
import { useAction } from '../api/use-mutation.js';
import { Button } from '../ui/Button.js';
import { Field } from '../ui/Field.js';
import { NameChoices } from '../ui/NameChoices.js';
import type { JoinLookup } from './join-api.js';
import { claimName, cleanCode, codeFromHash, lookupCode } from './join-api.js';

const NO_CODE = 'Type the code your facilitator shows on the screen.';

/**
 * A teacher joins a live session from their own browser: the code (typed, or from the QR code's
 * address), then "Which one are you?". The rater token is kept in this tab, like the owner's.
 */
export function JoinScreen({ win = window }: { win?: Window }) {
  // Without a key there is no api client and so no ApiProvider; the join calls are tracked by the
  // same hook as every other write, over a cache of their own.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Joining win={win} />
    </QueryClientProvider>
  );
}

function Joining({ win }: { win: Window }) {
  const origin = win.location.origin;
  const initial = codeFromHash(win.location.hash) ?? '';
  const [typed, setTyped] = useState(initial);
  const [noCode, setNoCode] = useState(false);
  const [found, setFound] = useState<{ code: string; session: JoinLookup } | null>(null);
  const lookup = useAction((code: string) => lookupCode(origin, code), {
    onSuccess: (session, code) => setFound({ code, session }),
  });
  const claim = useAction(
    ({ code, seat }: { code: string; seat: string }) => claimName(origin, code, seat),
    {
      onSuccess: ({ token }) => {
        storeToken(win.sessionStorage, token);
        // Start over as a rater: the app reads the stored key when it loads.
        win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}#/`);
        win.location.reload();
      },
    },
  );
  // The name being claimed stays busy until the page reloads; a refusal frees the names again.
  const claiming = claim.error ? null : (claim.input?.seat ?? null);
  const asked = useRef(false);
  const { run: look } = lookup;

  useEffect(() => {
    document.title = 'Join a session · Concord';
  }, []);

  useEffect(() => {
    // The code in the address is looked up once (development runs effects twice).
    if (initial === '' || asked.current) return;
    asked.current = true;
    void look(initial);
  }, [initial, look]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanCode(typed);
    setNoCode(clean === '');
    if (clean !== '') void lookup.run(clean);
  };

  const error = noCode ? NO_CODE : lookup.error ? lookup.error.message : claimProblem(claim.error);

  return (
    <main className="standalone join">
      <p className="shell__brand">Concord</p>
      {!found ? (
        <>
          <h1>Join a calibration session</h1>
          <form className="form join__form" onSubmit={submit} noValidate>
            <Field
              label="Session code"
              hint="Six letters and digits, shown on your facilitator’s screen."
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="join__code"
              maxLength={12}
            />
            <div className="form__actions">
              <Button type="submit" variant="primary" busy={lookup.pending}>
                {lookup.pending ? 'Looking up…' : 'Join'}
              </Button>
            </div>
          </form>
        </>
      ) : (
        <>
          <h1>{found.session.title}</h1>
          <h2 className="join__question">Which one are you?</h2>
          <p className="muted">
            Pick your own name. You can pick it only once: on a second device, ask your facilitator
            to let you join again.
          </p>
          <NameChoices
            choices={found.session.raters.map((rater) => ({
              key: rater.seat,
              name: rater.name,
              busy: claiming === rater.seat,
              disabled: claiming !== null,
              onPick: () => void claim.run({ code: found.code, seat: rater.seat }),
            }))}
          />
        </>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}

function claimProblem(error: ApiError | null): string | null {
  if (!error) return null;
  return error.code === 'conflict'
    ? 'This name has already joined. Ask your facilitator to let you join again.'
    : error.message;
}
