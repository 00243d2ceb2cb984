// The question asked in place before a step that cannot be undone: what it is, what it means, and
// two answers. It stays in the page's flow (not a modal) so the facts around it remain readable.
import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { Button } from './Button.js';

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
  error = null,
  takeFocus = false,
}: {
  title: string;
  /** What answering yes means, as one or more paragraphs. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Why the step failed, shown under the answers. */
  error?: { message: string } | null;
  /** The question replaces the button that asked for it: keyboard and screen reader users land on it. */
  takeFocus?: boolean;
}) {
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus();
  }, [takeFocus]);
  return (
    <div
      ref={dialog}
      tabIndex={takeFocus ? -1 : undefined}
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
    >
      <p id={`${id}-title`} className="confirm__title">
        {title}
      </p>
      <div id={`${id}-body`}>{children}</div>
      <div className="form__actions">
        <Button variant="danger" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
