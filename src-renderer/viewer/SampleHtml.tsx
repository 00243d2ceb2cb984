// Puts sanitized student HTML on the page as nodes, and keeps its links from going anywhere: in
// the app a click would leave Concord (or, for "#…", change the screen), so links only show their
// address on hover.
import type { MouseEvent } from 'react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { sanitizeSampleHtml } from './sample-html.js';

export interface SampleHtmlProps {
  html: string;
  /** Shown as plain text if this browser cannot sanitize (so nothing unsanitized is ever shown). */
  fallback: string;
  className: string;
}

export function SampleHtml({ html, fallback, className }: SampleHtmlProps) {
  const ref = useRef<HTMLElement>(null);
  const content = useMemo(() => {
    try {
      return sanitizeSampleHtml(html);
    } catch {
      return null;
    }
  }, [html]);
  useLayoutEffect(() => {
    // A copy each time: inserting a fragment empties it, and an effect may run twice.
    if (content) ref.current?.replaceChildren(content.cloneNode(true));
  }, [content]);
  if (!content) return <article className="viewer__text viewer__text--plain">{fallback}</article>;
  // React renders no children here: the effect owns them.
  return <article ref={ref} className={className} onClick={stayHere} onAuxClick={stayHere} />;
}

function stayHere(event: MouseEvent<HTMLElement>): void {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
}
