// The wizard's first question: a rubric meeting or a comparative judgement session. The rest of
// the wizard follows from it.
import type { SessionKind } from '../../../../src-main/domain/session.js';

const KINDS: readonly { kind: SessionKind; name: string; what: string }[] = [
  {
    kind: 'rubric',
    name: 'Rubric meeting',
    what: 'score each sample against the rubric, reveal and discuss',
  },
  {
    kind: 'judgement',
    name: 'Comparative judgement',
    what: 'judges choose the better of two samples, many times; Concord builds a scale from their choices',
  },
];

export function SessionKindChoice({
  value,
  onChange,
}: {
  value: SessionKind;
  onChange: (kind: SessionKind) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend>What kind of session?</legend>
      {KINDS.map(({ kind, name, what }) => (
        <label key={kind} className="check">
          <input
            type="radio"
            name="session-kind"
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          <span>
            <strong>{name}</strong> — <span className="check__hint">{what}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
