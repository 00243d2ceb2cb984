// Everything an imported file needs before it is stored, in one piece of work that can run off
// the event loop: its kind (by its bytes), the roster names it holds, its anonymized copy and the
// other names found in it for the facilitator to review.
import { createHash } from 'node:crypto';
import { findNames, redactNames } from '../domain/redact.js';
import type { Anonymized, Progress } from './anonymize.js';
import { anonymize, sampleText } from './anonymize.js';
import type { NameCandidate } from '../formats/samples/candidates.js';
import { findNameCandidates } from '../formats/samples/candidates.js';
import type { DetectedKind } from '../formats/samples/kind.js';
import { detectKind } from '../formats/samples/kind.js';

export interface PreparedSample extends DetectedKind {
  copy: Anonymized;
  /** Roster names that occur, in order of first occurrence: the first is usually the byline. */
  rosterNames: string[];
  candidates: NameCandidate[];
}

/** The SHA-256 of a file's bytes, in hex: how a file already imported is recognised. */
export function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An InputError (from detectKind or the readers) names what is wrong with the file. */
export async function prepareSample(
  file: { name: string; bytes: Uint8Array },
  roster: readonly string[],
  progress: Progress = () => undefined,
): Promise<PreparedSample> {
  const { kind, mediaType } = detectKind(file.name, file.bytes);
  const text = await sampleText(kind, file.bytes);
  const rosterNames = roster
    .map((name) => ({ name, at: findNames(text, [name])[0]?.start ?? -1 }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((f) => f.name);
  const copy = await anonymize(
    { kind, mediaType, original: file.bytes, names: rosterNames, boxes: [] },
    progress,
  );
  const candidates = text ? findNameCandidates(redactNames(text, rosterNames), roster) : [];
  return { kind, mediaType, copy, rosterNames, candidates };
}
