// The whole session as JSON for other tools: set-up, rubric, samples by code, raters by alias
// (or name), every current score, the consensus and the clarifications. Labels, not internal
// ids, so the file reads on its own; never a student identity. `raterLabels` and its note say
// what the rater labels are: in an export across sessions each person keeps one workspace alias
// throughout, and each session's rater list adds the alias that session showed.
import type { RaterLabels } from './rater-labels.js';
import { raterLabelsNote } from './rater-labels.js';

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
  /** `alias` is what `scores[].rater` uses unless names were asked for. */
  raters: { alias: string; sessionAlias?: string; name?: string }[];
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

export function writeSessionJson(
  sessions: SessionJson[],
  exportedAt: string,
  raterLabels: RaterLabels = 'session-alias',
): string {
  const file = {
    format: SESSION_JSON_FORMAT,
    version: 1,
    exportedAt,
    raterLabels,
    raterLabelsNote: raterLabelsNote(raterLabels),
    sessions,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
