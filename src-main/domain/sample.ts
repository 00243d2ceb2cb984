// Work samples as raters know them: an anonymized code and the file they may see, nothing else.

export const SAMPLE_KINDS = ['pdf', 'image', 'text', 'markdown', 'docx'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The only media types a sample may carry, by kind. Anything else (SVG, HTML, XML) could run
 * script when a rater opens the file on its own, so it is never stored, whatever a file says.
 */
export const SAMPLE_MEDIA_TYPES = {
  pdf: ['application/pdf'],
  image: ['image/png', 'image/jpeg'],
  text: ['text/plain'],
  markdown: ['text/markdown'],
  docx: [DOCX_MEDIA_TYPE],
} as const satisfies Record<SampleKind, readonly string[]>;

export type SampleMediaType = (typeof SAMPLE_MEDIA_TYPES)[SampleKind][number];

export const ALL_SAMPLE_MEDIA_TYPES: readonly SampleMediaType[] =
  Object.values(SAMPLE_MEDIA_TYPES).flat();

export interface Sample {
  id: string;
  /** Random code shown to raters, e.g. S-7F3K; never the file name or upload order. */
  code: string;
  kind: SampleKind;
  mediaType: string;
  /** SHA-256 of the anonymized file raters receive. */
  sha256: string;
  size: number;
  gradeBandId: string | null;
  competencyId: string | null;
  isAnchor: boolean;
}

/** Owner-only: the link from a code back to the original file and student. */
export interface SampleIdentity {
  sampleId: string;
  originalFileName: string;
  studentName: string | null;
}

export interface AnchorScore {
  sampleId: string;
  criterionKey: string;
  score: number;
  rationale: string;
}

// No 0/O or 1/I so a code read aloud or off a projector is not misheard.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Every code Concord makes, and the only codes it keeps: a code becomes part of file names. */
export const SAMPLE_CODE_PATTERN = /^S-[2-9A-HJ-NP-Z]{4,8}$/;

/** True for a code Concord could have made (S- and 4 to 8 letters of its alphabet). */
export function isSampleCode(code: string): boolean {
  return SAMPLE_CODE_PATTERN.test(code);
}

/** A sample code from random bytes (the caller supplies them, so this stays pure). */
export function sampleCodeFrom(randomBytes: Uint8Array, length = 4): string {
  if (randomBytes.length < length) throw new Error(`sampleCodeFrom needs ${length} random bytes`);
  let code = 'S-';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomBytes[i]! % CODE_ALPHABET.length];
  return code;
}

/** Owner-only: one redaction of a sample: a name (from the roster or confirmed) or a box. */
export interface Redaction {
  id: string;
  sampleId: string;
  kind: 'roster_name' | 'confirmed_name' | 'box';
  /** The name removed (roster_name, confirmed_name). */
  name: string | null;
  /** Box: the page (1-based; 1 for an image) and fractions (0..1) of its width and height. */
  page: number | null;
  x: number | null;
  y: number | null;
  width: number | null;
  height: number | null;
}

/** A name to redact wherever it appears in a sample: no page, no box. */
export function nameRedaction(
  sampleId: string,
  kind: 'roster_name' | 'confirmed_name',
  name: string,
): Omit<Redaction, 'id'> {
  return { sampleId, kind, name, page: null, x: null, y: null, width: null, height: null };
}

/** Owner-only: a name the NLP pass suggested, waiting for (or after) the facilitator's review. */
export interface NameCandidateReview {
  name: string;
  occurrences: number;
  context: string;
  status: 'pending' | 'confirmed' | 'dismissed';
}

/** One anchor in the anchor library: its tags and its reference scores for one rubric. */
export interface AnchorEntry {
  sampleId: string;
  code: string;
  kind: SampleKind;
  gradeBandId: string | null;
  gradeBandName: string | null;
  level: number | null;
  rubricId: string;
  rubricTitle: string;
  /** In the order of the rubric's latest version; the name is that version's. */
  scores: { criterionKey: string; criterionName: string; score: number; rationale: string }[];
}

export type ImportStatus = 'imported' | 'duplicate' | 'skipped';

/** What happened to one file of an import. */
export interface ImportResult {
  name: string;
  status: ImportStatus;
  reason?: string;
  sampleId?: string;
  code?: string;
  kind?: SampleKind;
  /** Roster names removed from this sample. */
  rosterNames?: string[];
  /** Suggested names waiting for review. */
  candidates?: number;
}
