export const CHANGE_TOPICS = [
  'workspace',
  'rubrics',
  'samples',
  'people',
  'sessions',
  'scores',
  'consensus',
  /** The facilitator asks one rater to finish; the change names that rater. */
  'nudge',
] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];
