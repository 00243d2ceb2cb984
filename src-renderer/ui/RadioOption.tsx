import type { ReactNode } from 'react';

/**
 * One choice of a radio group and its words. Without `onChange` it is shown chosen and cannot
 * change: a choice that stays as it is while the others are offered.
 */
export function RadioOption({
  name,
  label,
  checked,
  onChange,
}: {
  /** The same for every option of one group. */
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange?: () => void;
}) {
  return (
    <label className="check">
      <input
        type="radio"
        name={name}
        checked={checked}
        {...(onChange ? { onChange } : { readOnly: true })}
      />
      <span>{label}</span>
    </label>
  );
}

/** The options of one radio group, one per choice, the one matching `value` chosen. */
export function RadioChoices<V extends string>({
  name,
  choices,
  value,
  onChange,
}: {
  name: string;
  choices: readonly { value: V; label: ReactNode }[];
  value: V;
  onChange: (value: V) => void;
}) {
  return choices.map((choice) => (
    <RadioOption
      key={choice.value}
      name={name}
      label={choice.label}
      checked={value === choice.value}
      onChange={() => onChange(choice.value)}
    />
  ));
}
