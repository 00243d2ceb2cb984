// The data behind the results screen's charts, per revealed round: how often each pair of levels
// was given to the same sample (score x score), where each rater sits against the consensus per
// criterion (severity), and how far apart the scores of each sample lie (spread).
import type { SampleSpread, SeverityGrid } from '../stats/index.js';
import { pairConfusion, sampleSpread, severityGrid } from '../stats/index.js';
import type { ResultsContext } from './results-context.js';

export interface SessionCharts {
  sessionId: string;
  levels: number[];
  /** Consensus scores recorded; without any, severity is measured against colleagues. */
  consensusCount: number;
  rounds: {
    round: number;
    /** Per criterion name: [a][b] = rater pairs who gave one sample levels a and b (symmetric). */
    pairConfusion: Record<string, number[][]>;
    severity: SeverityGrid;
    spread: SampleSpread[];
  }[];
}

export function sessionCharts(ctx: ResultsContext): SessionCharts {
  return {
    sessionId: ctx.session.id,
    levels: ctx.levels,
    consensusCount: ctx.consensus.length,
    rounds: ctx.rounds.map((round) => {
      const ratings = ctx.ratingsOf(round);
      return {
        round,
        pairConfusion: pairConfusion(ratings, ctx.levels),
        severity: severityGrid(ratings, ctx.consensus, ctx.levels),
        spread: sampleSpread(ratings),
      };
    }),
  };
}
