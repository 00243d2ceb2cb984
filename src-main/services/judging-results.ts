// The results of a judgement session: the Bradley-Terry scale with its reliability, the judges'
// fit, the level bands read from the anchors and the comparison with rubric consensus. Samples
// are named by code and judges by alias before the analysis, so the report names nobody.
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { JobRunner } from '../jobs/runner.js';
import type { CjReport } from '../stats/cj-types.js';
import type { Store } from '../store/index.js';
import { fileSlug } from '../domain/file-name.js';
import { writeEstimatesCsv, writeJudgementsCsv } from '../formats/judgements-csv.js';

export interface JudgingResults {
  sessionId: string;
  question: string;
  judgements: number;
  judges: number;
  report: CjReport;
  anchors: { code: string; level: number }[];
  levels: { value: number; label: string }[];
  rubricScored: number;
}

/** Splits of the judges for split-half reliability: a stable median in about a second. */
const SPLITS = 100;

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  text: string;
}

export function judgingResultsService(store: Store, jobs: JobRunner) {
  // Keyed by the judgements made: a repeated view is a lookup.
  const cache = new Map<string, { judged: number; results: Promise<JudgingResults> }>();

  const compute = async (sessionId: string): Promise<JudgingResults> => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    if (session.kind !== 'judgement' || !session.judging) {
      throw ValidationError.at(['sessionId'], `${session.title} is a rubric meeting`);
    }
    const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
    const codeOf = new Map(
      session.sampleIds.map((id) => [id, store.samples.get(id)?.code ?? id] as const),
    );
    const aliasOf = new Map(session.raters.map((r) => [r.personId, r.alias] as const));
    const code = (id: string) => codeOf.get(id) ?? id;
    const rows = store.judging.all(sessionId).filter((r) => r.winnerId !== null);
    const anchors = store.judging
      .anchorLevels(sessionId)
      .map((a) => ({ sample: code(a.sampleId), level: a.level }));
    const rubricScores = store.judging
      .rubricConsensus(sessionId)
      .map((r) => ({ sample: code(r.sampleId), score: r.score }));
    const report = await jobs.run('cjReport', {
      samples: session.sampleIds.map(code),
      judgements: rows.map((r) => ({
        judge: aliasOf.get(r.judgeId) ?? r.judgeId,
        left: code(r.leftId),
        right: code(r.rightId),
        winner: code(r.winnerId!),
        ms: r.ms,
      })),
      ...(anchors.length > 0 ? { anchors, levels: rubric.levels.map((l) => l.value) } : {}),
      ...(rubricScores.length > 0 ? { rubric: rubricScores } : {}),
      splits: SPLITS,
      seed: 1,
    });
    return {
      sessionId,
      question: session.judging.question,
      judgements: rows.length,
      judges: new Set(rows.map((r) => r.judgeId)).size,
      report,
      anchors: anchors.map((a) => ({ code: a.sample, level: a.level })),
      levels: rubric.levels.map((l) => ({ value: l.value, label: l.label })),
      rubricScored: rubricScores.length,
    };
  };

  const results = (sessionId: string): Promise<JudgingResults> => {
    const judged = store.judging.madeBy(sessionId);
    const count = [...judged.values()].reduce((sum, n) => sum + n, 0);
    const cached = cache.get(sessionId);
    if (cached?.judged === count) return cached.results;
    const computed = compute(sessionId);
    cache.set(sessionId, { judged: count, results: computed });
    computed.catch(() => {
      if (cache.get(sessionId)?.results === computed) cache.delete(sessionId);
    });
    return computed;
  };

  return {
    results,

    /**
     * The judgements (`session,judge,left,right,winner,ms`, judges by alias, samples by code:
     * what R's BradleyTerry2 reads, see the README) or the scale with each sample's level.
     */
    async export(sessionId: string, what: 'judgements' | 'estimates'): Promise<ExportedFile> {
      const session = store.sessions.get(sessionId);
      if (!session) throw new NotFoundError(`No session ${sessionId}.`);
      const base = fileSlug(session.title, 'judging');
      if (what === 'judgements') {
        const codeOf = (id: string) => store.samples.get(id)?.code ?? id;
        const aliasOf = new Map(session.raters.map((r) => [r.personId, r.alias] as const));
        const rows = store.judging.all(sessionId).filter((r) => r.winnerId !== null);
        const text = writeJudgementsCsv(
          rows.map((r) => ({
            session: sessionId,
            judge: aliasOf.get(r.judgeId) ?? r.judgeId,
            left: codeOf(r.leftId),
            right: codeOf(r.rightId),
            winner: codeOf(r.winnerId!),
            ms: r.ms,
          })),
        );
        return { fileName: `${base}-judgements.csv`, mediaType: 'text/csv', text };
      }
      const { report, anchors } = await results(sessionId);
      const anchorLevel = new Map(anchors.map((a) => [a.code, a.level] as const));
      const level = new Map(
        (report.levels?.samples ?? []).map((l) => [l.sample, l.level] as const),
      );
      const text = writeEstimatesCsv(
        report.fit.samples.map((s) => ({
          sample: s.sample,
          ability: s.ability,
          se: s.se,
          wins: s.wins,
          comparisons: s.comparisons,
          adjusted: s.adjusted,
          anchorLevel: anchorLevel.get(s.sample) ?? null,
          level: level.get(s.sample) ?? null,
        })),
      );
      return { fileName: `${base}-scale.csv`, mediaType: 'text/csv', text };
    },
  };
}
