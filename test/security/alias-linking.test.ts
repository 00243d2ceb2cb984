// The attack from issue 13: with rater names hidden, a rater gathered after the reveal the
// answers that tie each alias to a person id (results, the reveal board), the other raters'
// scores keyed by their ids, and the join list (which needs only the room code) mapping person
// ids to names: together, who gave which score. Here a rater gathers everything its token and
// the room code can reach, before and after the reveal, in a session that hides names and in
// one whose facilitator shows them, and must find nothing that links an alias to a person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/api/contract.js';
import type { MethodName } from '../../src-main/api/contract.js';
import { routes } from '../../src-main/api/router.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import type { ScoringFixture } from '../helpers/workspace.js';
import { descriptorsFor, FOUR_LEVELS, openTempApp } from '../helpers/workspace.js';
import type { LiveRoom } from './live-server.js';
import { callApi, listen, openLiveRoom, postJson } from './live-server.js';

const OWNER: Actor = { role: 'owner' };
const byAccess = (...access: string[]) =>
  METHOD_NAMES.filter((m) => access.includes(routes[m].access));

let room: LiveRoom;
beforeAll(async () => {
  room = await openLiveRoom();
});
afterAll(() => room.close());

/** Every answer a rater's device can get: every rater method, several inputs, and the join list. */
async function harvest(f: ScoringFixture, token: string, code: string): Promise<string[]> {
  const answers: string[] = [];
  const inputs = [
    { sessionId: f.sessionId },
    { sessionId: f.sessionId, round: 1 },
    { sessionId: f.sessionId, sampleId: f.sampleIds[0] },
    { sessionId: f.sessionId, personId: f.raterIds[0] },
    {},
  ];
  for (const method of byAccess('session', 'session-optional', 'anyone')) {
    for (const input of inputs) {
      const response = await callApi(room.base, method as MethodName, input, token);
      if (response.status === 200) answers.push(`${method} ${await response.text()}`);
    }
  }
  const lookup = await postJson(room.base, '/join/lookup', { code });
  expect(lookup.status).toBe(200);
  answers.push(`join ${await lookup.text()}`);
  return answers;
}

function sessionWith(hideRaterNames: boolean, names: string[]): ScoringFixture {
  const { services } = room.app;
  const rubric = services.rubrics.create({
    title: 'Argument',
    description: '',
    gradeBandId: null,
    levels: FOUR_LEVELS,
    criteria: [{ name: 'Claim', competencyId: null, descriptors: descriptorsFor('Claim') }],
  });
  const sampleIds = ['one', 'two'].map((text, i) => {
    const bytes = new TextEncoder().encode(`${text} essay`);
    return services.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: `s${i}.txt` },
      studentName: null,
    }).id;
  });
  const raterIds = names.map((name) => services.library.addPerson(name, ['rater']).id);
  const session = services.sessions.create({
    title: hideRaterNames ? 'Names hidden' : 'Names shown',
    heldOn: '2026-11-20',
    rubricVersionId: rubric.id,
    facilitatorId: raterIds[1]!,
    options: { ...DEFAULT_SESSION_OPTIONS, hideRaterNames },
    sampleIds,
    raterIds,
  });
  services.sessions.start(session.id, OWNER);
  return {
    sessionId: session.id,
    rubricVersionId: rubric.id,
    criterionIds: rubric.criteria.map((c) => c.id),
    sampleIds,
    raterIds: raterIds as [string, string, string],
    aliases: raterIds.map((id) => session.raters.find((r) => r.personId === id)!.alias) as [
      string,
      string,
      string,
    ],
  };
}

