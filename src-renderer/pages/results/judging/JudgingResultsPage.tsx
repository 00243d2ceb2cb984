// The results of a comparative judgement session, for its facilitator or coach: how far the order
// can be trusted, the scale itself with its levels, the judges, and the scale beside the rubric.
import { useMemo } from 'react';
import { MIN_JUDGEMENTS_PER_SAMPLE } from '../../../../src-main/domain/judging.js';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useQuery } from '../../../api/use-query.js';
import { useRaterAliases } from '../../../state/rater-aliases-store.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { QueryOrEmpty } from '../../../ui/QueryOrEmpty.js';
import { ResultsFrame, ResultsHeader } from '../../../ui/ResultsFrame.js';
import { JudgeTable } from './JudgeTable.js';
import { JudgingDownloads } from './JudgingDownloads.js';
import { JudgingGlossary } from './JudgingGlossary.js';
import type { JudgingResults } from './judging-words.js';
import { countsWords } from '../../../../src-main/domain/judging-words.js';
import { ReliabilityCard } from './ReliabilityCard.js';
import { RubricComparison } from './RubricComparison.js';
import { ScaleSection } from './ScaleSection.js';

export function JudgingResultsPage({ session }: { session: SessionDetail }) {
  const results = useQuery('judging.results', { sessionId: session.id });
  const question = results.data?.question ?? session.judging?.question;
  return (
    <>
      <ResultsHeader
        sessionId={session.id}
        title={`Results: ${session.title}`}
        description={
          <>
            {question && <>Question: “{question}”</>}
            {results.data && (
              <>
                {' · '}
                {countsWords(results.data.judgements, results.data.judges)} ·{' '}
                {results.data.report.fit.samples.length} samples
              </>
            )}
          </>
        }
        actions={results.data && <JudgingDownloads sessionId={session.id} />}
      />
      <QueryOrEmpty
        query={results}
        what="the results"
        isEmpty={(data) => data.judgements === 0}
        empty={
          <EmptyState title="No judgements yet">
            The results appear once judges have started choosing between pairs of samples.
          </EmptyState>
        }
      >
        {(loaded) => <JudgingResultsBody results={loaded} session={session} />}
      </QueryOrEmpty>
    </>
  );
}

function JudgingResultsBody({
  results,
  session,
}: {
  results: JudgingResults;
  session: SessionDetail;
}) {
  // The page may be on a projector: judges as R1..Rn unless the session opted in to names.
  const [aliases, setAliases] = useRaterAliases(session.id, session.options.hideRaterNames);
  const judgeName = useMemo(() => {
    const names = new Map(session.raters.map((r) => [r.alias, r.name] as const));
    return (alias: string) => (aliases ? alias : (names.get(alias) ?? alias));
  }, [session.raters, aliases]);
  const samples = results.report.fit.samples.length;
  // Each judgement compares two samples.
  const perSample = samples === 0 ? 0 : (2 * results.judgements) / samples;

  return (
    <ResultsFrame aliases={aliases} onAliasesChange={setAliases} people="judges">
      {session.phase === 'scoring' && (
        <div className="notice notice--info" role="note" aria-label="Judging under way">
          <p>Judging is still under way: these results change as judges make more choices.</p>
        </div>
      )}
      {perSample < MIN_JUDGEMENTS_PER_SAMPLE && (
        <div className="notice notice--warning" role="note" aria-label="Few judgements so far">
          <p className="notice__title">Few judgements so far</p>
          <p>
            Each sample has been compared about {Math.round(perSample)} time
            {Math.round(perSample) === 1 ? '' : 's'}. A scale is seldom stable below{' '}
            {MIN_JUDGEMENTS_PER_SAMPLE} comparisons per sample, so read the order as a first sketch.
          </p>
        </div>
      )}
      <ReliabilityCard reliability={results.report.reliability} />
      <ScaleSection results={results} />
      <JudgeTable judges={results.report.judges} judgeName={judgeName} />
      <RubricComparison
        rubric={results.report.rubric}
        rubricScored={results.rubricScored}
        levels={results.levels}
      />
      <JudgingGlossary />
    </ResultsFrame>
  );
}
