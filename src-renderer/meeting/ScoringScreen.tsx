// One rater's scoring: the sample on the left, the rubric with its full descriptors on the right.
// Every change is saved at once (notes after a short pause); scores lock when the rater submits.
import { useCallback } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from '../api/api-context.js';
import { useQuery } from '../api/use-query.js';
import type { Criterion } from '../scoring/ScoringShell.js';
import { ScoringShell } from '../scoring/ScoringShell.js';
import type { Choice } from '../scoring/use-scoring-keys.js';
import { QueryView } from '../ui/QueryView.js';
import { SampleViewer } from '../viewer/SampleViewer.js';
import { CriterionScorer } from './CriterionScorer.js';
import { useMeetingCells } from './use-meeting-cells.js';
import { useStoredIndex } from './use-stored-index.js';

type Assignment = MethodOutput<'scoring.assignment'>;

export function ScoringScreen({
  sessionId,
  raterId,
  onSubmitted,
}: {
  sessionId: string;
  /** One-device mode: the owner scores as this rater. */
  raterId?: string;
  onSubmitted?: () => void;
}) {
  const assignment = useQuery('scoring.assignment', { sessionId, raterId });
  return (
    <QueryView query={assignment} what="your samples">
      {(loaded) => (
        <ScoringWorkspace
          key={`${loaded.sessionId}:${loaded.raterId}:${loaded.round}`}
          assignment={loaded}
          asOwner={raterId !== undefined}
          onSubmitted={onSubmitted}
        />
      )}
    </QueryView>
  );
}

function ScoringWorkspace({
  assignment,
  asOwner,
  onSubmitted,
}: {
  assignment: Assignment;
  asOwner: boolean;
  onSubmitted?: () => void;
}) {
  const { queries } = useApi();
  const { rubric, samples, sessionId, raterId } = assignment;
  const [index, setIndex] = useStoredIndex(
    `concord.sample.${sessionId}.${raterId}.${assignment.round}`,
    samples.length,
  );
  const cells = useMeetingCells(assignment, asOwner);
  const { valueOf, change, locked } = cells;

  const sample = samples[index];
  const revealed = sample ? assignment.revealedSampleIds.includes(sample.id) : false;
  const readOnly = locked || revealed;
  const sampleId = sample?.id;

  const choiceOf = useCallback(
    (id: string, criterion: Criterion) => valueOf(id, criterion.id).score,
    [valueOf],
  );
  const choose = useCallback(
    (criterion: Criterion, score: Choice) => {
      if (sampleId !== undefined && !readOnly) change(sampleId, criterion.id, { score }, true);
    },
    [sampleId, readOnly, change],
  );

  if (!sample) return <p>There are no samples in this session.</p>;

  return (
    <ScoringShell
      rubric={rubric}
      samples={samples}
      index={index}
      onGo={(to) => {
        cells.flushNotes();
        setIndex(to);
      }}
      choiceOf={choiceOf}
      onChoose={choose}
      cannotScore
      readOnly={readOnly}
      locked={locked}
      saveState={cells.saveState}
      problem={cells.problem}
      onProblem={cells.setProblem}
      notices={
        <>
          {assignment.submitted && (
            <p className="notice notice--success">
              You submitted your scores for round {assignment.round}. They are locked; you can still
              look through them.
            </p>
          )}
          {!assignment.submitted && assignment.phase !== 'scoring' && (
            <p className="notice">Scoring is closed. Your scores are kept as they are.</p>
          )}
        </>
      }
      viewer={
        <SampleViewer
          sampleId={sample.id}
          sessionId={sessionId}
          kind={sample.kind}
          mediaType={sample.mediaType}
          label={`Sample ${sample.code}`}
        />
      }
      rubricNotice={
        revealed && (
          <p className="notice">
            The facilitator has revealed this sample: its scores for this round are final.
          </p>
        )
      }
      submit={{
        label: 'Submit my scores',
        titleId: 'confirm-submit-title',
        title: 'Submit and lock your scores?',
        explain: (missing) => (
          <>
            After you submit, your scores lock: you cannot change them in this round.
            {missing > 0 &&
              ` ${missing} ${missing === 1 ? 'criterion is' : 'criteria are'} not scored yet; they will count as missing.`}
          </>
        ),
        confirmLabel: 'Submit and lock',
        onOpen: cells.flushNotes,
        onSubmit: async () => {
          await queries.write('scores.submit', { sessionId, ...(asOwner ? { raterId } : {}) });
          onSubmitted?.();
        },
      }}
      renderCriterion={(criterion, registerRadio) => (
        <CriterionScorer
          rubric={rubric}
          criterion={criterion}
          value={valueOf(sample.id, criterion.id)}
          readOnly={readOnly}
          onScore={(score) => choose(criterion, score)}
          onNote={(note) => !readOnly && change(sample.id, criterion.id, { note }, false)}
          onNoteBlur={cells.flushNotes}
          registerRadio={registerRadio}
        />
      )}
    />
  );
}
