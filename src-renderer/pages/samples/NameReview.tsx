// Names to review: what the NLP pass suggested (with the sentence around it), to confirm (the
// copy is re-made without it) or dismiss, and a field to redact a name it missed.
import { useId, useState } from 'react';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { plural } from '../../lib/words.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { QueryView } from '../../ui/QueryView.js';

export function NameReview({ sampleId, showNames }: { sampleId: string; showNames: boolean }) {
  const candidates = useQuery('samples.candidates', { sampleId });
  const redactions = useQuery('samples.redactions', { sampleId });
  const confirm = useMutation('samples.confirmNames');
  const dismiss = useMutation('samples.dismissNames');
  const [extra, setExtra] = useState('');
  const headingId = useId();
  const redacted = (redactions.data ?? []).filter((r) => r.kind !== 'box');
  const error = confirm.error ?? dismiss.error;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Names to review</h2>
      <QueryView query={candidates} what="suggested names">
        {(list) => {
          const pending = list.filter((c) => c.status === 'pending');
          return pending.length === 0 ? (
            <p>No suggested names waiting.</p>
          ) : (
            <ul aria-label="Suggested names" className="import-results">
              {pending.map((c) => (
                <li key={c.name} className="candidate">
                  <div>
                    <span className="candidate__name">{c.name}</span>{' '}
                    <span className="muted">({plural(c.occurrences, 'time')})</span>
                    <p className="candidate__context">{c.context}</p>
                    <div className="candidate__actions">
                      <Button
                        variant="primary"
                        aria-label={`Redact ${c.name}`}
                        busy={confirm.pending}
                        onClick={() => void confirm.run({ sampleId, names: [c.name] })}
                      >
                        Redact
                      </Button>
                      <Button
                        variant="quiet"
                        aria-label={`Not a name: keep ${c.name}`}
                        disabled={dismiss.pending}
                        onClick={() => void dismiss.run({ sampleId, names: [c.name] })}
                      >
                        Not a name
                      </Button>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (extra.trim().length < 2) return;
          void confirm.run({ sampleId, names: [extra.trim()] }).then((ok) => ok && setExtra(''));
        }}
      >
        <Field
          label="Redact another name"
          hint="A name the suggestions missed; every form of it is removed."
          value={extra}
          onChange={(e) => setExtra(e.target.value)}
        />
        <Button type="submit" disabled={extra.trim().length < 2} busy={confirm.pending}>
          Redact name
        </Button>
      </form>
      {error && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
      <p className="muted">
        {plural(redacted.length, 'name')} removed from this sample
        {showNames && redacted.length > 0
          ? `: ${redacted.map((r) => r.name).join(', ')}`
          : ' (press Show student to list them)'}
        .
      </p>
    </section>
  );
}
