export const CHANGE_TOPICS = [
  'workspace',
  'rubrics',
  'samples',
  'people',
  'sessions',
  'scores',
  'consensus',
  /** A judge made a judgement; the change names that judge. */
  'judgements',
  /** The facilitator asks one rater to finish; the change names that rater. */
  'nudge',
  /** One device taking turns: the lock, or whose turn it is, changed. */
  'turns',
  /** A qualification check's sets or attempts changed: the coach's screens only. */
  'qualification',
  /** Heavy work under way moved on (a page anonymized); the owner's screens show how far. */
  'work',
  /** A token was revoked: open sockets check theirs again. Never sent to a screen. */
  'access',
] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];
