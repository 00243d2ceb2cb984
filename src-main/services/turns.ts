// One device taking turns (hot seat). Teachers score one after another on the facilitator's
// device, which holds the owner's access; while the turns run, that access is locked to them: no
// owner page, export or download answers until the facilitator's PIN unlocks it. The lock lives
// in the workspace, so neither a reload nor a restart lifts it.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { TurnsState } from '../domain/turns.js';
import { PIN_PATTERN } from '../domain/turns.js';
import type { Store } from '../store/index.js';
import { sessionAudit } from './audit.js';
import type { ChangeBus } from './events.js';

/** Wrong PINs allowed before a pause; each further run of them doubles the pause. */
const PIN_TRIES = 5;
const FIRST_PAUSE_MS = 30_000;

/** Whose access the owner's key opens while turns run: between turns, only the turn screens. */
export type TurnGate =
  | { kind: 'open' }
  | { kind: 'between-turns'; sessionId: string }
  | { kind: 'turn'; sessionId: string; personId: string };

function hashPin(pin: string, salt: string): string {
  return scryptSync(pin, Buffer.from(salt, 'hex'), 32).toString('hex');
}

export function turnsService(store: Store, bus: ChangeBus, now: () => number = Date.now) {
  let wrongPins = 0;
  let pausedUntil = 0;

  const lockOrThrow = () => {
    const lock = store.turns.lock();
    if (!lock) throw new ConflictError('This device is not taking turns.');
    return lock;
  };

  const sessionOf = (sessionId: string) => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    return session;
  };

  /** Checks the facilitator's PIN, pausing after a run of wrong ones (a 4-digit PIN is short). */
  const checkPin = (pin: string) => {
    const lock = lockOrThrow();
    const at = now();
    if (at < pausedUntil) {
      const seconds = Math.ceil((pausedUntil - at) / 1000);
      throw new ForbiddenError(`Too many wrong PINs. Try again in ${seconds} seconds.`);
    }
    const given = Buffer.from(hashPin(pin, lock.pinSalt), 'hex');
    const stored = Buffer.from(lock.pinHash, 'hex');
    if (given.length === stored.length && timingSafeEqual(given, stored)) {
      wrongPins = 0;
      return;
    }
    wrongPins++;
    if (wrongPins % PIN_TRIES === 0) {
      pausedUntil = at + FIRST_PAUSE_MS * 2 ** (wrongPins / PIN_TRIES - 1);
    }
    throw new ForbiddenError('That is not the facilitator’s PIN.');
  };

  const audit = sessionAudit(store);

  const changed = (sessionId: string) => bus.emit({ topic: 'turns', sessionId });

  return {
    /** What the owner's key may open now. Read on every owner call, so it stays one query. */
    gate(): TurnGate {
      const lock = store.turns.lock();
      if (!lock) return { kind: 'open' };
      return lock.currentRaterId === null
        ? { kind: 'between-turns', sessionId: lock.sessionId }
        : { kind: 'turn', sessionId: lock.sessionId, personId: lock.currentRaterId };
    },

    /** The facilitator hands the device over; from now on only the turns answer. */
    start(sessionId: string, pin: string, actor: Actor): TurnsState {
      if (!PIN_PATTERN.test(pin)) throw ValidationError.at(['pin'], 'use 4 to 12 digits');
      const session = sessionOf(sessionId);
      if (session.phase !== 'scoring') {
        throw new ConflictError('Turns on one device are for a session in scoring.');
      }
      if (store.turns.lock()) throw new ConflictError('This device is already taking turns.');
      const salt = randomBytes(16).toString('hex');
      store.transaction(() => {
        store.turns.start(sessionId, salt, hashPin(pin, salt));
        audit(actor, 'turns.started', sessionId);
      });
      wrongPins = 0;
      pausedUntil = 0;
      changed(sessionId);
      return this.state()!;
    },

    /**
     * The turn screen: the session's raters by name (alphabetical) and whose turn it is; null
     * once the device is unlocked (the screen gives way to the owner's).
     */
    state(): TurnsState | null {
      const lock = store.turns.lock();
      if (!lock) return null;
      const session = sessionOf(lock.sessionId);
      const ended = new Set(store.turns.ended(lock.sessionId));
      const submitted = new Set(store.sessions.submissions(lock.sessionId, session.currentRound));
      const raters = session.raters
        .map((r) => ({
          personId: r.personId,
          name: r.name,
          status:
            r.personId === lock.currentRaterId
              ? ('scoring' as const)
              : submitted.has(r.personId)
                ? ('submitted' as const)
                : ended.has(r.personId)
                  ? ('ended' as const)
                  : ('waiting' as const),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const current = raters.find((r) => r.personId === lock.currentRaterId);
      return {
        sessionId: lock.sessionId,
        title: session.title,
        phase: session.phase,
        raters,
        current: current ? { personId: current.personId, name: current.name } : null,
      };
    },

    /**
     * A teacher takes their turn. Someone who already ended a turn needs the facilitator's PIN
     * to take another, so nobody can reopen a colleague's turn and read their scores.
     */
    begin(personId: string, pin: string | undefined, actor: Actor): TurnsState {
      const lock = lockOrThrow();
      if (lock.currentRaterId !== null) {
        throw new ConflictError('Someone is scoring on this device; they end their turn first.');
      }
      const session = sessionOf(lock.sessionId);
      if (!session.raters.some((r) => r.personId === personId)) {
        throw ValidationError.at(['personId'], 'pick a name from this session’s list');
      }
      if (store.turns.ended(lock.sessionId).includes(personId)) {
        if (pin === undefined) {
          throw new ForbiddenError(
            'This teacher has already taken a turn. The facilitator’s PIN opens another.',
          );
        }
        checkPin(pin);
      }
      store.transaction(() => {
        store.turns.setCurrent(lock.sessionId, personId);
        audit(actor, 'turns.turn_started', lock.sessionId, { personId });
      });
      changed(lock.sessionId);
      return this.state()!;
    },

    /** Ends the current turn: the next teacher sees nothing of it. */
    end(actor: Actor): TurnsState {
      const lock = lockOrThrow();
      const personId = lock.currentRaterId;
      if (personId === null) throw new ConflictError('Nobody is taking a turn.');
      store.transaction(() => {
        store.turns.markEnded(lock.sessionId, personId);
        store.turns.setCurrent(lock.sessionId, null);
        audit(actor, 'turns.turn_ended', lock.sessionId, { personId });
      });
      changed(lock.sessionId);
      return this.state()!;
    },

    /** The facilitator takes the device back. */
    unlock(pin: string, actor: Actor): void {
      const lock = lockOrThrow();
      checkPin(pin);
      store.transaction(() => {
        store.turns.remove(lock.sessionId);
        audit(actor, 'turns.unlocked', lock.sessionId);
      });
      changed(lock.sessionId);
    },

    /** For `concord turns unlock` at the computer itself, when the PIN is forgotten. */
    forceUnlock(actor: Actor): boolean {
      const lock = store.turns.lock();
      if (!lock) return false;
      store.transaction(() => {
        store.turns.remove(lock.sessionId);
        audit(actor, 'turns.force_unlocked', lock.sessionId);
      });
      changed(lock.sessionId);
      return true;
    },
  };
}
export type TurnsService = ReturnType<typeof turnsService>;
