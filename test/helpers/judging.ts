// A small comparative judgement session open for judging, to exercise its rules on.
import type { Services } from '../../src-main/services/index.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { descriptorsFor, FOUR_LEVELS } from './workspace.js';

export interface JudgingFixture {
  sessionId: string;
  rubricVersionId: string;
  sampleIds: string[];
  judgeIds: [string, string, string];
}

/** Six text samples (the last one an anchor), three judges, `perJudge` judgements each. */
export function judgingFixture(services: Services, perJudge = 5): JudgingFixture {
  const rubric = services.rubrics.create({
    title: 'Argument writing',
    description: '',
    gradeBandId: null,
    levels: FOUR_LEVELS,
    criteria: [{ name: 'Claim', competencyId: null, descriptors: descriptorsFor('Claim') }],
  });
  const sampleIds = ['one', 'two', 'three', 'four', 'five', 'six'].map((text, i) => {
    const bytes = new TextEncoder().encode(`essay ${text}`);
    return services.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: `student-${i}.txt` },
      studentName: `Student ${i}`,
    }).id;
  });
  const judgeIds = ['Ana', 'Ben', 'Cleo'].map(
    (name) => services.library.addPerson(name, ['rater']).id,
  ) as [string, string, string];
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
