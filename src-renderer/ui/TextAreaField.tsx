import type { TextareaHTMLAttributes } from 'react';
import type { FieldFrameProps } from './FieldFrame.js';
import { FieldFrame, splitFieldProps } from './FieldFrame.js';

export type TextAreaFieldProps = FieldFrameProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

/** A labelled box for a few lines of text, with its hint and error tied to it. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { frame, control } = splitFieldProps(props);
  return <FieldFrame {...frame}>{(ties) => <textarea {...control} {...ties} />}</FieldFrame>;
}
