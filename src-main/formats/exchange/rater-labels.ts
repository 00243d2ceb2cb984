// What the rater column of an export holds, said the same way in every format that has room for
// a sentence (the FACETS specification's comments, the session JSON). An alias (R1..Rn) is drawn
// per session, so R1 in one session can be another teacher in the next: an export of one session
// keeps the session's aliases (what the room saw), an export across sessions gives each person
// one workspace alias for all of them.

export const RATER_LABELS = ['session-alias', 'workspace-alias', 'name'] as const;
export type RaterLabels = (typeof RATER_LABELS)[number];

export function raterLabelsNote(labels: RaterLabels): string {
  switch (labels) {
    case 'session-alias':
      return "Raters appear by this session's aliases (R1..Rn), as the room saw them; another session's R1 may be another teacher.";
    case 'workspace-alias':
      return 'Raters appear by one alias per person for the whole workspace: R1 is the same teacher in every session here, and need not be the alias a session showed.';
    case 'name':
      return 'Raters appear by name.';
  }
}
