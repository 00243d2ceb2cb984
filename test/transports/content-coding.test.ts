// The HTTP decisions for static files: which compression a client takes, when its cached copy
// is still current, and which files may be cached for good.
import { describe, expect, it } from 'vitest';
import {
  acceptedCodings,
  cacheControlFor,
  entityTag,
  isCompressible,
  matchingTag,
} from '../../src-main/transports/content-coding.js';

describe('Accept-Encoding', () => {
  it('prefers brotli, then gzip, among what the client takes', () => {
    expect(acceptedCodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedCodings('gzip, deflate')).toEqual(['gzip']);
    expect(acceptedCodings('x-gzip')).toEqual(['gzip']);
    expect(acceptedCodings('BR')).toEqual(['br']);
    expect(acceptedCodings('*')).toEqual(['br', 'gzip']);
  });

  it('follows q-values, and q=0 refuses', () => {
    expect(acceptedCodings('gzip;q=1, br;q=0.5')).toEqual(['gzip', 'br']);
    expect(acceptedCodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedCodings('*;q=0.5, br;q=0')).toEqual(['gzip']);
    expect(acceptedCodings('*;q=0')).toEqual([]);
  });

  it('means no compression when absent or identity only', () => {
    expect(acceptedCodings(undefined)).toEqual([]);
    expect(acceptedCodings('')).toEqual([]);
    expect(acceptedCodings('identity')).toEqual([]);
  });
});

describe('what is compressed', () => {
  it('is text and code, not images or fonts that are compressed already', () => {
    expect(isCompressible('text/javascript; charset=utf-8')).toBe(true);
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('application/json')).toBe(true);
    expect(isCompressible('application/wasm')).toBe(true);
    expect(isCompressible('image/png')).toBe(false);
    expect(isCompressible('font/woff2')).toBe(false);
    expect(isCompressible('application/octet-stream')).toBe(false);
  });
});

describe('If-None-Match', () => {
  const hash = 'abc123';

  it('matches any coding of the same content, weak or strong, in a list or as *', () => {
    expect(matchingTag('"abc123"', hash)).toBe('"abc123"');
    expect(matchingTag('"other", W/"abc123-br"', hash)).toBe('"abc123-br"');
    expect(matchingTag('"abc123-gzip"', hash)).toBe('"abc123-gzip"');
    expect(matchingTag('*', hash)).toBe(entityTag(hash, 'identity'));
  });

  it('does not match another content or a missing header', () => {
    expect(matchingTag('"abc1234"', hash)).toBeNull();
    expect(matchingTag('"abc123-deflate"', hash)).toBeNull();
    expect(matchingTag('abc123', hash)).toBeNull();
    expect(matchingTag(undefined, hash)).toBeNull();
  });
});

describe('Cache-Control', () => {
  it('keeps hashed assets for a year and has everything else revalidated', () => {
    const forever = 'public, max-age=31536000, immutable';
    expect(cacheControlFor('assets/index-CL1-ZcXZ.js')).toBe(forever);
    expect(cacheControlFor('assets/pdf.worker.min-FHbmGBN0.mjs')).toBe(forever);
    expect(cacheControlFor('index.html')).toBe('no-cache');
    expect(cacheControlFor('assets/logo.svg')).toBe('no-cache');
    expect(cacheControlFor('index-CL1-ZcXZ.js')).toBe('no-cache');
    expect(cacheControlFor('assets/sub/index-CL1-ZcXZ.js')).toBe('no-cache');
  });
});
