// The wizard's first question: a rubric meeting or a comparative judgement session. The rest of
// the wizard follows from it.
import type { SessionKind } from '../../../../src-main/domain/session.js';
import { RadioChoices } from '../../../ui/RadioOption.js';

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
      <RadioChoices
        name="session-kind"
        value={value}
        onChange={onChange}
        choices={KINDS.map(({ kind, name, what }) => ({
          value: kind,
          label: (
            <>
              <strong>{name}</strong> — <span className="check__hint">{what}</span>
            </>
          ),
        }))}
      />
    </fieldset>
  );
}
