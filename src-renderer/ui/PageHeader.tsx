import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

/**
 * The page's h1, its one-line purpose and its main actions. Focus moves to the heading when the
 * page opens, so a keyboard or screen-reader user starts at the top of the new page.
 */
export function PageHeader({
  title,
  description,
  actions,
  before,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** A small line above the title, e.g. a link back to the list. */
  before?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Concord`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-header">
      {before && <div className="page-header__before">{before}</div>}
      <div className="page-header__row">
        <h1 ref={heading} tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
      {description && <p className="page-header__description">{description}</p>}
    </header>
  );
}
