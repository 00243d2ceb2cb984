// Student work written in Markdown, shown as the student meant it: headings, lists (nested too),
// tables, links, code, quotes and pictures carried in the file. Raw HTML in the source stays
// text (markdown-it's `html: false`), and what markdown-it makes still passes the sanitizer.
import { useMemo } from 'react';
import MarkdownIt from 'markdown-it';
import type { StateCore } from 'markdown-it';
import { SampleHtml } from './SampleHtml.js';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// markdown-it aligns table cells with style attributes, which the CSP's `style-src 'self'`
// refuses; a class of ours does the same from the stylesheet.
markdown.core.ruler.push('sample_cell_alignment', (state: StateCore) => {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet('style') ?? ''));
    token.attrs = align ? [['class', `sample-align-${align[1]}`]] : null;
  }
});

/** The Markdown source as HTML, before sanitizing (SampleHtml sanitizes it). */
export function markdownToHtml(source: string): string {
  return markdown.render(source);
}

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => markdownToHtml(source), [source]);
  return (
    <SampleHtml html={html} fallback={source} className="viewer__text viewer__text--markdown" />
  );
}
