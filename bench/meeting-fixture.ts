// Workspaces for the meeting and workspace-size benchmarks, built through the services (people,
// rubric, samples, sessions) and, for bulk history, straight into the score log.
import { openApp } from '../src-main/app.js';
import type { OpenedApp } from '../src-main/app.js';
import { DEFAULT_SESSION_OPTIONS } from '../src-main/domain/session.js';
import type { Services } from '../src-main/services/index.js';
import type { Store } from '../src-main/store/index.js';

const LEVELS = [
  { value: 1, label: 'Not yet' },
  { value: 2, label: 'Emerging' },
  { value: 3, label: 'Proficient' },
  { value: 4, label: 'Advanced' },
];

function setUp(services: Services, criteria: number, samples: number, raters: number) {
  const rubric = services.rubrics.create({
    title: 'Benchmark rubric',
    description: '',
    gradeBandId: null,
    levels: LEVELS,
    criteria: Array.from({ length: criteria }, (_, i) => ({
      name: `Criterion ${i + 1}`,
      competencyId: null,
      descriptors: Object.fromEntries(
        LEVELS.map((l) => [String(l.value), `C${i + 1} at ${l.label}`]),
      ),
    })),
  });
  const sampleIds = Array.from({ length: samples }, (_, i) => {
    const bytes = new TextEncoder().encode(`Benchmark essay number ${i}.`);
    return services.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: `essay-${i}.txt` },
      studentName: null,
    }).id;
  });
  const raterIds = Array.from(
    { length: raters },
    (_, i) => services.library.addPerson(`Rater ${i + 1}`, ['rater']).id,
  );
  return { rubric, sampleIds, raterIds };
}

/** A session of the whole team on every sample, started (in scoring). */
function startedSession(
  services: Services,
  title: string,
  heldOn: string,
  team: { rubric: { id: string }; sampleIds: string[]; raterIds: string[] },
) {
  const session = services.sessions.create({
    title,
    heldOn,
    rubricVersionId: team.rubric.id,
    facilitatorId: null,
    options: DEFAULT_SESSION_OPTIONS,
    sampleIds: team.sampleIds,
    raterIds: team.raterIds,
  });
  services.sessions.start(session.id, { role: 'owner' });
  return session;
}

/**
 * Every rater scores every sample and criterion of a session in one transaction, straight into
 * the score log; `scoresFor(sample)` gives the scorer for that sample's raters and criteria (it is
 * asked in sample order, so a seeded generator gives the same data every run). Answers the count.
 */
function scoreEverything(
  store: Store,
  sessionId: string,
  team: { rubric: { criteria: { id: string }[] }; sampleIds: string[]; raterIds: string[] },
  scoresFor: (sample: number) => (rater: number) => number,
): number {
  let written = 0;
  store.transaction(() => {
    team.sampleIds.forEach((sampleId, s) => {
      const scoreOf = scoresFor(s);
      team.raterIds.forEach((raterId, r) => {
        for (const criterion of team.rubric.criteria) {
          store.scores.record(
            {
              sessionId,
              round: 1,
              sampleId,
              raterId,
              criterionId: criterion.id,
              score: scoreOf(r),
              note: '',
            },
            'bench',
          );
          written++;
        }
      });
    });
  });
  return written;
}

export interface LiveMeeting {
  sessionId: string;
  sampleIds: string[];
  criterionIds: string[];
  raterIds: string[];
  /** One per rater, in the order of raterIds. */
  tokens: string[];
  /** With `earlier`: the same team's previous session, revealed, to open the results of. */
  earlierSessionId: string | null;
}

/** A revealed session in which every rater scored every sample and criterion. */
function earlierSession(
  { services, store }: OpenedApp,
  rubric: ReturnType<Services['rubrics']['create']>,
  sampleIds: string[],
  raterIds: string[],
): string {
  const session = startedSession(services, 'Last month', '2026-10-20', {
    rubric,
    sampleIds,
    raterIds,
  });
  scoreEverything(
    store,
    session.id,
    { rubric, sampleIds, raterIds },
    (s) => (r) => 1 + ((s + (r % 3)) % 4),
  );
  services.sessions.reveal(session.id, undefined, { role: 'owner' });
  return session.id;
}

/** One session open for scoring, with a token per rater. */
export function liveMeeting(
  path: string,
  raters: number,
  samples: number,
  criteria: number,
  options: { earlier?: boolean } = {},
): LiveMeeting {
  const app = openApp(path);
  try {
    const { rubric, sampleIds, raterIds } = setUp(app.services, criteria, samples, raters);
    const session = startedSession(app.services, 'Benchmark meeting', '2026-11-23', {
      rubric,
      sampleIds,
      raterIds,
    });
    return {
      sessionId: session.id,
      sampleIds,
      criterionIds: rubric.criteria.map((c) => c.id),
      raterIds,
      tokens: raterIds.map((id) => app.services.sessions.issueRaterToken(session.id, id)),
      earlierSessionId: options.earlier ? earlierSession(app, rubric, sampleIds, raterIds) : null,
    };
  } finally {
    app.close();
  }
}

/** A year of history: `sessions` closed sessions, every rater scoring every sample and criterion. */
export function historyWorkspace(
  path: string,
  shape: { sessions: number; raters: number; samples: number; criteria: number },
): number {
  const app = openApp(path);
  try {
    const { services } = app;
    const { rubric, sampleIds, raterIds } = setUp(
      services,
      shape.criteria,
      shape.samples,
      shape.raters,
    );
    let written = 0;
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    for (let s = 0; s < shape.sessions; s++) {
      const month = String((s % 12) + 1).padStart(2, '0');
      const session = startedSession(
        services,
        `Moderation ${s + 1}`,
        `${2020 + Math.floor(s / 12)}-${month}-15`,
        { rubric, sampleIds, raterIds },
      );
      written += scoreEverything(app.store, session.id, { rubric, sampleIds, raterIds }, () => {
        const truth = 1 + Math.floor(random() * 4);
        return () => Math.min(4, Math.max(1, truth + Math.round((random() - 0.5) * 1.6)));
      });
      services.sessions.reveal(session.id, undefined, { role: 'owner' });
      services.sessions.close(session.id, { role: 'owner' });
    }
    return written;
  } finally {
    app.close();
  }
}
