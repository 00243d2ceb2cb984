// The wizard's samples: which pieces of work are scored (a meeting) or compared (comparative
// judgement), and what the chosen anchors cover.
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { Sample } from '../../../src-main/domain/sample.js';
import { useQuery } from '../../api/use-query.js';
import { KIND_WORDS } from '../../lib/words.js';
import { anchorCoverage } from '../../meeting/anchor-coverage.js';
import { Badge } from '../../ui/Badge.js';
import { Button } from '../../ui/Button.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';
import type { StepProps } from './new-session-draft.js';

export function SamplesStep({ draft, update }: StepProps) {
  const samples = useQuery('samples.list', {});
  const anchors = useQuery('anchors.list', {});
  const rubric = useQuery('rubrics.get', { versionId: draft.rubricVersionId });
  const judging = draft.kind === 'judgement';
  const criterionName = useMemo(
    () => new Map((rubric.data?.criteria ?? []).map((c) => [c.key, c.name])),
    [rubric.data],
  );
  const references = anchors.data ?? [];
  const coverage = anchorCoverage(draft.sampleIds, references);
  const toggle = (id: string, on: boolean) =>
    update({
      sampleIds: on ? [...draft.sampleIds, id] : draft.sampleIds.filter((s) => s !== id),
    });
  return (
    <QueryView query={samples} what="samples">
      {(list) => (
        <>
          {judging && (
            <p className="muted">
              Choose at least three. Judges see two at a time, by code only; anchors are welcome,
              and no judge learns which samples they are.
            </p>
          )}
          <div className="form__actions">
            <Button variant="quiet" onClick={() => update({ sampleIds: list.map((s) => s.id) })}>
              Select all samples
            </Button>
            <Button variant="quiet" onClick={() => update({ sampleIds: [] })}>
              Select none
            </Button>
            <span>
              <strong>{draft.sampleIds.length}</strong> of {list.length} chosen
            </span>
          </div>
          <CoverageNote coverage={coverage} judging={judging} />
          <Table
            caption={judging ? 'Samples to compare' : 'Samples to score'}
            captionHidden
            columns={['Include', 'Code', 'Kind', 'Anchor reference levels']}
          >
            <tbody>
              {list.map((sample) => (
                <SampleRow
                  key={sample.id}
                  sample={sample}
                  included={draft.sampleIds.includes(sample.id)}
                  onInclude={(on) => toggle(sample.id, on)}
                  anchorWords={judging ? 'Anchor — only you see this' : 'Anchor'}
                  references={references
                    .filter((r) => r.sampleId === sample.id)
                    .map((r) => `${criterionName.get(r.criterionKey) ?? r.criterionKey} ${r.score}`)
                    .join(' · ')}
                />
              ))}
            </tbody>
          </Table>
        </>
      )}
    </QueryView>
  );
}

function SampleRow({
  sample,
  included,
  onInclude,
  anchorWords,
  references,
}: {
  sample: Sample;
  included: boolean;
  onInclude: (on: boolean) => void;
  /** How an anchor is marked; a judgement session says that judges are not told. */
  anchorWords: string;
  /** The anchor's reference levels, one line. */
  references: string;
}) {
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Include ${sample.code}`}
          checked={included}
          onChange={(event) => onInclude(event.target.checked)}
        />
      </td>
      <th scope="row" className="mono">
        {sample.code}
      </th>
      <td>{KIND_WORDS[sample.kind]}</td>
      <td>
        {sample.isAnchor && <Badge tone="accent">{anchorWords}</Badge>} {references}
      </td>
    </tr>
  );
}

function CoverageNote({
  coverage,
  judging,
}: {
  coverage: ReturnType<typeof anchorCoverage>;
  judging: boolean;
}): ReactNode {
  if (coverage.anchorCount === 0) {
    return (
      <p className="muted">
        {judging
          ? 'No anchor chosen. Anchors (samples with agreed reference scores) let Concord mark where the rubric’s levels fall on the scale.'
          : 'No anchor chosen. Anchors (samples with agreed reference scores) let you check scoring against a known answer.'}
      </p>
    );
  }
  return (
    <>
      <p>
        The chosen anchors cover levels <strong>{coverage.levelsCovered.join(', ')}</strong>.
      </p>
      {coverage.clustered && (
        <p className="notice notice--warning" role="alert">
          All chosen anchors sit on level {coverage.clusterLevel}. Add an anchor from another level,
          {judging
            ? ' so the scale can show where each level begins.'
            : ' so the meeting shows whether raters tell the levels apart.'}
        </p>
      )}
    </>
  );
}
