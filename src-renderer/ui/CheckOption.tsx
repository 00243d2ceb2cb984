import type { ReactNode } from 'react';

/** A checkbox and its words, with an optional hint in lighter type that says what it changes. */
export function CheckOption({
  label,
  hint,
  checked,
  onChange,
}: {
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        {label}
        {hint && (
          <>
            {' '}
            <span className="check__hint">{hint}</span>
          </>
        )}
      </span>
    </label>
  );
}
