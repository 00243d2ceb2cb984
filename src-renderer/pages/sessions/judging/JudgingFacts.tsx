// What a comparative judgement session was set up with: the question, its size, the rubric whose
// levels name the bands, and the samples and judges.
import { Link } from 'react-router';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useQuery } from '../../../api/use-query.js';
import { plural } from '../../../lib/words.js';
import { SessionRaters } from '../SessionRaters.js';
import { SessionSamples } from '../SessionSamples.js';
import { perSampleFigure, TOO_FEW_PER_SAMPLE } from './judging-words.js';

export function JudgingFacts({ session }: { session: SessionDetail }) {
  const competencies = useQuery('competencies.list', {});
  const setup = session.judging;
  const competency = competencies.data?.find((c) => c.id === setup?.competencyId);
  const figure = setup
    ? perSampleFigure(session.sampleIds.length, session.raters.length, setup.perJudge)
    : null;
  return (
    <details
      className="section session-facts"
      open={session.phase === 'draft' || session.phase === 'closed'}
    >
      <summary>Session set-up</summary>
      <dl className="facts">
        <div>
          <dt>Question</dt>
          <dd>{setup?.question ?? '—'}</dd>
        </div>
        {competency && (
          <div>
            <dt>From the competency</dt>
            <dd>{competency.name}</dd>
          </div>
        )}
        <div>
          <dt>Rubric</dt>
          <dd>
            <Link to={`/rubrics/${encodeURIComponent(session.rubricVersionId)}`}>
              {session.rubricTitle}
            </Link>
            : its levels name the level bands on the scale
          </dd>
        </div>
        <div>
          <dt>Judgements</dt>
          <dd>
            {setup ? `${setup.perJudge} per judge` : '—'}
            {figure && `, ${figure.words}`}
          </dd>
        </div>
        <div>
          <dt>In this session</dt>
          <dd>
            {plural(session.sampleIds.length, 'sample')}, {plural(session.raters.length, 'judge')}
          </dd>
        </div>
      </dl>
      {figure?.tooFew && <p className="notice notice--warning">{TOO_FEW_PER_SAMPLE}</p>}
      <SessionSamples sampleIds={session.sampleIds} anchorWords="Anchor — only you see this" />
      <SessionRaters raters={session.raters} noun="judge" />
    </details>
  );
}
