// The reveal board: per sample (most contested first) and criterion, every rater's score on a
// dot plot, the spread, the anchor's reference and the consensus. The owner records consensus
// here; raters see the samples the facilitator has revealed.
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import type { SessionDetail } from '../../src-main/domain/session.js';
import { useMutation } from '../api/use-mutation.js';
import { useQuery } from '../api/use-query.js';
import { useRaterAliases } from '../state/rater-aliases-store.js';
import { Badge } from '../ui/Badge.js';
import { Button } from '../ui/Button.js';
import { QueryView } from '../ui/QueryView.js';
import { RaterAliasesCheck } from '../ui/RaterAliasesCheck.js';
import { TableHead } from '../ui/TableHead.js';
import { RevealConfirm } from './RevealConfirm.js';
import { DotPlot, raterWords } from './DotPlot.js';

type RevealView = MethodOutput<'reveal.view'>;
type RevealSample = RevealView['samples'][number];
type RevealCell = RevealSample['cells'][number];
type RevealScore = RevealCell['scores'][number];
type ConsensusList = MethodOutput<'consensus.list'>;

export const NON_ADJACENT_EXPLANATION =
  'Non-adjacent: two scores two or more levels apart. Discuss these first.';

export function RevealBoard({
  session,
  rubric,
  owner,
}: {
  session: SessionDetail;
  rubric: RubricVersion;
  owner: boolean;
}) {
  // A round picked by hand holds until the session moves to another round.
  const [picked, setPicked] = useState<{ during: number; round: number } | null>(null);
  const round =
    picked && picked.during === session.currentRound ? picked.round : session.currentRound;
  const setRound = (r: number) => setPicked({ during: session.currentRound, round: r });
  const [aliases, setAliases] = useRaterAliases(session.id, session.options.hideRaterNames);
  const view = useQuery('reveal.view', { sessionId: session.id, round });
  const consensus = useQuery('consensus.list', { sessionId: session.id });
  // A rater's device only ever gets aliases; the owner chooses what the room sees.
  const nameFor = (score: RevealScore) =>
    aliases || score.name === null ? score.alias : score.name;

  return (
    <section className="reveal" aria-labelledby="reveal-title">
      <div className="reveal__head">
        <h2 id="reveal-title">Reveal board</h2>
        {session.currentRound > 1 && (
          <div className="segmented" role="group" aria-label="Round shown">
            {Array.from({ length: session.currentRound }, (_, i) => i + 1).map((r) => (
              <Button
                key={r}
                variant={r === round ? 'primary' : 'quiet'}
                aria-pressed={r === round}
                onClick={() => setRound(r)}
              >
                Round {r}
              </Button>
            ))}
          </div>
        )}
        {owner && (
          <RaterAliasesCheck
            aliases={aliases}
            onChange={setAliases}
            people="raters"
            className="reveal__aliases"
          />
        )}
      </div>
      <p className="reveal__legend">
        <span className="legend-dot" aria-hidden="true" /> one dot per rater ·{' '}
        <span className="legend-diamond" aria-hidden="true" /> anchor’s reference score ·{' '}
        <span className="legend-square" aria-hidden="true" /> consensus · the bar shows the spread.{' '}
        {NON_ADJACENT_EXPLANATION}
      </p>
      <QueryView query={view} what="the reveal board">
        {(loaded) => (
          <>
            {owner && session.currentRound > 1 && <AgreementSummary sessionId={session.id} />}
            {loaded.samples.length === 0 ? (
              <p className="reveal__hidden">
                Scores are hidden until the facilitator reveals them.
              </p>
            ) : (
              <ol className="reveal__samples">
                {loaded.samples.map((sample) => (
                  <RevealSampleCard
                    key={sample.sampleId}
                    sample={sample}
                    session={session}
                    rubric={rubric}
                    owner={owner}
                    round={loaded.round}
                    lastHidden={loaded.samples.every(
                      (other) => other.revealed || other.sampleId === sample.sampleId,
                    )}
                    consensus={consensus.data ?? []}
                    nameFor={nameFor}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

function RevealSampleCard({
  sample,
  session,
  rubric,
  owner,
  round,
  lastHidden,
  consensus,
  nameFor,
}: {
  sample: RevealSample;
  session: SessionDetail;
  rubric: RubricVersion;
  owner: boolean;
  round: number;
  /** Revealing the last hidden sample ends the round's scoring: that is asked first. */
  lastHidden: boolean;
  consensus: ConsensusList;
  nameFor: (score: RevealScore) => string;
}) {
  const reveal = useMutation('sessions.reveal');
  const [asking, setAsking] = useState(false);
  const current = round === session.currentRound;
  const canReveal = owner && current && session.phase === 'scoring' && !sample.revealed;
  return (
    <li className="reveal-sample" aria-labelledby={`reveal-${sample.sampleId}`}>
      <div className="reveal-sample__head">
        <h3 id={`reveal-${sample.sampleId}`}>Sample {sample.code}</h3>
        {sample.revealed && sample.flagged && <Badge tone="warning">Needs discussion</Badge>}
        {!sample.revealed && <Badge>Not revealed yet</Badge>}
        {canReveal && !asking && (
          <Button
            variant="secondary"
            busy={reveal.pending}
            onClick={() =>
              lastHidden
                ? setAsking(true)
                : void reveal.run({ sessionId: session.id, sampleId: sample.sampleId })
            }
          >
            Reveal sample {sample.code}
          </Button>
        )}
      </div>
      {canReveal && asking && (
        <RevealConfirm
          session={session}
          lastSample={{ id: sample.sampleId, code: sample.code }}
          onCancel={() => setAsking(false)}
          onRevealed={() => setAsking(false)}
        />
      )}
      {!sample.revealed ? (
        <p className="reveal__hidden">Scores are hidden until the facilitator reveals them.</p>
      ) : (
        <div className="reveal-sample__cells">
          {sample.cells.map((cell) => {
            const criterion = rubric.criteria.find((c) => c.id === cell.criterionId);
            return (
              <RevealCellView
                key={cell.criterionId}
                cell={cell}
                criterionName={criterion?.name ?? 'Criterion'}
                rubric={rubric}
                owner={owner && session.phase !== 'closed'}
                sessionId={session.id}
                sampleId={sample.sampleId}
                rationale={
                  consensus.find(
                    (c) => c.sampleId === sample.sampleId && c.criterionId === cell.criterionId,
                  )?.rationale ?? ''
                }
                nameFor={nameFor}
              />
            );
          })}
        </div>
      )}
    </li>
  );
}

function RevealCellView({
  cell,
  criterionName,
  rubric,
  owner,
  sessionId,
  sampleId,
  rationale,
  nameFor,
}: {
  cell: RevealCell;
  criterionName: string;
  rubric: RubricVersion;
  owner: boolean;
  sessionId: string;
  sampleId: string;
  rationale: string;
  nameFor: (score: RevealScore) => string;
}) {
  const scores = cell.scores.map((s) => ({
    key: s.alias,
    rater: nameFor(s),
    you: s.you,
    score: s.score,
  }));
  const missing = scores.filter((s) => s.score === null);
  return (
    <div className={`reveal-cell${cell.nonAdjacent ? ' reveal-cell--flagged' : ''}`}>
      <div className="reveal-cell__head">
        <h4>{criterionName}</h4>
        {cell.nonAdjacent && <Badge tone="warning">Non-adjacent</Badge>}
      </div>
      <DotPlot
        levels={rubric.levels}
        scores={scores}
        reference={cell.reference}
        consensus={cell.consensus}
        title={criterionName}
      />
      <p className="reveal-cell__facts">
        {cell.min === null
          ? 'Nobody could score this.'
          : cell.min === cell.max
            ? `Everyone gave ${cell.min}.`
            : `Spread ${cell.min}–${cell.max}.`}
        {cell.reference !== null && ` Anchor reference: ${cell.reference}.`}
        {cell.consensus !== null && ` Consensus: ${cell.consensus}.`}
        {missing.length > 0 && ` Cannot score: ${missing.map(raterWords).join(', ')}.`}
      </p>
      <p className="visually-hidden">
        Scores: {scores.map((s) => `${raterWords(s)} ${s.score ?? 'cannot score'}`).join(', ')}
      </p>
      {owner && (
        <ConsensusForm
          key={`${cell.consensus}|${rationale}`}
          sessionId={sessionId}
          sampleId={sampleId}
          criterionId={cell.criterionId}
          criterionName={criterionName}
          rubric={rubric}
          current={cell.consensus}
          rationale={rationale}
        />
      )}
      {!owner && cell.consensus !== null && rationale && (
        <p className="reveal-cell__rationale">Why: {rationale}</p>
      )}
    </div>
  );
}

function ConsensusForm({
  sessionId,
  sampleId,
  criterionId,
  criterionName,
  rubric,
  current,
  rationale,
}: {
  sessionId: string;
  sampleId: string;
  criterionId: string;
  criterionName: string;
  rubric: RubricVersion;
  current: number | null;
  rationale: string;
}) {
  const record = useMutation('consensus.record');
  const [score, setScore] = useState(current === null ? '' : String(current));
  const [why, setWhy] = useState(rationale);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score === '') return;
    void record.run({ sessionId, sampleId, criterionId, score: Number(score), rationale: why });
  };
  const id = `${sampleId}-${criterionId}`;
  return (
    <form className="consensus-form" onSubmit={submit}>
      <div className="consensus-form__row">
        <label htmlFor={`consensus-${id}`}>Consensus for {criterionName}</label>
        <select
          id={`consensus-${id}`}
          className="field__input"
          value={score}
          onChange={(event) => setScore(event.target.value)}
        >
          <option value="">Choose a level</option>
          {rubric.levels.map((level) => (
            <option key={level.value} value={level.value}>
              {level.value} {level.label}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`rationale-${id}`} className="visually-hidden">
        Rationale for {criterionName}
      </label>
      <textarea
        id={`rationale-${id}`}
        className="field__input"
        rows={2}
        value={why}
        placeholder="Why the team settled on this level"
        onChange={(event) => setWhy(event.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={record.pending} disabled={score === ''}>
          Save consensus for {criterionName}
        </Button>
        {record.error && <span className="field__error">{record.error.message}</span>}
      </div>
    </form>
  );
}

/** Exact and adjacent agreement before and after discussion, from the two rounds' boards. */
function AgreementSummary({ sessionId }: { sessionId: string }) {
  const first = useQuery('reveal.view', { sessionId, round: 1 });
  const second = useQuery('reveal.view', { sessionId, round: 2 });
  if (!first.data || !second.data) return null;
  const rows = [
    { label: 'Round 1 (before discussion)', stats: agreement(first.data) },
    { label: 'Round 2 (after discussion)', stats: agreement(second.data) },
  ];
  return (
    <table className="table agreement">
      <caption className="table__caption">
        Agreement before and after discussion (share of sample × criterion cells where all revealed
        scores are equal, or at most one level apart)
      </caption>
      <TableHead columns={['Round', 'All equal', 'Within one level']} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="numeric">{row.stats ? `${row.stats.exact}%` : '—'}</td>
            <td className="numeric">{row.stats ? `${row.stats.adjacent}%` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function agreement(view: RevealView): { exact: number; adjacent: number } | null {
  const cells = view.samples
    .filter((s) => s.revealed)
    .flatMap((s) => s.cells)
    .filter((c) => c.min !== null && c.max !== null);
  if (cells.length === 0) return null;
  const exact = cells.filter((c) => c.min === c.max).length;
  const adjacent = cells.filter((c) => c.max! - c.min! <= 1).length;
  return {
    exact: Math.round((100 * exact) / cells.length),
    adjacent: Math.round((100 * adjacent) / cells.length),
  };
}
