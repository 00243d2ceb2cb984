// PDF samples drawn to canvas with pdf.js: page thumbnails, zoom, and no eval (strict CSP).
// A page opens fitted to the width it has, so a phone shows the whole line; zoom enlarges from there.
import type { ReactNode, RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Button } from '../ui/Button.js';
import { useWidth } from '../ui/use-width.js';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerSrc = new URL(
      'pdfjs-dist/build/pdf.worker.min.mjs',
      import.meta.url,
    ).toString();
    return module;
  });
  return pdfjs;
}

/** Multiples of the fitted width. */
const ZOOMS = [1, 1.25, 1.5, 2, 3] as const;

/** Give it a `key` per document: a new file starts from a fresh state. */
export function PdfView({
  bytes,
  label,
  overlay,
}: {
  bytes: Uint8Array;
  label: string;
  /** Drawn over the shown page at its displayed size (see SampleViewer). */
  overlay?: (page: number) => ReactNode;
}) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);

  useEffect(() => {
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    loadPdfJs()
      .then(
        (lib) =>
          // pdf.js takes ownership of the buffer it is given: hand it a copy.
          lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: true })
            .promise,
      )
      .then((opened) => {
        loaded = opened;
        if (cancelled) void opened.destroy();
        else setDoc(opened);
      })
      .catch((thrown: unknown) => {
        if (!cancelled) setError(thrown instanceof Error ? thrown.message : 'unreadable PDF');
      });
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [bytes]);

  if (error) return <p className="notice notice--error">This PDF could not be shown: {error}</p>;
  if (!doc) return <p className="loading">Opening the PDF…</p>;
  const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1);
  return (
    <div className="pdf-view">
      <div className="viewer__toolbar" role="toolbar" aria-label={`${label}: pages and zoom`}>
        {doc.numPages > 1 && (
          <nav aria-label="Pages" className="pdf-view__pages">
            {pages.map((n) => (
              <Button
                key={n}
                variant={n === page ? 'primary' : 'quiet'}
                aria-current={n === page ? 'page' : undefined}
                onClick={() => setPage(n)}
              >
                <PdfThumbnail doc={doc} pageNumber={n} />
                Page {n}
              </Button>
            ))}
          </nav>
        )}
        <span className="muted">
          Page {page} of {doc.numPages}
        </span>
        <ZoomButtons zoom={zoom} setZoom={setZoom} />
      </div>
      <PdfPage doc={doc} pageNumber={page} zoom={zoom} label={label} overlay={overlay} />
    </div>
  );
}

function ZoomButtons({ zoom, setZoom }: { zoom: number; setZoom: (zoom: number) => void }) {
  const at = ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]);
  return (
    <span className="viewer__zoom">
      <Button variant="quiet" disabled={at <= 0} onClick={() => setZoom(ZOOMS[at - 1]!)}>
        Zoom out
      </Button>
      <span className="numeric">
        {zoom === 1 ? 'Fits the width' : `${Math.round(zoom * 100)}%`}
      </span>
      <Button
        variant="quiet"
        disabled={at >= ZOOMS.length - 1}
        onClick={() => setZoom(ZOOMS[at + 1]!)}
      >
        Zoom in
      </Button>
    </span>
  );
}

const THUMBNAIL_WIDTH = 64;

/** A small picture of one page inside its page button; the button's text names it. */
function PdfThumbnail({ doc, pageNumber }: { doc: PDFDocumentProxy; pageNumber: number }) {
  const canvas = useDrawnPage(doc, pageNumber, THUMBNAIL_WIDTH);
  return <canvas ref={canvas} className="pdf-view__thumbnail" aria-hidden="true" />;
}

function PdfPage({
  doc,
  pageNumber,
  zoom,
  label,
  overlay,
}: {
  doc: PDFDocumentProxy;
  pageNumber: number;
  zoom: number;
  label: string;
  overlay?: (page: number) => ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame, null);
  const canvas = useDrawnPage(doc, pageNumber, width, {
    zoom,
    ratio: window.devicePixelRatio || 1,
  });
  return (
    // Zoomed in, the page scrolls inside this frame: focusable so the keyboard can scroll it too.
    <div
      className="pdf-view__canvas"
      ref={frame}
      role="region"
      aria-label={`${label}, page ${pageNumber}, scrollable`}
      tabIndex={0}
    >
      <div className="viewer__page">
        <canvas ref={canvas} role="img" aria-label={`${label}, page ${pageNumber}`} />
        {overlay && <div className="viewer__overlay">{overlay(pageNumber)}</div>}
      </div>
    </div>
  );
}

/**
 * Draws one page into the returned canvas, fitted to `width` CSS pixels (none while null) and
 * redrawn when any of its inputs change. With `ratio`, the canvas holds that many device pixels
 * per CSS pixel, for a sharp page on a high-density screen, and its style sizes it back; without,
 * the style sheet sizes it.
 */
function useDrawnPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  width: number | null,
  { zoom = 1, ratio }: { zoom?: number; ratio?: number } = {},
): RefObject<HTMLCanvasElement | null> {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    if (width === null) return;
    void doc.getPage(pageNumber).then((page) => {
      const target = canvas.current;
      if (cancelled || !target) return;
      const fitted = width / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale: fitted * zoom * (ratio ?? 1) });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      if (ratio !== undefined) target.style.width = `${Math.floor(viewport.width / ratio)}px`;
      const render = page.render({ canvas: target, viewport });
      task = render;
      render.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber, width, zoom, ratio]);
  return canvas;
}
