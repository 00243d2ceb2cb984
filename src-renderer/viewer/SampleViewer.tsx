// Shows one work sample as the rater receives it (the anonymized file): text with readable
// typography, Markdown and Word documents with their headings, lists, tables and pictures, images
// with zoom, PDFs page by page.
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import type { SampleKind } from '../../src-main/domain/sample.js';
import type { QueryResult } from '../api/use-query.js';
import { useQuery } from '../api/use-query.js';
import { KIND_WORDS } from '../lib/words.js';
import { Button } from '../ui/Button.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';
import { DocxView } from './DocxView.js';
import { Markdown } from './markdown.js';
import { PdfView } from './PdfView.js';

export interface SampleViewerProps {
  sampleId: string;
  /** For a rater: the session that gives access to the sample. */
  sessionId?: string;
  kind: SampleKind;
  mediaType: string;
  /** What to call the sample in accessible names, e.g. its code. */
  label?: string;
  /**
   * Drawn over the shown page (PDF) or image, at its displayed size: the owner's redaction boxes
   * and the surface to draw new ones on (samples/SampleDetailPage). Page numbers start at 1.
   */
  overlay?: (page: number) => ReactNode;
}

export function SampleViewer({ sampleId, sessionId, ...shown }: SampleViewerProps) {
  return <ShownSample content={useQuery('samples.content', { sampleId, sessionId })} {...shown} />;
}

/** An anchor of a qualification check, read with the attempt's own access (never the owner's). */
export function AttemptSampleViewer({
  attemptId,
  sampleId,
  ...shown
}: Omit<SampleViewerProps, 'sessionId' | 'overlay'> & { attemptId: string }) {
  return (
    <ShownSample content={useQuery('qualification.sample', { attemptId, sampleId })} {...shown} />
  );
}

function ShownSample({
  content,
  kind,
  mediaType,
  label,
  overlay,
}: Omit<SampleViewerProps, 'sampleId' | 'sessionId'> & {
  content: QueryResult<{ mediaType: string; base64: string }>;
}) {
  const name = label ?? 'Sample';
  const bytes = useMemo(
    () => (content.data ? base64ToBytes(content.data.base64) : null),
    [content.data],
  );
  if (content.status === 'loading') return <Loading what={`${name}`} />;
  if (content.status === 'error' && !bytes) {
    return (
      <ErrorNotice
        title={`Could not open ${name}`}
        message={content.error.message}
        onRetry={content.refetch}
      />
    );
  }
  if (!bytes) return null;
  return (
    <div className="viewer" aria-label={`${name} (${KIND_WORDS[kind]})`} role="region">
      <ViewerBody
        kind={kind}
        mediaType={content.data?.mediaType ?? mediaType}
        bytes={bytes}
        name={name}
        overlay={overlay}
      />
    </div>
  );
}

function ViewerBody({
  kind,
  mediaType,
  bytes,
  name,
  overlay,
}: {
  kind: SampleKind;
  mediaType: string;
  bytes: Uint8Array;
  name: string;
  overlay?: (page: number) => ReactNode;
}) {
  if (kind === 'pdf' || mediaType === 'application/pdf')
    return <PdfView key={name} bytes={bytes} label={name} overlay={overlay} />;
  if (kind === 'image' || mediaType.startsWith('image/'))
    return <ImageView bytes={bytes} mediaType={mediaType} label={name} overlay={overlay} />;
  if (kind === 'docx') return <DocxView bytes={bytes} />;
  const text = new TextDecoder().decode(bytes);
  if (kind === 'markdown' || mediaType === 'text/markdown') return <Markdown source={text} />;
  return <article className="viewer__text viewer__text--plain">{text}</article>;
}

const SHOWN_IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);

const IMAGE_ZOOMS = [
  { key: 'fit', label: 'Fit' },
  { key: '100', label: '100%' },
  { key: '200', label: '200%' },
] as const;
type ImageZoom = (typeof IMAGE_ZOOMS)[number]['key'];

function ImageView({
  bytes,
  mediaType,
  label,
  overlay,
}: {
  bytes: Uint8Array;
  mediaType: string;
  label: string;
  overlay?: (page: number) => ReactNode;
}) {
  const [zoom, setZoom] = useState<ImageZoom>('fit');
  const url = useMemo(() => {
    // Only the picture formats Concord stores become a blob: a type that could carry script
    // (SVG, HTML) never gets an address at the app's origin, whatever the server said.
    if (!SHOWN_IMAGE_TYPES.has(mediaType)) return null;
    const copy = new Uint8Array(bytes);
    return URL.createObjectURL(new Blob([copy], { type: mediaType }));
  }, [bytes, mediaType]);
  useEffect(() => () => (url === null ? undefined : URL.revokeObjectURL(url)), [url]);
  if (url === null) {
    return <p className="notice">This picture is of a kind Concord does not show ({mediaType}).</p>;
  }
  return (
    <div className="image-view">
      <div className="viewer__toolbar" role="toolbar" aria-label={`${label}: zoom`}>
        {IMAGE_ZOOMS.map((z) => (
          <Button
            key={z.key}
            variant={z.key === zoom ? 'primary' : 'quiet'}
            aria-pressed={z.key === zoom}
            onClick={() => setZoom(z.key)}
          >
            {z.label}
          </Button>
        ))}
      </div>
      {/* Zoomed, the picture scrolls inside this frame: focusable so the keyboard can scroll it. */}
      <div
        className={`image-view__frame image-view__frame--${zoom}`}
        role="region"
        aria-label={`${label}, scrollable`}
        tabIndex={0}
      >
        <div className="viewer__page">
          <img src={url} alt={`${label}: the student’s image`} className="image-view__img" />
          {overlay && <div className="viewer__overlay">{overlay(1)}</div>}
        </div>
      </div>
    </div>
  );
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
