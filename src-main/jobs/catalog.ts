// Every job a runner can carry out: pure functions of plain, cloneable data (they cross to a
// worker thread by structured clone), reporting progress where the screen shows it. Each job
// loads its code when first run, so a worker starts in a few milliseconds and holds only the
// libraries of the jobs it was given (the PDF, NLP and chart libraries take seconds to load).
import type { ReadPackage } from './read-package.js';
import type { ZipLimits } from '../formats/exchange/zip.js';
import type { AnonymizeRequest, Anonymized } from './anonymize.js';
import type { BootstrapWork, ChunkResult } from './bootstrap-share.js';
import type { PreparedSample } from './prepare-sample.js';
import type { SampleKind } from '../domain/sample.js';
import type { AgreementReport, ReportOptions, SessionRating } from '../stats/index.js';
import type { RaterReportData } from '../reports/rater-data.js';
import type { SessionReportData } from '../reports/session-data.js';
import type { JudgingReportData } from '../reports/judging-data.js';
import type { JobProgress } from './runner.js';
import type { CjInput } from '../stats/cj.js';
import type { CjReport } from '../stats/cj-types.js';

export const jobs = {
  /** A session's agreement figures with their bootstrap intervals (about a second). */
  agreementReport: async (input: {
    ratings: SessionRating[];
    options: ReportOptions;
  }): Promise<AgreementReport> =>
    (await import('../stats/index.js')).computeAgreementReport(input.ratings, input.options),

  /**
   * Bootstrap replicates taken from work shared with other threads until none is left
   * (jobs/shared-report.ts).
   */
  bootstrapShare: async (input: BootstrapWork): Promise<ChunkResult[]> =>
    (await import('./bootstrap-share.js')).takeShare(input),

  /** The SHA-256 of a file (40 MB take a tenth of a second). */
  digest: async (input: { bytes: Uint8Array }): Promise<string> =>
    (await import('./prepare-sample.js')).digest(input.bytes),

  /** An imported file's kind, roster names, anonymized copy and suggested names. */
  prepareSample: async (
    input: { name: string; bytes: Uint8Array; roster: readonly string[] },
    progress: JobProgress,
  ): Promise<PreparedSample> =>
    (await import('./prepare-sample.js')).prepareSample(input, input.roster, progress),

  /** A sample's rater copy made again from its original with every current redaction. */
  anonymize: async (input: AnonymizeRequest, progress: JobProgress): Promise<Anonymized> =>
    (await import('./anonymize.js')).anonymize(input, progress),

  pageCount: async (input: { kind: SampleKind; bytes: Uint8Array }): Promise<number> =>
    (await import('./anonymize.js')).pageCount(input.kind, input.bytes),

  /** A report's HTML with its charts drawn as SVG (a tenth of a second and more). */
  sessionReportHtml: async (data: SessionReportData): Promise<string> =>
    (await import('../reports/session-report.js')).renderSessionReport(data),
  judgingReportHtml: async (data: JudgingReportData): Promise<string> =>
    (await import('../reports/judging-report.js')).renderJudgingReport(data),
  raterReportHtml: async (data: RaterReportData): Promise<string> =>
    (await import('../reports/rater-report.js')).renderRaterReport(data),

  /** A judgement session's scale, reliability (split-half over many splits) and judge fit. */
  cjReport: async (input: CjInput): Promise<CjReport> =>
    (await import('../stats/cj.js')).analyseJudgements(input),

  /** A session package unzipped and checked completely. */
  readPackage: async (input: {
    bytes: Uint8Array;
    file: string;
    limits?: ZipLimits;
  }): Promise<ReadPackage> =>
    (await import('./read-package.js')).readPackage(input.bytes, input.file, input.limits),
} satisfies Record<string, (input: never, progress: JobProgress) => unknown>;

export type JobName = keyof typeof jobs;
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[0];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof jobs)[N]>>;
