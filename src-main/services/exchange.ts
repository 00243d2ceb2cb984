// Exports (ratings as long/wide CSV, FACETS, session JSON) and session packages (`.concord`) for
// asynchronous, cross-school moderation. Everything that leaves the workspace carries sample
// codes and anonymized files only: `sample_identities` is never read here. One file per job in
// exchange/: exports.ts (with ratings-table, session-json, facets-export and rater-labeling),
// package-build.ts and package-import.ts, over the session reads of reads.ts.
import type { PackageManifest, ZipLimits } from '../formats/exchange/index.js';
import type { JobRunner } from '../jobs/runner.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';
import type { ExportFile, RatingsExportRequest } from './exchange/exports.js';
import { exportRatings } from './exchange/exports.js';
import { exportPackage } from './exchange/package-build.js';
import type { ImportReport } from './exchange/package-import.js';
import { importPackage } from './exchange/package-import.js';
import { sessionReads } from './exchange/reads.js';

export { EXPORT_FORMATS, exportSpansSessions } from './exchange/exports.js';
export type { ExportFile, ExportFormat, RatingsExportRequest } from './exchange/exports.js';
export type { ImportConflict, ImportReport } from './exchange/package-import.js';

export function exchangeService(store: Store, bus: ChangeBus, jobs: JobRunner) {
  const reads = sessionReads(store);
  return {
    /**
     * Ratings of one session, several, or all, in one of the export formats; FACETS gives two
     * files. An export across sessions labels each person with one alias throughout.
     */
    exportRatings(request: RatingsExportRequest): ExportFile[] {
      return exportRatings(reads, request);
    },

    /**
     * A `.concord` package of one session. `session`: the set-up, rubric and anonymized files,
     * no scores (the other school scores blind). `scores`: every current score, to send back.
     */
    exportPackage(
      sessionId: string,
      options: { kind?: PackageManifest['kind']; names?: boolean } = {},
    ): { fileName: string; bytes: Uint8Array } {
      return exportPackage(reads, sessionId, options);
    },

    /**
     * Merges a package by ids, in one transaction, never overwriting a score here: see
     * exchange/package-import.ts.
     */
    importPackage(bytes: Uint8Array, file = 'package', limits?: ZipLimits): Promise<ImportReport> {
      return importPackage(reads, bus, jobs, bytes, file, limits);
    },
  };
}
