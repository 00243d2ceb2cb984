import type { SelectHTMLAttributes } from 'react';
import type { FieldFrameProps } from './FieldFrame.js';
import { FieldFrame, splitFieldProps } from './FieldFrame.js';

export interface SelectOption {
  value: string | number;
  label: string;
}

export interface SelectFieldProps
  extends FieldFrameProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  /** The choices in order; a "none" choice is one with the value ''. */
  options: readonly SelectOption[];
}

/** A labelled drop-down list with its hint and error tied to it. */
export function SelectField({ options, ...props }: SelectFieldProps) {
  const { frame, control } = splitFieldProps(props);
  return (
    <FieldFrame {...frame}>
      {(ties) => (
        <select {...control} {...ties}>
          {options.map((option, index) => (
            // By place as well: two network cards may offer the same address.
            <option key={`${index}:${option.value}`} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
