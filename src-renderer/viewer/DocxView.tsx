// mammoth’s browser bundle has no types of its own; both tsconfigs (renderer, tests) need these.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./mammoth-browser.d.ts" />
// A Word document as the student wrote it: headings, lists, tables, emphasis and the pictures in
// it (mammoth turns the document into HTML, pictures as data: addresses), through the sanitizer.
import { useEffect, useState } from 'react';
import { SampleHtml } from './SampleHtml.js';

/** What these bytes became: their HTML, or null when mammoth could not read them. */
type Converted = { bytes: Uint8Array; html: string | null };

export function DocxView({ bytes }: { bytes: Uint8Array }) {
  const [converted, setConverted] = useState<Converted | null>(null);
  useEffect(() => {
    let cancelled = false;
    const buffer = bytes.slice().buffer;
    import('mammoth/mammoth.browser.js')
      .then((mammoth) =>
        mammoth.convertToHtml(
          { arrayBuffer: buffer },
          {
            // A picture linked from outside the file keeps its place and alt text, not loaded.
            convertImage: mammoth.images.imgElement((image) =>
              image.readAsBase64String().then(
                (base64) => ({ src: `data:${image.contentType};base64,${base64}` }),
                () => ({}),
              ),
            ),
          },
        ),
      )
      .then((result) => {
        if (!cancelled) setConverted({ bytes, html: result.value });
      })
      .catch(() => {
        if (!cancelled) setConverted({ bytes, html: null });
      });
    return () => {
      cancelled = true;
    };
  }, [bytes]);
  if (converted?.bytes !== bytes) return <p className="muted">Reading the Word document…</p>;
  if (converted.html === null) {
    return <p className="notice">This Word document could not be read.</p>;
  }
  return (
    <>
      <p className="muted">
        Word document: headings, lists, tables and pictures as written; page layout, fonts and
        colours are not shown.
      </p>
      <SampleHtml
        html={converted.html}
        fallback="This Word document cannot be shown in this browser."
        className="viewer__text viewer__text--docx"
      />
    </>
  );
}
