// The team's alert thresholds for this workspace: shown in percent, levels and points, saved as
// the api keeps them (shares 0..1, levels, points).
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useApi } from '../../api/api-context.js';
import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Field } from '../../ui/Field.js';
import type { DriftThresholds } from './drift-words.js';
import { THRESHOLD_FIELDS } from './drift-words.js';

type Texts = Record<keyof DriftThresholds, string>;

const toTexts = (t: DriftThresholds): Texts =>
  Object.fromEntries(
    THRESHOLD_FIELDS.map((f) => [f.key, String(Math.round(t[f.key] * f.scale * 100) / 100)]),
  ) as Texts;

export function ThresholdsForm({ saved }: { saved: DriftThresholds }) {
  const { queries } = useApi();
  // The thresholds announce no change (only the coach's screens show them): the drift figures,
  // whose alerts follow them, are refreshed here.
  const save = useMutation('drift.setThresholds', {
    onSuccess: () => queries.refreshMethod('drift.report'),
  });
  const announce = useStatus((state) => state.announce);
  const [texts, setTexts] = useState<Texts>(() => toTexts(saved));
  const [problems, setProblems] = useState<Partial<Texts>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Texts> = {};
    const values = {} as DriftThresholds;
    for (const f of THRESHOLD_FIELDS) {
      const text = texts[f.key].trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value) || value < f.min || value > f.max) {
        found[f.key] = `Type a number from ${f.min} to ${f.max}.`;
      } else {
        values[f.key] = value / f.scale;
      }
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const result = await save.run(values);
    if (result) {
      setTexts(toTexts(result));
      announce('The team’s thresholds were saved; alerts now follow them.', 'success');
    }
  };

  return (
    <section className="section card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Team thresholds for alerts</h2>
      <p>
        An alert appears when a rater’s latest session crosses one of these limits. They apply to
        this workspace only.
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {THRESHOLD_FIELDS.map((f) => (
          <Field
            key={f.key}
            label={f.label}
            hint={f.hint}
            type="number"
            inputMode="decimal"
            min={f.min}
            max={f.max}
            step={f.step}
            value={texts[f.key]}
            error={problems[f.key] ?? null}
            onChange={(event) => setTexts((t) => ({ ...t, [f.key]: event.target.value }))}
          />
        ))}
        {save.error && (
          <ErrorNotice title="The thresholds were not saved" message={save.error.message} />
        )}
        <Button type="submit" variant="primary" busy={save.pending}>
          {save.pending ? 'Saving…' : 'Save thresholds'}
        </Button>
      </form>
    </section>
  );
}
