import { Link, useParams } from 'react-router';
import type { SessionDetail } from '../../../src-main/domain/session.js';
import { useQuery } from '../../api/use-query.js';
import { formatDate, PHASE_EXPLANATIONS, PHASE_WORDS, plural } from '../../lib/words.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { SessionRaters } from './SessionRaters.js';
import { SessionSamples } from './SessionSamples.js';

export function SessionDetailPage() {
  const { sessionId = '' } = useParams();
  const session = useQuery('sessions.get', { sessionId });
  const detail = session.data;
  return (
    <>
      <PageHeader
        title={detail?.title ?? 'Session'}
        before={<Link to="/sessions">← All sessions</Link>}
        description={
          detail &&
          `${formatDate(detail.heldOn)} · ${PHASE_WORDS[detail.phase]}: ${PHASE_EXPLANATIONS[detail.phase]}`
        }
      />
      <QueryView query={session} what="the session">
        {(loaded) => <SessionFacts session={loaded} />}
      </QueryView>
    </>
  );
}

function SessionFacts({ session }: { session: SessionDetail }) {
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Rubric</dt>
          <dd>
            <Link to={`/rubrics/${encodeURIComponent(session.rubricVersionId)}`}>
              {session.rubricTitle}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Round</dt>
          <dd>
            {session.currentRound} of {session.options.rounds}
          </dd>
        </div>
        <div>
          <dt>Scoring</dt>
          <dd>{session.options.blind ? 'Blind: raters see only their own scores' : 'Open'}</dd>
        </div>
        <div>
          <dt>In this session</dt>
          <dd>
            {plural(session.sampleIds.length, 'sample')}, {plural(session.raters.length, 'rater')}
          </dd>
        </div>
      </dl>
      <SessionSamples sampleIds={session.sampleIds} />
      <SessionRaters raters={session.raters} />
    </>
  );
}
