export const PERSON_ROLES = ['rater', 'facilitator', 'coach'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export interface Person {
  id: string;
  name: string;
  roles: PersonRole[];
  archived: boolean;
}
