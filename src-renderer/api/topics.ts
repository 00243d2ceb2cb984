// Which change topics can alter a method's answer, so a change event refetches only what it touches.
import type { ChangeEvent, MethodName } from '../../src-main/api/contract.js';

export type Topic = ChangeEvent['topic'];

const ALL_TOPICS: readonly Topic[] = [
  'workspace',
  'rubrics',
  'samples',
  'people',
  'sessions',
  'scores',
  'consensus',
];

// Keyed by the part of the method name before the dot. A method family not listed here (one added
// later) refreshes on every change: slower, never stale.
const TOPICS_BY_FAMILY: Record<string, readonly Topic[]> = {
  // Who the key belongs to changes only when one-device turns lock or unlock it.
  app: ['turns'],
  turns: ['turns', 'sessions', 'scores'],
  work: ['work'],
  workspace: ALL_TOPICS,
  gradeBands: ['rubrics'],
  continuum: ['rubrics'],
  competencies: ['rubrics'],
  rubrics: ['rubrics', 'sessions'],
  samples: ['samples'],
  anchors: ['samples'],
  people: ['people'],
  sessions: ['sessions', 'rubrics', 'samples', 'people'],
  scores: ['scores'],
  consensus: ['consensus'],
  scoring: ['scores', 'sessions'],
  reveal: ['scores', 'sessions', 'consensus'],
  // The room's code and address change only when the owner hosts; that screen refetches itself.
  room: [],
  clarifications: ['consensus'],
  // Statistics are recomputed (about a second with bootstrap intervals) only when scores can differ.
  results: ['scores', 'sessions', 'consensus', 'samples'],
  reports: ['scores', 'sessions', 'consensus', 'samples', 'people'],
  drift: ['scores', 'sessions', 'consensus', 'samples', 'people'],
  rasch: ['scores', 'sessions', 'consensus', 'samples'],
};

// Methods whose answer moves with other topics than their family's.
const TOPICS_BY_METHOD: Partial<Record<MethodName, readonly Topic[]>> = {
  'sessions.progress': ['sessions', 'scores'],
};

function familyOf(method: MethodName): string {
  return method.slice(0, method.indexOf('.'));
}

/** Whether a query of `method` with `input` may have a different answer after `event`. */
export function isAffectedBy(method: MethodName, input: unknown, event: ChangeEvent): boolean {
  // 'workspace' means "anything may have changed" (a demo load, a reconnect after missed events).
  if (event.topic === 'workspace') return true;
  const topics = TOPICS_BY_METHOD[method] ?? TOPICS_BY_FAMILY[familyOf(method)] ?? ALL_TOPICS;
  if (!topics.includes(event.topic)) return false;
  const sessionId = sessionIdOf(input);
  return event.sessionId === undefined || sessionId === undefined || sessionId === event.sessionId;
}

/** The topic a successful write of `method` changes, for refreshing before the event arrives. */
export function topicWrittenBy(method: MethodName): Topic {
  const family = familyOf(method);
  if (family === 'people') return 'people';
  if (family === 'anchors') return 'samples';
  if (family === 'competencies' || family === 'gradeBands' || family === 'continuum') {
    return 'rubrics';
  }
  if (family === 'scoring' || family === 'reveal') return 'scores';
  if (family === 'room') return 'sessions';
  if (family === 'clarifications') return 'consensus';
  // Locking or unlocking the device changes who the key belongs to, and nothing else.
  if (family === 'turns') return 'turns';
  return (ALL_TOPICS as readonly string[]).includes(family) ? (family as Topic) : 'workspace';
}

function sessionIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !('sessionId' in input)) return undefined;
  return typeof input.sessionId === 'string' ? input.sessionId : undefined;
}
