// The files a screen saves, caught at the link it clicks: each download's name, in order, and no
// real download. Call inside a describe; it empties the list before each test.
import { afterEach, beforeEach, vi } from 'vitest';

export function savedDownloads(): string[] {
  const saved: string[] = [];
  beforeEach(() => {
    saved.length = 0;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return saved;
}
