// A rater's score for one sample and criterion in one round; "cannot score" is a recorded missing value.

export interface ScoreEntry {
  sessionId: string;
  round: number;
  sampleId: string;
  raterId: string;
  criterionId: string;
  /** null = the rater recorded "cannot score". */
  score: number | null;
  note: string;
  recordedAt: string;
}

export interface ConsensusScore {
  sessionId: string;
  sampleId: string;
  criterionId: string;
  score: number;
  rationale: string;
  recordedAt: string;
}

/** A rubric clarification the team agreed on during discussion. */
export interface Clarification {
  id: string;
  criterionId: string | null;
  text: string;
  createdAt: string;
}
