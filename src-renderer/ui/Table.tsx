import type { ReactNode } from 'react';

/** A data table with a caption (its accessible name) that scrolls sideways on narrow screens. */
export function Table({
  caption,
  captionHidden = false,
  children,
  className,
}: {
  caption: string;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className="table-scroll">
      <table className={['table', className].filter(Boolean).join(' ')}>
        <caption className={captionHidden ? 'visually-hidden' : 'table__caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
