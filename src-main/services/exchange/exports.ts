// Ratings exports: long or wide CSV, FACETS, or session JSON, of one session, several or all.
import { ValidationError } from '../../domain/errors.js';
import type { SessionDetail } from '../../domain/session.js';
import { writeLongCsv, writeSessionJson, writeWideCsv } from '../../formats/exchange/index.js';
import { nowIso } from '../../store/ids.js';
import { facetsFiles } from './facets-export.js';
import { raterLabeling } from './rater-labeling.js';
import { ratingsTable } from './ratings-table.js';
import type { SessionReads } from './reads.js';
import { chronological } from './reads.js';
import { sessionJson } from './session-json.js';
import { fileSlug } from '../../domain/file-name.js';

export const EXPORT_FORMATS = ['long', 'wide', 'facets', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface RatingsExportRequest {
  /** One session. */
  sessionId?: string;
  /** Several sessions; with neither this nor `sessionId`, every session of the workspace. */
  sessionIds?: string[];
  round?: number;
  format: ExportFormat;
  /** Rater names instead of aliases. */
  names?: boolean;
  /** File name without extension; FACETS's specification names its data file after it. */
  baseName?: string;
}

/**
 * Whether an export spans sessions (several, or the whole workspace): then each person has one
 * alias throughout instead of each session's own (see formats/exchange/rater-labels.ts).
 */
export function exportSpansSessions(
  request: Pick<RatingsExportRequest, 'sessionId' | 'sessionIds'>,
) {
  return (
    request.sessionId === undefined &&
    (request.sessionIds === undefined || new Set(request.sessionIds).size !== 1)
  );
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  text: string;
}

function sessionsFor(reads: SessionReads, request: RatingsExportRequest): SessionDetail[] {
  if (request.sessionId !== undefined && request.sessionIds !== undefined) {
    throw ValidationError.at(['sessionIds'], 'give sessionId or sessionIds, not both');
  }
  if (request.sessionId !== undefined) return [reads.sessionOf(request.sessionId)];
  const ids = request.sessionIds ?? reads.store.sessions.list().map((s) => s.id);
  return [...new Set(ids)].map(reads.sessionOf).sort(chronological);
}

/**
 * Ratings of one session, several, or all, in one of the export formats; FACETS gives two
 * files. An export across sessions labels each person with one alias throughout.
 */
export function exportRatings(reads: SessionReads, request: RatingsExportRequest): ExportFile[] {
  const names = request.names ?? false;
  const sessions = sessionsFor(reads, request);
  const raters = raterLabeling(reads, exportSpansSessions(request), names);
  const base =
    request.baseName ??
    (sessions.length === 1 && !raters.acrossSessions
      ? `${fileSlug(sessions[0]!.title, 'session')}-ratings`
      : 'concord-ratings');
  if (request.format === 'json') {
    const text = writeSessionJson(
      sessions.map((s) => sessionJson(reads, s, raters)),
      nowIso(),
      raters.labels,
    );
    return [{ fileName: `${base}.json`, mediaType: 'application/json', text }];
  }
  if (request.format === 'facets') return facetsFiles(reads, sessions, request, raters, base);
  const table = ratingsTable(reads, sessions, request.round, raters);
  const text = request.format === 'long' ? writeLongCsv(table) : writeWideCsv(table);
  return [{ fileName: `${base}.csv`, mediaType: 'text/csv', text }];
}
