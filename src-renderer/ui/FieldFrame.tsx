import type { ReactNode } from 'react';
import { useId } from 'react';

export interface FieldFrameProps {
  label: ReactNode;
  /** One line under the label that says what to give. */
  hint?: ReactNode;
  error?: string | null;
  /** On the box that holds the label, the hint, the control and the error. */
  className?: string;
  /** Only for a control a style sheet names; otherwise one is made. */
  id?: string;
  /** Added to the control's own class, e.g. `field__input--short` for short names. */
  inputClassName?: string;
}

/** What a control takes from its frame: its id, class and ties to the hint and error. */
export interface ControlTies {
  id: string;
  className: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** Parts a field's props into the frame's and the control's own attributes. */
export function splitFieldProps<T extends FieldFrameProps>({
  label,
  hint,
  error,
  className,
  id,
  inputClassName,
  ...control
}: T): { frame: FieldFrameProps; control: Omit<T, keyof FieldFrameProps> } {
  return { frame: { label, hint, error, className, id, inputClassName }, control };
}

/** The label, hint and error around a control other than a one-line input (see Field). */
export function FieldFrame({
  label,
  hint,
  error,
  className,
  id: given,
  inputClassName,
  children,
}: FieldFrameProps & { children: (ties: ControlTies) => ReactNode }) {
  const made = useId();
  const id = given ?? made;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        className: ['field__input', inputClassName].filter(Boolean).join(' '),
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
