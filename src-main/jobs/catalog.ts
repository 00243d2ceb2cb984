// Every job a runner can carry out: pure functions of plain, cloneable data (they cross to a
// worker thread by structured clone), reporting progress where the screen shows it.
import type { ReadPackage } from './read-package.js';
import { readPackage } from './read-package.js';
import type { ZipLimits } from '../formats/exchange/zip.js';
import type { AnonymizeRequest, Anonymized } from './anonymize.js';
import { anonymize, pageCount } from './anonymize.js';
import type { PreparedSample } from './prepare-sample.js';
import { digest, prepareSample } from './prepare-sample.js';
import type { SampleKind } from '../domain/sample.js';
import type { AgreementReport, ReportOptions, SessionRating } from '../stats/index.js';
import { computeAgreementReport } from '../stats/index.js';
import type { RaterReportData } from '../reports/rater-data.js';
import { renderRaterReport } from '../reports/rater-report.js';
import type { SessionReportData } from '../reports/session-data.js';
import { renderSessionReport } from '../reports/session-report.js';
import type { JobProgress } from './runner.js';

export const jobs = {
  /** A session's agreement figures with their bootstrap intervals (about a second). */
  agreementReport: (input: { ratings: SessionRating[]; options: ReportOptions }): AgreementReport =>
    computeAgreementReport(input.ratings, input.options),

  /** The SHA-256 of a file (40 MB take a tenth of a second). */
  digest: (input: { bytes: Uint8Array }): string => digest(input.bytes),

  /** An imported file's kind, roster names, anonymized copy and suggested names. */
  prepareSample: (
    input: { name: string; bytes: Uint8Array; roster: readonly string[] },
    progress: JobProgress,
  ): Promise<PreparedSample> => prepareSample(input, input.roster, progress),

  /** A sample's rater copy made again from its original with every current redaction. */
  anonymize: (input: AnonymizeRequest, progress: JobProgress): Promise<Anonymized> =>
    anonymize(input, progress),

  pageCount: (input: { kind: SampleKind; bytes: Uint8Array }): Promise<number> =>
    pageCount(input.kind, input.bytes),

  /** A report's HTML with its charts drawn as SVG (a tenth of a second and more). */
  sessionReportHtml: (data: SessionReportData): string => renderSessionReport(data),
  raterReportHtml: (data: RaterReportData): string => renderRaterReport(data),

  /** A session package unzipped and checked completely. */
  readPackage: (input: { bytes: Uint8Array; file: string; limits?: ZipLimits }): ReadPackage =>
    readPackage(input.bytes, input.file, input.limits),
} satisfies Record<string, (input: never, progress: JobProgress) => unknown>;

export type JobName = keyof typeof jobs;
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[0];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof jobs)[N]>>;
