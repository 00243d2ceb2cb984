// Handing the device to a rater: they choose their own name, and the check opens in a window of
// its own (no navigation) with the attempt's own key (see AttemptHandover).
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { ATTEMPT_FEEDBACK_MINUTES } from '../../../src-main/domain/qualification.js';
import { ruleWords } from '../../qualification/words.js';
import { AttemptHandover } from './AttemptHandover.js';
import { NameChoices } from '../../ui/NameChoices.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';

/** The rater an attempt is for, and the attempt's key. */
export interface Handover {
  personName: string;
  token: string;
}

export function TakeCheckPage() {
  const { setId = '' } = useParams();
  // "Continue" in the attempts table arrives here with a fresh key for an unfinished attempt.
  const resumed = (useLocation().state as { handover?: Handover } | null)?.handover ?? null;
  const [started, setStarted] = useState<Handover | null>(null);
  const handover = started ?? resumed;
  const set = useQuery('qualification.set', { setId });
  const people = useQuery('people.list', {});
  const start = useMutation('qualification.startAttempt');

  const begin = async (personId: string) => {
    const answer = await start.run({ setId, personId });
    if (!answer) return;
    setStarted({ personName: answer.attempt.personName, token: answer.token });
  };

  if (handover) {
    return (
      <>
        <PageHeader title="Hand the check over" />
        <AttemptHandover {...handover} feedbackMinutes={ATTEMPT_FEEDBACK_MINUTES} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Who is taking the check?"
        before={<Link to="/qualification">← Qualification checks</Link>}
        description="Choose the rater. The check opens in a window of its own where they score the anchors alone and see their feedback as soon as they submit."
      />
      <QueryView query={set} what="the qualification set">
        {(loaded) => (
          <p>
            <strong>{loaded.title}</strong>: {loaded.sampleIds.length} anchor
            {loaded.sampleIds.length === 1 ? '' : 's'}. To pass: {ruleWords(loaded.rule).join('; ')}
            .
          </p>
        )}
      </QueryView>
      {start.error && (
        <p className="notice notice--error" role="alert">
          {start.error.message}
        </p>
      )}
      <QueryView query={people} what="people">
        {(list) => {
          const raters = list.filter((p) => !p.archived && p.roles.includes('rater'));
          if (raters.length === 0) {
            return (
              <p className="muted">
                There are no raters yet. Add people on the <Link to="/raters">Raters</Link> page.
              </p>
            );
          }
          return (
            <NameChoices
              label="Raters"
              choices={raters.map((p) => ({
                key: p.id,
                name: p.name,
                disabled: start.pending,
                onPick: () => void begin(p.id),
              }))}
            />
          );
        }}
      </QueryView>
    </>
  );
}
