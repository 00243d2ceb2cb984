// The live room: a short code teachers type or scan, and a one-time claim of their name.
import { randomBytes } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { NetworkAddress, RoomInfo } from '../domain/room.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';
import type { sessionsService } from './sessions.js';

// The same alphabet as sample codes: nothing to mishear or misread from a projector.
const JOIN_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = /^[2-9A-HJ-NP-Z]{6}$/;

export interface JoinLookup {
  sessionId: string;
  title: string;
  raters: { personId: string; name: string; joined: boolean }[];
}

/**
 * Serving the room on a network interface belongs to the shell (a transport), so the services
 * reach it through this port.
 */
export interface RoomListener {
  addresses(): NetworkAddress[];
  /** Starts serving on the address (or moves there) and answers the base URL, e.g. http://10.0.0.5:4871. */
  listen(address: string): Promise<string>;
  close(): Promise<void>;
}

export type { NetworkAddress, RoomInfo };

export function normalizeJoinCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

export function roomService(
  store: Store,
  bus: ChangeBus,
  sessions: ReturnType<typeof sessionsService>,
) {
  const openSession = (code: string) => {
    const normalized = normalizeJoinCode(code);
    const sessionId = JOIN_CODE_PATTERN.test(normalized)
      ? store.access.sessionForJoinCode(normalized)
      : undefined;
    if (!sessionId)
      throw new NotFoundError('No open session has this code. Check it with your facilitator.');
    return store.sessions.get(sessionId)!;
  };

  let listener: RoomListener | null = null;
  let hosted: { sessionId: string; baseUrl: string } | null = null;
  const joinUrl = (baseUrl: string, code: string) => `${baseUrl}/#/join/${code}`;

  // The room closes when its session closes.
  bus.subscribe((change) => {
    if (change.topic !== 'sessions' || !hosted || change.sessionId !== hosted.sessionId) return;
    if (store.sessions.phaseOf(hosted.sessionId) !== 'closed') return;
    hosted = null;
    void listener?.close();
  });

  return {
    /** Called once by the shell that can serve on the network (the app, or `concord serve`). */
    attachListener(roomListener: RoomListener): void {
      listener = roomListener;
    },

    addresses(): NetworkAddress[] {
      return listener?.addresses() ?? [];
    },

    async host(sessionId: string, address: string): Promise<RoomInfo> {
      if (!listener) throw new ConflictError('This Concord cannot host a room on the network.');
      if (!listener.addresses().some((a) => a.address === address)) {
        throw new ValidationError(`address: ${address} is not an address of this computer`);
      }
      const code = this.joinCode(sessionId);
      const baseUrl = await listener.listen(address);
      hosted = { sessionId, baseUrl };
      return { code, joinUrl: joinUrl(baseUrl, code) };
    },

    /** Stops serving the live room, if one is open (a restore replaces what it serves). */
    async stopHosting(): Promise<boolean> {
      if (!hosted) return false;
      hosted = null;
      await listener?.close();
      return true;
    },

    info(sessionId: string): RoomInfo {
      const code = this.joinCode(sessionId);
      return {
        code,
        joinUrl: hosted?.sessionId === sessionId ? joinUrl(hosted.baseUrl, code) : null,
      };
    },

    /** The session's open join code, made on first use. */
    joinCode(sessionId: string): string {
      const session = store.sessions.get(sessionId);
      if (!session) throw new NotFoundError(`No session ${sessionId}.`);
      if (session.phase !== 'scoring' && session.phase !== 'revealed') {
        throw new ConflictError(
          'Raters can join once scoring has started, until the session closes.',
        );
      }
      const existing = store.access.openJoinCode(sessionId);
      if (existing) return existing;
      for (;;) {
        const bytes = randomBytes(JOIN_CODE_LENGTH);
        const code = [...bytes].map((b) => JOIN_ALPHABET[b % JOIN_ALPHABET.length]).join('');
        if (!store.access.sessionForJoinCode(code)) {
          store.access.addJoinCode(code, sessionId);
          return code;
        }
      }
    },

    lookup(code: string): JoinLookup {
      const session = openSession(code);
      return {
        sessionId: session.id,
        title: session.title,
        raters: session.raters.map((r) => ({
          personId: r.personId,
          name: r.name,
          joined: store.access.hasLiveToken(session.id, r.personId),
        })),
      };
    },

    /** A rater picks their name once; a second device needs the facilitator to let them in again. */
    claim(code: string, personId: string): { token: string; sessionId: string } {
      const session = openSession(code);
      if (!session.raters.some((r) => r.personId === personId)) {
        throw new ValidationError('personId: pick your name from this session’s list');
      }
      if (store.access.hasLiveToken(session.id, personId)) {
        throw new ConflictError(
          'This name has already joined. Ask your facilitator to let you join again.',
        );
      }
      const token = sessions.issueRaterToken(session.id, personId);
      bus.emit({ topic: 'sessions', sessionId: session.id });
      return { token, sessionId: session.id };
    },

    /** Lets a rater join again (a new device, a lost tab): their old access stops working. */
    resetRater(sessionId: string, personId: string): void {
      store.access.revokePersonTokens(sessionId, personId);
      bus.emit({ topic: 'sessions', sessionId });
    },
  };
}
