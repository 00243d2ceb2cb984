// The results of a judgement session: the Bradley-Terry scale with its reliability, the judges'
// fit, the level bands read from the anchors and the comparison with rubric consensus. Samples
// are named by code and judges by alias before the analysis, so the report names nobody.
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { plainLevels } from '../domain/rubric.js';
import { inAliasOrder } from '../domain/session.js';
import type { JobRunner } from '../jobs/runner.js';
import { fitBradleyTerry } from '../stats/bradley-terry.js';
import { cjLevels } from '../stats/cj-levels.js';
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

  /**
   * The session's judgements, anchors and rubric consensus as the analysis reads them: samples
   * by code and judges by alias, so nothing below names anybody.
   */
  const analysisInput = (sessionId: string) => {
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
    return {
      session: { ...session, judging: session.judging },
      rows,
      levels: rubric.levels,
      anchors,
      rubricScores,
      samples: session.sampleIds.map(code),
      judgements: rows.map((r) => ({
        judge: aliasOf.get(r.judgeId) ?? r.judgeId,
        left: code(r.leftId),
        right: code(r.rightId),
        winner: code(r.winnerId!),
        ms: r.ms,
      })),
    };
  };

  const compute = async (sessionId: string): Promise<JudgingResults> => {
    const input = analysisInput(sessionId);
    const { anchors, rubricScores, levels, rows } = input;
    const report = await jobs.run('cjReport', {
      samples: input.samples,
      judgements: input.judgements,
      ...(anchors.length > 0 ? { anchors, levels: levels.map((l) => l.value) } : {}),
      ...(rubricScores.length > 0 ? { rubric: rubricScores } : {}),
      splits: SPLITS,
      seed: 1,
    });
    // The analysis lists judges in byte order (R10 before R2); people read them R1, R2, ... R10.
    const rank = new Map(inAliasOrder(input.session.raters).map((r, i) => [r.alias, i] as const));
    const place = (alias: string) => rank.get(alias) ?? rank.size;
    report.judges.judges.sort((a, b) => place(a.judge) - place(b.judge));
    return {
      sessionId,
      question: input.session.judging.question,
      judgements: rows.length,
      judges: new Set(rows.map((r) => r.judgeId)).size,
      report,
      anchors: anchors.map((a) => ({ code: a.sample, level: a.level })),
      levels: plainLevels(levels),
      rubricScored: rubricScores.length,
    };
  };

  /** The scale with each sample's level band: the fit alone, without the reliability's refits. */
  const estimates = (input: ReturnType<typeof analysisInput>) => {
    const fit = fitBradleyTerry(input.samples, input.judgements);
    const levels =
      input.anchors.length > 0
        ? cjLevels(
            fit,
            input.anchors,
            input.levels.map((l) => l.value),
          )
        : undefined;
    return { fit, levels };
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
      const input = analysisInput(sessionId);
      const base = fileSlug(input.session.title, 'judging');
      if (what === 'judgements') {
        const text = writeJudgementsCsv(
          input.judgements.map((j) => ({ session: sessionId, ...j })),
        );
        return { fileName: `${base}-judgements.csv`, mediaType: 'text/csv', text };
      }
      const { fit, levels } = estimates(input);
      const anchors = input.anchors;
      const anchorLevel = new Map(anchors.map((a) => [a.sample, a.level] as const));
      const level = new Map((levels?.samples ?? []).map((l) => [l.sample, l.level] as const));
      const text = writeEstimatesCsv(
        fit.samples.map((s) => ({
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
