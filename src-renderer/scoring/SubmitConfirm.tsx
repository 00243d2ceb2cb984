// The question a scoring screen asks before scores are handed in for good.
import type { ReactNode } from 'react';
import { Button } from '../ui/Button.js';

export function SubmitConfirm({
  titleId,
  title,
  children,
  confirmLabel,
  busy,
  disabled,
  onConfirm,
  onCancel,
}: {
  titleId: string;
  title: string;
  /** What submitting means for the rater. */
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** While changes are still being saved, submitting waits. */
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={titleId}>
      <p id={titleId} className="confirm__title">
        {title}
      </p>
      <p>{children}</p>
      <div className="form__actions">
        <Button variant="primary" busy={busy} disabled={disabled} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Keep scoring
        </Button>
      </div>
    </div>
  );
}
