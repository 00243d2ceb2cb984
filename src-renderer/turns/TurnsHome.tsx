// One device, teachers taking turns. The server has locked the owner's key to these screens
// (services/turns.ts): whoever sits here can pick a name and score as that teacher, or, with the
// facilitator's PIN, unlock the device. A reload lands here again.
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { useMutation } from '../api/use-mutation.js';
import { useQuery } from '../api/use-query.js';
import { JudgingScreen } from '../judging/JudgingScreen.js';
import { ScoringScreen } from '../meeting/ScoringScreen.js';
import { ConnectionIndicator } from '../shell/ConnectionIndicator.js';
import { Button } from '../ui/Button.js';
import { Loading } from '../ui/Loading.js';
import { NameChoices } from '../ui/NameChoices.js';
import { QueryView } from '../ui/QueryView.js';
import { PinForm } from './PinForm.js';

type Turns = NonNullable<MethodOutput<'turns.state'>>;

const STATUS_WORDS: Record<Turns['raters'][number]['status'], string> = {
  waiting: 'not yet',
  scoring: 'scoring now',
  ended: 'turn taken',
  submitted: 'submitted',
};

export function TurnsHome() {
  const turns = useQuery('turns.state', {});
  useEffect(() => {
    document.title = `${turns.data?.title ?? 'Taking turns'} · Concord`;
  }, [turns.data?.title]);
  return (
    <div className="shell shell--rater">
      <header className="shell__header">
        <div className="shell__bar rater-bar">
          <p className="shell__brand">Concord</p>
          <p className="rater-bar__title">{turns.data?.title ?? ''}</p>
          <p className="rater-bar__me">Taking turns on this device</p>
          <ConnectionIndicator />
        </div>
      </header>
      <main id="main" className="shell__main rater-main" tabIndex={-1}>
        <QueryView query={turns} what="the turns">
          {(loaded) =>
            // null: unlocked a moment ago; the owner's screens take over.
            loaded === null ? (
              <Loading what="Concord" />
            ) : loaded.current ? (
              <Turn turns={loaded} name={loaded.current.name} />
            ) : (
              <Pick turns={loaded} />
            )
          }
        </QueryView>
      </main>
    </div>
  );
}

function Turn({ turns, name }: { turns: Turns; name: string }) {
  const end = useMutation('turns.end');
  // During a turn the device acts as this teacher, who may read its own session.
  const session = useQuery('sessions.get', { sessionId: turns.sessionId });
  const judging = session.data?.kind === 'judgement';
  return (
    <>
      <div className="turn-bar">
        <p>
          <strong>{name}</strong> is {judging ? 'judging' : 'scoring'} on this device.
        </p>
        <Button variant="primary" busy={end.pending} onClick={() => void end.run({})}>
          End my turn
        </Button>
      </div>
      {end.error && (
        <p className="notice notice--error" role="alert">
          {end.error.message}
        </p>
      )}
      {!session.data ? (
        <Loading what="the session" />
      ) : judging ? (
        <JudgingScreen sessionId={turns.sessionId} />
      ) : turns.phase === 'scoring' ? (
        <ScoringScreen sessionId={turns.sessionId} />
      ) : (
        <p className="waiting">Scoring has ended. End your turn and hand the device back.</p>
      )}
    </>
  );
}

function Pick({ turns }: { turns: Turns }) {
  const begin = useMutation('turns.begin');
  // A teacher who already took a turn needs the facilitator's PIN for another.
  const [again, setAgain] = useState<Turns['raters'][number] | null>(null);
  return (
    <>
      <h1 className="rater-main__title">Whose turn is it?</h1>
      <p>
        Choose your own name. When you end your turn, the next teacher sees nothing of your scores.
      </p>
      <NameChoices
        choices={turns.raters.map((r) => ({
          key: r.personId,
          name: r.name,
          disabled: begin.pending || r.status === 'submitted',
          note: STATUS_WORDS[r.status],
          onPick: () => {
            if (r.status === 'ended') setAgain(r);
            else void begin.run({ personId: r.personId });
          },
        }))}
      />
      {begin.error && !again && (
        <p className="notice notice--error" role="alert">
          {begin.error.message}
        </p>
      )}
      {again && (
        <section className="panel" aria-labelledby="again-title">
          <h2 id="again-title">{again.name} has already taken a turn</h2>
          <PinForm
            purpose="Facilitator: enter your PIN to let this teacher continue."
            action="Let them continue"
            pending={begin.pending}
            error={begin.error?.message ?? null}
            onPin={(pin) =>
              void begin.run({ personId: again.personId, pin }).then((done) => {
                if (done) setAgain(null);
              })
            }
            onCancel={() => {
              begin.reset();
              setAgain(null);
            }}
          />
        </section>
      )}
      <Unlock />
    </>
  );
}

function Unlock() {
  const unlock = useMutation('turns.unlock');
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p className="turns__unlock">
        <Button variant="quiet" onClick={() => setOpen(true)}>
          Facilitator: unlock this device
        </Button>
      </p>
    );
  }
  return (
    <section className="panel" aria-labelledby="unlock-title">
      <h2 id="unlock-title">Unlock this device</h2>
      <PinForm
        purpose="Enter the PIN you chose when the turns started. Everything else of Concord opens again."
        action="Unlock"
        pending={unlock.pending}
        error={unlock.error?.message ?? null}
        onPin={(pin) => void unlock.run({ pin })}
        onCancel={() => {
          unlock.reset();
          setOpen(false);
        }}
      />
    </section>
  );
}
