// Session results after reveal: what the agreement figures say for this team, per criterion and
// overall, round 1 beside round 2, and where the scores differ (charts). A comparative judgement
// session has results of another kind, on its own page (judging/).
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { useQuery } from '../../api/use-query.js';
import { formatDate } from '../../lib/words.js';
import { useRaterAliases } from '../../state/rater-aliases-store.js';
import { Button } from '../../ui/Button.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { QueryView } from '../../ui/QueryView.js';
import { ResultsFrame, ResultsHeader } from '../../ui/ResultsFrame.js';
import { FiguresTable } from './FiguresTable.js';
import { JudgingResultsPage } from './judging/JudgingResultsPage.js';
import { criterionSections, FIGURES, PARADOX_FIGURES, raterDisplay } from './figures.js';
import { Glossary } from './Glossary.js';
import { ResultsCharts } from './ResultsCharts.js';
import { TeamReading } from './TeamReading.js';

type Results = MethodOutput<'results.session'>;

export function SessionResultsPage() {
  const { sessionId = '' } = useParams();
  const session = useQuery('sessions.get', { sessionId });
  // Kept through a failed refresh: the kind of a session never changes.
  if (session.data) {
    return session.data.kind === 'judgement' ? (
      <JudgingResultsPage session={session.data} />
    ) : (
      <RubricResultsPage sessionId={sessionId} />
    );
  }
  return (
    <>
      <ResultsHeader sessionId={sessionId} title="Results" />
      <QueryView query={session} what="the session">
        {() => null}
      </QueryView>
    </>
  );
}

function RubricResultsPage({ sessionId }: { sessionId: string }) {
  const results = useQuery('results.session', { sessionId });
  const title = results.data?.title;
  return (
    <>
      <ResultsHeader
        sessionId={sessionId}
        title={title ? `Results: ${title}` : 'Results'}
        description={
          results.data &&
          `${formatDate(results.data.heldOn)} · how closely the raters agreed, and where they differ`
        }
      />
      <QueryOrEmpty
        query={results}
        what="the results"
        isEmpty={(data) => data.rounds.length === 0}
        empty={
          <EmptyState title="No results yet">
            Results appear once the facilitator reveals the scores.
          </EmptyState>
        }
      >
        {(loaded) => <ResultsBody results={loaded} />}
      </QueryOrEmpty>
    </>
  );
}

function ResultsBody({ results }: { results: Results }) {
  // The screen is often on a projector: R1..Rn unless the session opted in to names.
  const [aliases, setAliases] = useRaterAliases(results.sessionId, results.namesHidden);
  const raterName = useMemo(
    () => raterDisplay(results.raters, !aliases),
    [results.raters, aliases],
  );
  const lastRound = results.rounds.at(-1)!.round;
  const [chartRound, setChartRound] = useState(lastRound);
  const charts = useQuery('results.charts', { sessionId: results.sessionId });
  const sections = criterionSections(results.criteria, results.rounds.at(-1)!.report);
  const paradox = results.rounds.some((r) =>
    Object.values(r.report.criteria).some((c) => c.kappa_paradox.detected),
  );

  return (
    <ResultsFrame aliases={aliases} onAliasesChange={setAliases} people="raters">
      <TeamReading results={results} />
      <Glossary
        figures={paradox ? [...FIGURES, ...PARADOX_FIGURES] : FIGURES}
        scheme={results.scheme}
      />
      <section className="section" aria-labelledby="agreement-title">
        <h2 id="agreement-title">
          Agreement{results.rounds.length > 1 ? ': round 1 beside round 2' : ''}
        </h2>
        <div className="results-figures-list">
          {sections.map((s) => (
            <FiguresTable
              key={s.key}
              title={s.title}
              scheme={results.scheme}
              rounds={results.rounds.flatMap((r) => {
                const report = r.report.criteria[s.key];
                const verdict = r.verdicts[s.key];
                return report && verdict ? [{ round: r.round, report, verdict }] : [];
              })}
            />
          ))}
        </div>
      </section>
      <section className="section" aria-labelledby="differ-title">
        <div className="results__charts-head">
          <h2 id="differ-title">Where the scores differ</h2>
          {results.rounds.length > 1 && (
            <div className="segmented" role="group" aria-label="Round shown in the charts">
              {results.rounds.map((r) => (
                <Button
                  key={r.round}
                  variant={r.round === chartRound ? 'primary' : 'quiet'}
                  aria-pressed={r.round === chartRound}
                  onClick={() => setChartRound(r.round)}
                >
                  Round {r.round}
                </Button>
              ))}
            </div>
          )}
        </div>
        <QueryView query={charts} what="the charts">
          {(loaded) => (
            <ResultsCharts
              results={results}
              charts={loaded}
              round={chartRound}
              raterName={raterName}
            />
          )}
        </QueryView>
      </section>
    </ResultsFrame>
  );
}
