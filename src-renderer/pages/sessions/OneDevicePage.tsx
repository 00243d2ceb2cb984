// One device (hot seat): the facilitator hands this device to the teachers, who score in turn.
// Starting the turns locks the owner's access on the server to the turn screens, so the next
// teacher cannot open another page, an export or a download; the PIN chosen here unlocks it.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SessionDetail } from '../../../src-main/domain/session.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { Button } from '../../ui/Button.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { PinField } from '../../turns/PinForm.js';
import { PHASE_WORDS } from '../../lib/words.js';
import { JUDGING_PHASE_WORDS } from './judging/judging-words.js';

export function OneDevicePage() {
  const { sessionId = '' } = useParams();
  const session = useQuery('sessions.get', { sessionId });
  const start = useMutation('turns.start');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4,12}$/.test(pin)) return setProblem('Use 4 to 12 digits.');
    if (pin !== again) return setProblem('The two PINs differ; type the same PIN twice.');
    setProblem(null);
    void start.run({ sessionId, pin });
  };
  return (
    <>
      <PageHeader
        title="Take turns on this device"
        before={
          <Link to={`/sessions/${encodeURIComponent(sessionId)}`}>← Back to the session</Link>
        }
        description={
          session.data?.kind === 'judgement'
            ? 'Judges take turns on this device. Each picks their own name; when they end their turn, the next judge sees nothing of their choices.'
            : 'Teachers score one after another on this device. Each picks their own name; when they end their turn, the next teacher sees nothing of their scores.'
        }
      />
      <QueryView query={session} what="the session">
        {(loaded) =>
          loaded.phase !== 'scoring' ? (
            <p>
              Turns are for a session in {loaded.kind === 'judgement' ? 'judging' : 'scoring'}; this
              one is {phaseWords(loaded)}.
            </p>
          ) : (
            <form className="form panel" onSubmit={submit} noValidate>
              <p>
                While the turns run, this device shows only the turns of{' '}
                <strong>{loaded.title}</strong>: no other page, export or download opens, even after
                a reload, until you unlock it with a PIN you choose now.
              </p>
              <PinField
                label="Your PIN (4 to 12 digits)"
                hint="Only you need it: to unlock the device, or to let a teacher take a second turn."
                autoComplete="new-password"
                value={pin}
                onPin={setPin}
              />
              <PinField
                label="The same PIN again"
                autoComplete="new-password"
                value={again}
                onPin={setAgain}
                error={problem ?? start.error?.message ?? null}
              />
              <div className="form__actions">
                <Button type="submit" variant="primary" busy={start.pending}>
                  Lock this device and start the turns
                </Button>
              </div>
            </form>
          )
        }
      </QueryView>
    </>
  );
}

/** "revealed", or "results shown" for a judgement session. */
function phaseWords(session: SessionDetail): string {
  return (session.kind === 'judgement' ? JUDGING_PHASE_WORDS : PHASE_WORDS)[
    session.phase
  ].toLowerCase();
}
