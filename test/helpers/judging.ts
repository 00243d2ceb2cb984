// A small comparative judgement session open for judging, to exercise its rules on.
import type { Services } from '../../src-main/services/index.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { argumentRubric, textSamples, threeRaters } from './workspace.js';

export interface JudgingFixture {
  sessionId: string;
  rubricVersionId: string;
  sampleIds: string[];
  judgeIds: [string, string, string];
}

/** Six text samples, none an anchor, three judges, `perJudge` judgements each. */
export function judgingFixture(services: Services, perJudge = 5): JudgingFixture {
  const rubric = argumentRubric(services, ['Claim']);
  const sampleIds = textSamples(services, [
    'essay one',
    'essay two',
    'essay three',
    'essay four',
    'essay five',
    'essay six',
  ]);
  const judgeIds = threeRaters(services);
  const session = services.judging.create({
    title: 'Argument judging',
    heldOn: '2026-12-03',
    rubricVersionId: rubric.id,
    facilitatorId: null,
    options: DEFAULT_SESSION_OPTIONS,
    sampleIds,
    raterIds: judgeIds,
    judging: { question: 'Which essay argues its claim better?', competencyId: null, perJudge },
  });
  services.sessions.start(session.id, { role: 'owner' });
  return { sessionId: session.id, rubricVersionId: rubric.id, sampleIds, judgeIds };
}
