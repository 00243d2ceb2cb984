// The live room: a short code teachers type or scan, and a one-time claim of their name.
import { createHmac, randomBytes } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { NetworkAddress, RoomInfo } from '../domain/room.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';
import { JoinGuard } from './join-guard.js';
import type { sessionsService } from './sessions.js';

// The same alphabet as sample codes: nothing to mishear or misread from a projector.
const JOIN_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = /^[2-9A-HJ-NP-Z]{6}$/;
/** Why codes were retired by a run of wrong guesses (join_codes.closed_reason). */
const RETIRED_BY_GUESSING = 'guessing';

/**
 * What a teacher sees before joining: the session and its raters' names in alphabetical order,
 * each with a seat to claim. A seat is not a person id and is unrelated to the alias (R1..Rn),
 * so nothing a rater receives later can be matched against this list.
 */
export interface JoinLookup {
  sessionId: string;
  title: string;
  raters: { seat: string; name: string }[];
}

/** A device tried too many codes: the transport answers 429. */
export class TooManyTries extends Error {
  override name = 'TooManyTries';
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
  const guard = new JoinGuard(() => {
    for (const sessionId of store.access.retireOpenJoinCodes(RETIRED_BY_GUESSING)) {
      console.error(
        `room: many wrong join codes were tried; the code of session ${sessionId} was retired`,
      );
      bus.emit({ topic: 'sessions', sessionId });
    }
  });
  // Seats are keyed by a secret of this process: stable while the room is open, meaningless
  // outside it.
  const seatKey = randomBytes(32);
  const seatOf = (sessionId: string, personId: string) =>
    createHmac('sha256', seatKey).update(`${sessionId}\0${personId}`).digest('base64url');

  /** The session behind a code, after counting the try against the device and the workspace. */
  const openSession = (code: string, device: string) => {
    if (guard.attempt(device) === 'too-many') {
      throw new TooManyTries('Too many attempts. Wait a minute, then try again.');
    }
    const normalized = normalizeJoinCode(code);
    const sessionId = JOIN_CODE_PATTERN.test(normalized)
      ? store.access.sessionForJoinCode(normalized)
      : undefined;
    if (!sessionId) {
      guard.wrongCode();
      throw new NotFoundError('No open session has this code. Check it with your facilitator.');
    }
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

  const checkJoinable = (sessionId: string) => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    if (session.phase !== 'scoring' && session.phase !== 'revealed') {
      throw new ConflictError(
        'Raters can join once scoring has started, until the session closes.',
      );
    }
  };

  const issueCode = (sessionId: string): string => {
    for (;;) {
      const bytes = randomBytes(JOIN_CODE_LENGTH);
      const code = [...bytes].map((b) => JOIN_ALPHABET[b % JOIN_ALPHABET.length]).join('');
      if (!store.access.sessionForJoinCode(code)) {
        store.access.addJoinCode(code, sessionId);
        return code;
      }
    }
  };

  /** The open code; a new one unless a run of wrong guesses retired the last (then null). */
  const currentCode = (sessionId: string): string | null => {
    checkJoinable(sessionId);
    const existing = store.access.openJoinCode(sessionId);
    if (existing) return existing;
    if (store.access.joinCodeClosedReason(sessionId) === RETIRED_BY_GUESSING) return null;
    return issueCode(sessionId);
  };

  return {
    /** Called once by the shell that can serve on the network (the app, or `concord serve`). */
    attachListener(roomListener: RoomListener): void {
      listener = roomListener;
    },

    addresses(): NetworkAddress[] {
      return listener?.addresses() ?? [];
    },

    /** The advertised address, which the transports answer to besides this computer's names. */
    hostedBaseUrl(): string | null {
      return hosted?.baseUrl ?? null;
    },

    async host(sessionId: string, address: string): Promise<RoomInfo> {
      if (!listener) throw new ConflictError('This Concord cannot host a room on the network.');
      if (!listener.addresses().some((a) => a.address === address)) {
        throw ValidationError.at(['address'], `${address} is not an address of this computer`);
      }
      const code = this.joinCode(sessionId);
      const baseUrl = await listener.listen(address);
      hosted = { sessionId, baseUrl };
      return { code, joinUrl: joinUrl(baseUrl, code), lockedOut: false };
    },

    /** Stops serving the live room, if one is open (a restore replaces what it serves). */
    async stopHosting(): Promise<boolean> {
      if (!hosted) return false;
      hosted = null;
      await listener?.close();
      return true;
    },

    info(sessionId: string): RoomInfo {
      const code = currentCode(sessionId);
      return {
        code,
        joinUrl:
          code !== null && hosted?.sessionId === sessionId ? joinUrl(hosted.baseUrl, code) : null,
        lockedOut: code === null,
      };
    },

    /** The session's open join code, made on first use, or issued anew after a lockout. */
    joinCode(sessionId: string): string {
      return currentCode(sessionId) ?? issueCode(sessionId);
    },

    /** Names to pick from, by a device that knows the code (see JoinLookup). */
    lookup(code: string, device: string): JoinLookup {
      const session = openSession(code, device);
      return {
        sessionId: session.id,
        title: session.title,
        raters: session.raters
          .map((r) => ({ seat: seatOf(session.id, r.personId), name: r.name }))
          .sort((a, b) => a.name.localeCompare(b.name) || a.seat.localeCompare(b.seat)),
      };
    },

    /** A rater picks their name once; a second device needs the facilitator to let them in again. */
    claim(code: string, seat: string, device: string): { token: string; sessionId: string } {
      const session = openSession(code, device);
      const rater = session.raters.find((r) => seatOf(session.id, r.personId) === seat);
      if (!rater) throw ValidationError.at(['seat'], 'pick your name from this session’s list');
      if (store.access.hasLiveToken(session.id, rater.personId)) {
        throw new ConflictError(
          'This name has already joined. Ask your facilitator to let you join again.',
        );
      }
      const token = sessions.issueRaterToken(session.id, rater.personId);
      bus.emit({ topic: 'sessions', sessionId: session.id });
      return { token, sessionId: session.id };
    },

    /** Lets a rater join again (a new device, a lost tab): their old access stops at once. */
    resetRater(sessionId: string, personId: string): void {
      store.access.revokePersonTokens(sessionId, personId);
      bus.emit({ topic: 'access' });
      bus.emit({ topic: 'sessions', sessionId });
    },
  };
}
