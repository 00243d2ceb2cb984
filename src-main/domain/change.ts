export const CHANGE_TOPICS = [
  'workspace',
  'rubrics',
  'samples',
  'people',
  'sessions',
  'scores',
  'consensus',
] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];
