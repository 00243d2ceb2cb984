// Which answers a change can alter, read from the topics every method declares in the contract
// (src-main/api/contract/topics.ts), so a change event refetches only what it touches.
import type { ChangeEvent, MethodName } from '../../src-main/api/contract.js';
import { contract } from '../../src-main/api/contract.js';

/** Whether an answer of `method` for `input` may differ after `event`. */
export function isAffectedBy(method: MethodName, input: unknown, event: ChangeEvent): boolean {
  // 'workspace' means "anything may have changed" (a restore, the demo, a reconnect).
  if (event.topic === 'workspace') return true;
  const reads: readonly string[] = contract[method].reads;
  if (!reads.includes(event.topic)) return false;
  // A change in one session leaves every other session's answers as they were.
  const sessionId = sessionIdOf(input);
  return event.sessionId === undefined || sessionId === undefined || sessionId === event.sessionId;
}

/**
 * The changes a successful call of `method` announces, as the screen that made it can apply them
 * before the events arrive (or when the change feed is down). A call naming a session changes
 * that session's answers only.
 */
export function changesMadeBy(method: MethodName, input: unknown): ChangeEvent[] {
  const sessionId = sessionIdOf(input);
  const changes: readonly ChangeEvent['topic'][] = contract[method].changes;
  return changes
    .filter((topic) => topic !== 'access')
    .map((topic) => (sessionId === undefined ? { topic } : { topic, sessionId }));
}

function sessionIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !('sessionId' in input)) return undefined;
  return typeof input.sessionId === 'string' ? input.sessionId : undefined;
}
