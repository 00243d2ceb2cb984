// What a comparative judgement session was set up with: the question, its size, the rubric whose
// levels name the bands, and the samples and judges.
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useQuery } from '../../../api/use-query.js';
import { rubricFact, SessionSetUp } from '../SessionSetUp.js';
import { perSampleFigure, TOO_FEW_PER_SAMPLE } from './judging-words.js';

export function JudgingFacts({ session }: { session: SessionDetail }) {
  const competencies = useQuery('competencies.list', {});
  const setup = session.judging;
  const competency = competencies.data?.find((c) => c.id === setup?.competencyId);
  const figure = setup
    ? perSampleFigure(session.sampleIds.length, session.raters.length, setup.perJudge)
    : null;
  return (
    <SessionSetUp
      session={session}
      noun="judge"
      facts={[
        { term: 'Question', value: setup?.question ?? '—' },
        !!competency && { term: 'From the competency', value: competency.name },
        rubricFact(session, ': its levels name the level bands on the scale'),
        {
          term: 'Judgements',
          value: `${setup ? `${setup.perJudge} per judge` : '—'}${figure ? `, ${figure.words}` : ''}`,
        },
      ]}
      notice={figure?.tooFew && <p className="notice notice--warning">{TOO_FEW_PER_SAMPLE}</p>}
      anchorWords="Anchor — only you see this"
    />
  );
}
