// Caps guesses at join codes: a fixed window of attempts per client address.

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; false once the client has used up its window. */
  allow(client: string): boolean {
    const at = this.now();
    const window = this.windows.get(client);
    if (!window || at - window.start >= this.windowMs) {
      this.windows.set(client, { start: at, count: 1 });
      this.prune(at);
      return true;
    }
    window.count++;
    return window.count <= this.limit;
  }

  private prune(at: number): void {
    if (this.windows.size < 10_000) return;
    for (const [client, window] of this.windows) {
      if (at - window.start >= this.windowMs) this.windows.delete(client);
    }
  }
}