describe.each([true, false])('a rater of a session with names hidden: %s', (hidden) => {
  it('finds nothing that links a colleague’s alias to a person, before or after the reveal', async () => {
    // Chosen in alphabetical order, as a wizard lists people: the first must not be R1 by rule.
    const names = hidden
      ? ['Ada Quill', 'Bea Rowe', 'Cy Stone']
      : ['Dee Tam', 'Eve Ung', 'Flo Vik'];
    const f = sessionWith(hidden, names);
    const { services } = room.app;
    const code = services.room.joinCode(f.sessionId);
    const seats = services.room.lookup(code, '192.0.2.50').raters;
    const token = services.room.claim(code, seats[0]!.seat, '192.0.2.50').token;
    const socket = await listen(room.server.port, token);
    for (const [r, raterId] of f.raterIds.entries()) {
      for (const [s, sampleId] of f.sampleIds.entries()) {
        services.scoring.record(
          {
            sessionId: f.sessionId,
            sampleId,
            criterionId: f.criterionIds[0]!,
            score: 1 + ((r + s) % 4),
            note: `note of ${names[r]}`,
            raterId,
          },
          OWNER,
        );
      }
    }
    const before = await harvest(f, token, code);
    services.sessions.reveal(f.sessionId, undefined, OWNER);
    const after = await harvest(f, token, code);
    await new Promise((resolve) => setTimeout(resolve, 150));
    socket.socket.close();
    const everything = [...before, ...after, ...socket.messages.map((m) => JSON.stringify(m))];

    const colleagues = [1, 2];
    const leaks: string[] = [];
    for (const answer of everything) {
      for (const i of colleagues) {
        if (answer.includes(f.raterIds[i]!)) leaks.push(`${answer.slice(0, 40)}: a person id`);
        if (answer.includes(`note of ${names[i]}`)) leaks.push(`${answer.slice(0, 40)}: a note`);
        // Names only in the join list, which carries no alias and no id to match them with.
        if (!answer.startsWith('join ') && answer.includes(names[i]!)) {
          leaks.push(`${answer.slice(0, 40)}: a name`);
        }
      }
    }
    expect(leaks).toEqual([]);

    // The join list: names in alphabetical order, seats that are neither ids nor aliases.
    const join = JSON.parse(after.find((a) => a.startsWith('join '))!.slice(5)) as {
      raters: { seat: string; name: string }[];
    };
    expect(join.raters.map((r) => r.name)).toEqual([...names].sort());
    expect(Object.keys(join.raters[0]!).sort()).toEqual(['name', 'seat']);
    for (const r of join.raters) expect(r.seat).not.toMatch(/^R\d+$/);

    // After the reveal the rater sees its colleagues' scores, in alias order, only by alias.
    const board = JSON.parse(after.find((a) => a.startsWith('reveal.view '))!.slice(12)) as {
      samples: { cells: { scores: { alias: string; name: unknown; you: boolean }[] }[] }[];
    };
    const given = board.samples[0]!.cells[0]!.scores;
    expect(given.map((s) => s.alias)).toEqual(['R1', 'R2', 'R3']);
    expect(given.every((s) => s.name === null)).toBe(true);
    expect(given.filter((s) => s.you).map((s) => s.alias)).toEqual([f.aliases[0]]);
  });
});

describe('aliases', () => {
  it('are drawn at random, not in the order raters were chosen', () => {
    const app = openTempApp();
    try {
      const { services } = app;
      const rubric = services.rubrics.create({
        title: 'R',
        description: '',
        gradeBandId: null,
        levels: FOUR_LEVELS,
        criteria: [{ name: 'C', competencyId: null, descriptors: descriptorsFor('C') }],
      });
      const bytes = new TextEncoder().encode('essay');
      const sample = services.samples.add({
        kind: 'text',
        file: { bytes, mediaType: 'text/plain' },
        original: { bytes, mediaType: 'text/plain', fileName: 'e.txt' },
        studentName: null,
      }).id;
      const raterIds = ['A', 'B', 'C'].map((n) => services.library.addPerson(n, ['rater']).id);
      const firstIsR1 = new Map<string, number>();
      const SESSIONS = 300;
      for (let i = 0; i < SESSIONS; i++) {
        const session = services.sessions.create({
          title: `S${i}`,
          heldOn: '2026-11-20',
          rubricVersionId: rubric.id,
          facilitatorId: null,
          options: DEFAULT_SESSION_OPTIONS,
          sampleIds: [sample],
          raterIds,
        });
        expect(session.raters.map((r) => r.alias).sort()).toEqual(['R1', 'R2', 'R3']);
        const r1 = session.raters.find((r) => r.alias === 'R1')!.personId;
        firstIsR1.set(r1, (firstIsR1.get(r1) ?? 0) + 1);
      }
      // Each rater is R1 about a third of the time (100 ± 8 expected; ± 40 is five deviations).
      for (const id of raterIds) {
        expect(Math.abs((firstIsR1.get(id) ?? 0) - SESSIONS / 3)).toBeLessThan(40);
      }
    } finally {
      app.dispose();
    }
  });
});
