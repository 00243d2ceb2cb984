// Reports as a use case: the HTML of a session or rater report and, where this process can
// print, its PDF. Wired into the services like every other area (services/index.ts).
import type { Actor } from '../domain/actor.js';
import { ConflictError } from '../domain/errors.js';
import type { JobRunner } from '../jobs/runner.js';
import type { DriftService } from '../services/drift.js';
import type { JudgingResults } from '../services/judging-results.js';
import type { ResultsService } from '../services/results.js';
import type { Store } from '../store/index.js';
import type { FoundBrowser } from './browser-finder.js';
import { findPdfPrinter } from './printer.js';
import { judgingReportData } from './judging-data.js';
import { raterReportData } from './rater-data.js';
import type { ReportCopy } from './session-data.js';
import { sessionReportData } from './session-data.js';
import { fileSlug } from '../domain/file-name.js';

export type ReportRequest =
  { kind: 'session'; sessionId: string; copy: ReportCopy } | { kind: 'rater'; personId: string };

export interface ReportDocument {
  html: string;
  /** Without extension: the caller adds .html or .pdf. */
  baseName: string;
  title: string;
}

const OWNER: Actor = { role: 'owner' };

export interface ReportServices {
  results: ResultsService;
  drift: DriftService;
  /** A comparative judgement session's results (services/judging-results.ts). */
  judgingResults: { results(sessionId: string): Promise<JudgingResults> };
  jobs: JobRunner;
}

export function reportsService(store: Store, sources: ReportServices) {
  const { jobs } = sources;

  /** A comparative judgement session's report: its scale, reliability, judges and rubric. */
  const judgingDocument = async (sessionId: string, copy: ReportCopy): Promise<ReportDocument> => {
    const data = judgingReportData(store, sessionId, copy, {
      results: await sources.judgingResults.results(sessionId),
    });
    return {
      html: await jobs.run('judgingReportHtml', data),
      baseName: `judging-report-${fileSlug(data.title, 'report')}-${data.heldOn.slice(0, 10)}${
        copy === 'owner' ? '-owner-copy' : ''
      }`,
      title: `${data.title}: comparative judgement report`,
    };
  };

  return {
    async document(request: ReportRequest): Promise<ReportDocument> {
      if (request.kind === 'rater') {
        const data = raterReportData(store, sources.drift, request.personId);
        return {
          html: await jobs.run('raterReportHtml', data),
          baseName: `rater-report-${fileSlug(data.name, 'report')}`,
          title: `${data.name}: rater report`,
        };
      }
      if (store.sessions.get(request.sessionId)?.kind === 'judgement') {
        return judgingDocument(request.sessionId, request.copy);
      }
      const data = sessionReportData(store, request.sessionId, request.copy, {
        results: await sources.results.session(request.sessionId, OWNER),
        drift: sources.drift,
      });
      return {
        html: await jobs.run('sessionReportHtml', data),
        baseName: `session-report-${fileSlug(data.title, 'report')}-${data.heldOn.slice(0, 10)}${
          request.copy === 'owner' ? '-owner-copy' : ''
        }`,
        title: `${data.title}: calibration report`,
      };
    },

    /** Whether this process can print a PDF, and how (said to the user). */
    async printer(): Promise<{ available: boolean; how: string }> {
      const found = await findPdfPrinter();
      return found.ok
        ? { available: true, how: found.printer.how }
        : { available: false, how: found.message };
    },

    /** The PDF, and the installed browser that printed it (null: the app's own Chromium). */
    async pdf(
      request: ReportRequest,
    ): Promise<{ pdf: Uint8Array; baseName: string; printedBy: FoundBrowser | null }> {
      const found = await findPdfPrinter();
      if (!found.ok) throw new ConflictError(found.message);
      const doc = await this.document(request);
      return {
        pdf: await found.printer.print(doc.html),
        baseName: doc.baseName,
        printedBy: found.printer.browser ?? null,
      };
    },
  };
}
