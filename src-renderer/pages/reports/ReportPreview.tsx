// Shows a report's HTML inside the page. The app's CSP allows no inline style, so the report's
// stylesheet is adopted by a shadow root (scoped to the report) instead of a <style> element, and
// the report's nodes are parsed inertly by DOMParser (the report holds no script; the app's CSP
// would refuse one anyway).
import { useEffect, useRef } from 'react';

export function ReportPreview({ html, title }: { html: string; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    // The stylesheet is taken out before parsing: even an inert parse of a <style> element is
    // checked against (and refused by) the page's CSP.
    const css: string[] = [];
    const markup = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_all, text: string) => {
      css.push(text);
      return '';
    });
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    // The report's own <main> is right in a file of its own; inside the app's main it would be a
    // second, nested main landmark.
    for (const main of parsed.body.querySelectorAll('main')) {
      const article = parsed.createElement('article');
      for (const { name, value } of main.attributes) article.setAttribute(name, value);
      article.replaceChildren(...main.childNodes);
      main.replaceWith(article);
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css.join('\n'));
    root.adoptedStyleSheets = [sheet];
    root.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  }, [html]);
  return (
    <div
      ref={host}
      className="report-preview"
      role="region"
      aria-label={`Preview: ${title}`}
      tabIndex={0}
    />
  );
}
