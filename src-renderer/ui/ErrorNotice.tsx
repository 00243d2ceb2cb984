import type { ReactNode } from 'react';
import { Button } from './Button.js';

/** A failure in words, with a way to try again when trying again can help. */
export function ErrorNotice({
  title = 'This could not be loaded',
  message,
  onRetry,
  children,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{message}</p>
      {children}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
