// The HTTP decisions about one static file, apart from reading it: which compression a client
// takes, whether its cached copy is still current, and how long it may keep it.

export type Coding = 'br' | 'gzip';

/**
 * The compressions the client accepts, best first: by its q-values, brotli before gzip when
 * it likes both equally (smaller). `*` stands for any coding it does not name; q=0 refuses.
 */
export function acceptedCodings(header: string | undefined): Coding[] {
  const weights = new Map<string, number>();
  for (const item of (header ?? '').split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Coding) => weights.get(coding) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const)
    .filter((coding) => weightOf(coding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

/** Content types worth compressing: text and code. Images, fonts and archives already are. */
export function isCompressible(contentType: string): boolean {
  return (
    contentType.startsWith('text/') ||
    /^application\/(json|wasm|manifest\+json)\b/.test(contentType) ||
    contentType.startsWith('image/svg+xml') ||
    contentType.startsWith('image/x-icon')
  );
}

/** Below this, compression saves less than its own headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

/** The strong validator of one representation: the content's hash, marked with its coding. */
export function entityTag(hash: string, coding: Coding | 'identity'): string {
  return coding === 'identity' ? `"${hash}"` : `"${hash}-${coding}"`;
}

/**
 * The tag of If-None-Match that names a representation of this content, if any. Every coding
 * of the same bytes counts: a browser that cached the gzip copy before the brotli one was ready
 * still holds the current file (If-None-Match compares weakly, so W/ is ignored).
 */
export function matchingTag(header: string | undefined, hash: string): string | null {
  if (header === undefined) return null;
  const current = (['identity', 'br', 'gzip'] as const).map((c) => entityTag(hash, c));
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === '*') return entityTag(hash, 'identity');
    if (current.includes(tag)) return tag;
  }
  return null;
}

/** Files named by their content hash never change; everything else is checked each time. */
export function cacheControlFor(relativePath: string): string {
  return /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/.test(relativePath)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}
