// The whole session as JSON for other tools: set-up, rubric, samples by code, raters by alias
// (or name), every current score, the consensus and the clarifications. Labels, not internal
// ids, so the file reads on its own; never a student identity.

export const SESSION_JSON_FORMAT = 'concord-session-export';

export interface SessionJson {
  id: string;
  title: string;
  heldOn: string;
  phase: string;
  currentRound: number;
  options: unknown;
  rubric: {
    title: string;
    version: number;
    levels: { value: number; label: string }[];
    criteria: { key: string; name: string; descriptors: Record<string, string> }[];
  };
  samples: { code: string; kind: string; mediaType: string; sha256: string; isAnchor: boolean }[];
  raters: { alias: string; name?: string }[];
  scores: {
    round: number;
    sample: string;
    rater: string;
    criterion: string;
    score: number | null;
    note: string;
    recordedAt: string;
  }[];
  consensus: { sample: string; criterion: string; score: number; rationale: string }[];
  clarifications: { criterion: string | null; text: string }[];
}

export function writeSessionJson(sessions: SessionJson[], exportedAt: string): string {
  return `${JSON.stringify({ format: SESSION_JSON_FORMAT, version: 1, exportedAt, sessions }, null, 2)}\n`;
}
