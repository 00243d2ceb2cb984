// Guessing a join code. A code is 6 characters of 32 (about 10^9), so guessing only works with
// very many tries. Tries are capped per device, and, because one attacker can speak from many
// addresses (every 127.x.x.x, IPv4 and IPv6, the owner's and the room's listener), wrong codes are
// also counted for the whole workspace: a run of them retires every open code, and the
// facilitator issues a new one. Raters who have joined keep their access.

/** Enough for a teacher who mistypes a few times; far too few to guess a 6-character code. */
export const JOIN_ATTEMPTS_PER_MINUTE = 20;
/** Wrong codes, from anywhere, within the window that retire the open codes. */
export const WRONG_CODES_BEFORE_LOCKOUT = 50;
export const WRONG_CODE_WINDOW_MS = 10 * 60_000;

export type JoinVerdict = 'allowed' | 'too-many';

export class JoinGuard {
  private readonly perDevice = new Map<string, { start: number; count: number }>();
  private wrong: number[] = [];

  constructor(
    /** Called when a run of wrong codes retires the open ones. */
    private readonly onRun: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one try from a device (its address); 'too-many' once its minute is used up. */
  attempt(device: string): JoinVerdict {
    const at = this.now();
    const key = deviceKey(device);
    const window = this.perDevice.get(key);
    if (!window || at - window.start >= 60_000) {
      this.perDevice.set(key, { start: at, count: 1 });
      this.prune(at);
      return 'allowed';
    }
    window.count++;
    return window.count <= JOIN_ATTEMPTS_PER_MINUTE ? 'allowed' : 'too-many';
  }

  /** A try named no open code. */
  wrongCode(): void {
    const at = this.now();
    this.wrong = this.wrong.filter((t) => at - t < WRONG_CODE_WINDOW_MS);
    this.wrong.push(at);
    if (this.wrong.length >= WRONG_CODES_BEFORE_LOCKOUT) {
      this.wrong = [];
      this.onRun();
    }
  }

  private prune(at: number): void {
    if (this.perDevice.size < 10_000) return;
    for (const [key, window] of this.perDevice) {
      if (at - window.start >= 60_000) this.perDevice.delete(key);
    }
  }
}

/**
 * One key per device: an IPv4 address however it is written (::ffff:10.0.0.5 is 10.0.0.5), an
 * IPv6 address by its /64 (one device picks freely within it), and all of loopback as one.
 */
export function deviceKey(address: string): string {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return v4.startsWith('127.') ? 'loopback' : v4;
  if (address === '::1') return 'loopback';
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIpv6(address: string): string[] | null {
  const plain = address.split('%')[0]!;
  const halves = plain.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  return groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))
    ? groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    : null;
}
