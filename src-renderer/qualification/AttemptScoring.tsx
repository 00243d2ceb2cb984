// A rater scores the anchors of a qualification check alone: the sample on the left, the rubric on
// the right, digit keys pick a level. The screen holds no reference score: the api sends none
// before the attempt is submitted. Scores save through the same queue as the meeting's, so a
// brief network drop delays a score rather than losing it.
import { useCallback, useMemo, useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from '../api/api-context.js';
import { LevelChoices } from '../scoring/LevelChoices.js';
import type { Criterion } from '../scoring/ScoringShell.js';
import { ScoringShell } from '../scoring/ScoringShell.js';
import type { Choice } from '../scoring/use-scoring-keys.js';
import { cellKey, useScoreCells } from '../scoring/use-score-cells.js';
import { AttemptSampleViewer } from '../viewer/SampleViewer.js';

export type AttemptView = MethodOutput<'qualification.attempt'>;

interface AttemptScore {
  sampleId: string;
  criterionKey: string;
  score: number;
}

export function AttemptScoring({
  attempt,
  onSubmitted,
}: {
  attempt: AttemptView;
  onSubmitted: (view: AttemptView) => void;
}) {
  const { client, queries } = useApi();
  const { rubric, samples } = attempt;
  const attemptId = attempt.id;
  const [index, setIndex] = useState(0);

  const saved = useMemo(
    () => new Map(attempt.scores.map((s) => [cellKey(s.sampleId, s.criterionKey), s.score])),
    [attempt.scores],
  );
  const sheet = useScoreCells<number, AttemptScore>({
    saved,
    // The save queue's own path: a score shows at once and is retried; nothing else refreshes.
    send: (score) => client.call('qualification.score', { attemptId, ...score }),
    refresh: () => void queries.refetch('qualification.attempt', { attemptId }),
  });
  const { valueOf, edit, save } = sheet;

  const sample = samples[index];
  const sampleId = sample?.id;
  const choiceOf = useCallback(
    (id: string, criterion: Criterion) => valueOf(cellKey(id, criterion.key)),
    [valueOf],
  );
  // "Cannot score" has no place here: an anchor left unscored counts as missing.
  const choose = useCallback(
    (criterion: Criterion, score: Choice) => {
      if (sampleId === undefined || score === null) return;
      const key = cellKey(sampleId, criterion.key);
      edit(key, score);
      save(key, { sampleId, criterionKey: criterion.key, score });
    },
    [sampleId, edit, save],
  );

  if (!sample) return <p>This qualification set has no anchors.</p>;

  return (
    <ScoringShell
      rubric={rubric}
      samples={samples}
      index={index}
      onGo={setIndex}
      choiceOf={choiceOf}
      onChoose={choose}
      cannotScore={false}
      readOnly={false}
      locked={false}
      saveState={sheet.saveState}
      problem={sheet.problem}
      onProblem={sheet.setProblem}
      viewer={
        <AttemptSampleViewer
          key={sample.id}
          attemptId={attemptId}
          sampleId={sample.id}
          kind={sample.kind}
          mediaType={sample.mediaType}
          label={`Sample ${sample.code}`}
        />
      }
      submit={{
        label: 'Submit my check',
        titleId: 'confirm-check-title',
        title: 'Submit your qualification check?',
        explain: (missing) => (
          <>
            After you submit you see the reference levels and why they were given; your scores can
            no longer change.
            {missing > 0 &&
              ` ${missing} ${missing === 1 ? 'score is' : 'scores are'} still missing; missing scores count against you.`}
          </>
        ),
        confirmLabel: 'Submit and see my feedback',
        onSubmit: async () =>
          onSubmitted(await queries.write('qualification.submit', { attemptId })),
      }}
      renderCriterion={(criterion, registerRadio) => {
        const headingId = `q-criterion-${criterion.id}`;
        return (
          <>
            <h3 id={headingId} className="scorer__name">
              {criterion.name}
            </h3>
            <LevelChoices
              rubric={rubric}
              criterion={criterion}
              headingId={headingId}
              idPrefix="q-"
              value={valueOf(cellKey(sample.id, criterion.key))}
              onScore={(score) => choose(criterion, score)}
              registerRadio={registerRadio}
            />
          </>
        );
      }}
    />
  );
}
