// The FACETS export: a specification file and a data file for one run over some sessions.
import { excerpt, ValidationError } from '../../domain/errors.js';
import type { SessionDetail } from '../../domain/session.js';
import { raterLabelsNote, writeFacets } from '../../formats/exchange/index.js';
import type { ExportFile, RatingsExportRequest } from './exports.js';
import type { RaterLabeling } from './rater-labeling.js';
import { ratingsTable } from './ratings-table.js';
import type { SessionReads } from './reads.js';

/**
 * FACETS models one rating scale over one set of criteria, so the sessions that have scores
 * must share a rubric and its levels. A criterion keeps its stable key across versions and is
 * named as the newest of those versions names it, so a renamed criterion stays one element.
 */
export function facetsFiles(
  reads: SessionReads,
  sessions: SessionDetail[],
  request: RatingsExportRequest,
  raters: RaterLabeling,
  base: string,
): ExportFile[] {
  const scored = sessions.filter((s) =>
    reads.store.scores
      .current(s.id, request.round !== undefined ? { round: request.round } : {})
      .some((x) => x.score !== null),
  );
  if (scored.length === 0) {
    throw request.round !== undefined
      ? ValidationError.at(
          ['round'],
          `there are no scores in round ${request.round} to export; FACETS needs at least one`,
        )
      : ValidationError.at(
          ['sessionId'],
          'there are no scores to export yet; FACETS needs at least one',
        );
  }
  const versions = new Map(scored.map((s) => [s.rubricVersionId, reads.rubricOf(s)]));
  const rubrics = [...versions.values()];
  if (new Set(rubrics.map((r) => r.rubricId)).size > 1) {
    throw ValidationError.at(
      ['sessionIds'],
      `one FACETS run needs sessions on one rubric; these use ${rubrics
        .map((r) => `"${excerpt(r.title, 40)}"`)
        .filter((t, i, all) => all.indexOf(t) === i)
        .join(', ')}: choose the sessions of one of them`,
    );
  }
  const scales = new Set(rubrics.map((r) => r.levels.map((l) => l.value).join(',')));
  if (scales.size > 1) {
    throw ValidationError.at(
      ['sessionIds'],
      'these sessions score on different levels of the rubric; one FACETS run needs one rating scale: choose sessions on the same levels',
    );
  }
  const newest = rubrics.reduce((a, b) => (b.version > a.version ? b : a));
  const nameByKey = new Map<string, string>();
  for (const r of [...rubrics].sort((a, b) => a.version - b.version))
    for (const c of r.criteria) nameByKey.set(c.key, c.name);
  const keyById = new Map(rubrics.flatMap((r) => r.criteria.map((c) => [c.id, c.key])));
  const table = ratingsTable(reads, scored, request.round, raters, (id) =>
    nameByKey.get(keyById.get(id) ?? ''),
  );
  const dataFileName = `${base}.data.txt`;
  const first = scored[0]!;
  const last = scored[scored.length - 1]!;
  const facets = writeFacets({
    title:
      scored.length === 1
        ? first.title
        : `${newest.title}: ${scored.length} sessions from ${first.heldOn} to ${last.heldOn}`,
    rows: table.rows,
    levels: newest.levels.map((l) => l.value),
    dataFileName,
    raters: table.raters,
    sessions: scored.map((s) => ({ id: s.id, label: `${s.heldOn} ${s.title}` })),
    notes: [raterLabelsNote(raters.labels)],
  });
  return [
    { fileName: `${base}.spec.txt`, mediaType: 'text/plain', text: facets.specification },
    { fileName: dataFileName, mediaType: 'text/plain', text: facets.data },
  ];
}
