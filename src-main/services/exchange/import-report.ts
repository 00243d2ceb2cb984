// What a package import reports, and the state one import carries while it merges.
import type { PackageManifest } from '../../formats/exchange/index.js';
import type { JobOutput } from '../../jobs/catalog.js';
import type { Store } from '../../store/index.js';
import type { SessionReads } from './reads.js';

/** Where a conflict is: every conflict says it in these words, whatever differs. */
interface ConflictPlace {
  /** A judgement session has one round: 1. */
  round: number;
  /** The sample's code; for a judgement, the pair as "S-7F3K vs S-2M9Q" (left vs right). */
  sample: string;
  /** The rater's (or judge's) alias in the package's session. */
  rater: string;
  /** The criterion's name; for a judgement, "judgement". */
  criterion: string;
  reason: string;
}

/** A rubric score of the package that was not applied. */
export interface ScoreConflict extends ConflictPlace {
  what: 'score';
  /** The score this workspace holds, which stays. */
  existing: number | null;
  /** The package's score, which was not applied. */
  incoming: number | null;
}

/**
 * A judgement of the package that was not added: this workspace has that judgement with
 * another choice, or the judge has this pair here already (a judge never judges a pair twice).
 */
export interface JudgementConflict extends ConflictPlace {
  what: 'judgement';
  /** No score in a judgement: the choices are in `chosenHere` and `chosenInPackage`. */
  existing: null;
  incoming: null;
  /** The code of the sample chosen here, which stays; null while the pair waits on a screen. */
  chosenHere: string | null;
  /** The code of the sample the package's judgement chose. */
  chosenInPackage: string;
}

export type ImportConflict = ScoreConflict | JudgementConflict;

export interface ImportReport {
  kind: PackageManifest['kind'];
  sessionId: string;
  title: string;
  created: { rubricVersions: number; samples: number; people: number; sessions: number };
  matched: { rubricVersions: number; samples: number; people: number; sessions: number };
  /** Raters and samples added to a session that was already here. */
  addedToSession: { raters: number; samples: number };
  scoresAdded: number;
  scoresUnchanged: number;
  /** A judgement session's judgements; absent for a rubric meeting. */
  judgements?: { added: number; unchanged: number };
  conflicts: ImportConflict[];
  /**
   * Samples whose code was taken here by another sample, or was not a Concord code (S-7F3K),
   * and the code they got instead.
   */
  recoded: { from: string; to: string }[];
}

/** One import under way: the package as read, and the report filled in as it merges. */
export interface Merge {
  store: Store;
  reads: SessionReads;
  pkg: JobOutput<'readPackage'>;
  /** The package's file name, for errors. */
  file: string;
  report: ImportReport;
}
