// Which Host headers Concord answers. A web page on any site can make a browser on this computer
// or the school network talk to Concord's port under the site's own name (DNS rebinding): the
// browser then treats Concord's answers as that site's. Concord answers only to the names it is
// really reached by: loopback, this computer's own addresses and name, and the room's advertised
// address; everything else is refused before any routing.
import { hostname, networkInterfaces } from 'node:os';

const REFRESH_MS = 5000;

/** The host part of a Host header, lower case, without port or IPv6 brackets; null if malformed. */
export function hostOf(header: string | undefined): string | null {
  if (header === undefined) return null;
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return null;
    const rest = value.slice(end + 1);
    return rest === '' || /^:\d{1,5}$/.test(rest) ? value.slice(1, end) : null;
  }
  const match = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(value);
  return match ? match[1]!.replace(/\.$/, '') : null;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** This computer's addresses and names, read again every few seconds (a laptop changes networks). */
export class KnownHosts {
  private names = new Set<string>();
  private readAt = -Infinity;

  constructor(
    /** Names the transport was started with or advertises (the room's address). */
    private readonly extra: () => readonly string[],
    private readonly now: () => number = Date.now,
  ) {}

  allows(header: string | undefined): boolean {
    const host = hostOf(header);
    if (host === null) return false;
    if (isLoopback(host)) return true;
    return this.current().has(host);
  }

  private current(): Set<string> {
    const at = this.now();
    if (at - this.readAt < REFRESH_MS) return this.names;
    const names = new Set<string>();
    for (const entries of Object.values(networkInterfaces())) {
      for (const entry of entries ?? []) names.add(entry.address.toLowerCase().split('%')[0]!);
    }
    const own = hostname().toLowerCase();
    if (own) {
      names.add(own);
      names.add(`${own.split('.')[0]}.local`);
    }
    for (const name of this.extra()) {
      const host = hostOf(name);
      if (host !== null) names.add(host);
    }
    // A wildcard listener is reached by this computer's addresses, never by the name 0.0.0.0.
    names.delete('0.0.0.0');
    names.delete('::');
    this.names = names;
    this.readAt = at;
    return names;
  }
}
