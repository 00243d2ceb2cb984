import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link that looks like a button: it goes somewhere rather than doing something. */
export function ButtonLink({
  to,
  variant = 'secondary',
  children,
}: {
  to: string;
  variant?: 'primary' | 'secondary';
  children: ReactNode;
}) {
  return (
    <Link to={to} className={`button button--${variant}`}>
      {children}
    </Link>
  );
}
