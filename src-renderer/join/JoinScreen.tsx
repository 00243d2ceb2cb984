import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../api/errors.js';
import { storeToken } from '../api/token.js';
import { Button } from '../ui/Button.js';
import { Field } from '../ui/Field.js';
import type { JoinLookup } from './join-api.js';
import { claimName, cleanCode, codeFromHash, lookupCode } from './join-api.js';

/**
 * A teacher joins a live session from their own browser: the code (typed, or from the QR code's
 * address), then "Which one are you?". The rater token is kept in this tab, like the owner's.
 */
export function JoinScreen({ win = window }: { win?: Window }) {
  const initial = codeFromHash(win.location.hash) ?? '';
  const [code, setCode] = useState(initial);
  const [typed, setTyped] = useState(initial);
  const [lookup, setLookup] = useState<JoinLookup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [claiming, setClaiming] = useState<string | null>(null);
  const asked = useRef<string | null>(null);

  useEffect(() => {
    document.title = 'Join a session · Concord';
  }, []);

  useEffect(() => {
    if (code === '' || asked.current === code) return;
    asked.current = code;
    setBusy(true);
    setError(null);
    lookupCode(win.location.origin, code)
      .then((found) => setLookup(found))
      .catch((thrown: unknown) => {
        setLookup(null);
        setError(messageOf(thrown));
      })
      .finally(() => setBusy(false));
  }, [code, win]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanCode(typed);
    if (clean === '') {
      setError('Type the code your facilitator shows on the screen.');
      return;
    }
    asked.current = null;
    setCode(clean);
  };

  const claim = async (seat: string) => {
    setClaiming(seat);
    setError(null);
    try {
      const { token } = await claimName(win.location.origin, code, seat);
      storeToken(win.sessionStorage, token);
      // Start over as a rater: the app reads the stored key when it loads.
      win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}#/`);
      win.location.reload();
    } catch (thrown) {
      setClaiming(null);
      setError(
        thrown instanceof ApiError && thrown.code === 'conflict'
          ? 'This name has already joined. Ask your facilitator to let you join again.'
          : messageOf(thrown),
      );
    }
  };

  return (
    <main className="standalone join">
      <p className="shell__brand">Concord</p>
      {!lookup ? (
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
              <Button type="submit" variant="primary" busy={busy}>
                {busy ? 'Looking up…' : 'Join'}
              </Button>
            </div>
          </form>
        </>
      ) : (
        <>
          <h1>{lookup.title}</h1>
          <h2 className="join__question">Which one are you?</h2>
          <p className="muted">
            Pick your own name. You can pick it only once: on a second device, ask your facilitator
            to let you join again.
          </p>
          <ul className="join__names" aria-label="Raters in this session">
            {lookup.raters.map((rater) => (
              <li key={rater.seat}>
                <Button
                  variant="secondary"
                  className="join__pick"
                  busy={claiming === rater.seat}
                  disabled={claiming !== null}
                  onClick={() => void claim(rater.seat)}
                >
                  {rater.name}
                </Button>
              </li>
            ))}
          </ul>
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
