// Closing a session is for good, whatever its kind: one question, with what closing means for
// this kind of session as its body.
import type { ReactNode } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';

export function CloseSessionConfirm({
  busy,
  onClose,
  onCancel,
  children,
}: {
  busy: boolean;
  onClose: () => void;
  onCancel: () => void;
  /** What becomes final and who loses access. */
  children: ReactNode;
}) {
  return (
    <ConfirmDialog
      title="Close this session?"
      confirmLabel="Close the session"
      cancelLabel="Keep it open"
      busy={busy}
      onConfirm={onClose}
      onCancel={onCancel}
    >
      <p>{children}</p>
    </ConfirmDialog>
  );
}
