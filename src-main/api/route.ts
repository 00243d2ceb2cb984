// What a route is: who may call a method, and what it does with the services.
import type { Actor } from '../domain/actor.js';
import type { Services } from '../services/index.js';
import type { MethodName, MethodOutput, ParsedInput } from './contract.js';

/**
 * owner: only the person at the desktop (or holding the owner token).
 * session: the owner, or a rater of the session named by the input's `sessionId`.
 * session-optional: the owner with or without a session; a rater only naming its own session.
 * attempt: the owner, or a candidate naming its own qualification attempt in `attemptId`.
 * device: the owner's key, also while its device is locked to one-device turns (services/turns.ts).
 * anyone: every authenticated caller.
 * A candidate may call only `attempt` and `anyone` methods. While turns lock the owner's key,
 * it calls `device` methods, and during a turn the `session` methods as that turn's rater.
 */
export type Access = 'owner' | 'session' | 'session-optional' | 'attempt' | 'device' | 'anyone';

export interface Route<M extends MethodName> {
  access: Access;
  handle(
    services: Services,
    input: ParsedInput<M>,
    actor: Actor,
  ): MethodOutput<M> | Promise<MethodOutput<M>>;
}

/** The routes of one area of the contract: every method in it, no other. */
export type AreaRoutes<Methods> = { [M in keyof Methods & MethodName]: Route<M> };

export const DONE = { done: true } as const;
