// Exports that span sessions: a session's aliases (R1..Rn) are drawn per session, so across
// sessions each person gets one alias throughout, and the files say so. One session keeps its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ScoreEntry } from '../../src-main/domain/scores.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import type { Services } from '../../src-main/services/index.js';
import {
  FOUR_LEVELS,
  descriptorsFor,
  openTempApp,
  scoringFixture,
  tempApps,
} from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { labelled, readFacetsData, readFacetsSpec } from './facets-reader.js';

const OWNER: Actor = { role: 'owner' };

let app: TempApp;
let sessionIds: string[];
/** (session id, session alias) -> person id, from the store. */
let personBySeat: Map<string, string>;
/** person id -> session id -> session alias. */
let seatsByPerson: Map<string, Map<string, string>>;
let codes: Map<string, string>;
let criterionNames: Map<string, string>;

beforeAll(() => {
  app = openTempApp();
  app.services.demo.load();
  sessionIds = app.services.sessions.list().map((s) => s.id);
  personBySeat = new Map();
  seatsByPerson = new Map();
  for (const id of sessionIds) {
    for (const r of app.services.sessions.get(id, { role: 'owner' }).raters) {
      personBySeat.set(`${id}|${r.alias}`, r.personId);
      const seats = seatsByPerson.get(r.personId) ?? new Map<string, string>();
      seats.set(id, r.alias);
      seatsByPerson.set(r.personId, seats);
    }
  }
  codes = new Map(app.services.samples.list().map((s) => [s.id, s.code]));
  const { rubricVersionId } = app.services.sessions.get(sessionIds[0]!, { role: 'owner' });
  criterionNames = new Map(
    app.services.rubrics.get(rubricVersionId).criteria.map((c) => [c.id, c.name]),
  );
});
afterAll(() => app.dispose());

const exportAll = (format: 'long' | 'wide' | 'facets' | 'json', names = false) =>
  app.services.exchange.exportRatings({ format, names });

/** The CSV's rows as objects by header (no quoted commas in what these tests read). */
function rowsOf(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i]!, v])));
}

/** person id -> the one label the export gave them; fails when a person has two, or two share one. */
function onePerPerson(pairs: Iterable<[string, string]>): Map<string, string> {
  const labels = new Map<string, Set<string>>();
  for (const [person, label] of pairs) {
    const set = labels.get(person) ?? new Set<string>();
    set.add(label);
    labels.set(person, set);
  }
  const out = new Map<string, string>();
  for (const [person, set] of labels) {
    expect([...set], person).toHaveLength(1);
    out.set(person, [...set][0]!);
  }
  expect(new Set(out.values()).size).toBe(out.size);
  return out;
}

/**
 * Each label's ratings are exactly one person's, a different person each: what "one alias per
 * person throughout" means, checked without trusting any other export.
 */
function eachLabelIsOnePerson(byLabel: Map<string, string[]>, byPerson: Map<string, string[]>) {
  const key = (list: string[]) => [...list].sort().join('\n');
  const people = new Map([...byPerson].map(([person, list]) => [key(list), person]));
  const matched = [...byLabel].map(([label, list]) => {
    const person = people.get(key(list));
    expect(person, `${label}'s ratings are no one person's`).toBeDefined();
    return person;
  });
  expect(new Set(matched).size).toBe(byLabel.size);
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

/** Each person's scored ratings in the store, as `describe` writes them. */
function storedByPerson(describe: (s: ScoreEntry) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of sessionIds)
    for (const s of app.store.scores.current(id))
      if (s.score !== null) push(out, s.raterId, describe(s));
  return out;
}

describe('exports across sessions', () => {
  it('has a person the demo seats under different aliases (else these tests prove nothing)', () => {
    expect(sessionIds.length).toBe(4);
    const moved = [...seatsByPerson.values()].some((seats) => new Set(seats.values()).size > 1);
    expect(moved).toBe(true);
  });

  it('long CSV: one alias per person in every session, and the alias each session showed', () => {
    const text = exportAll('long')[0]!.text;
    expect(text.split('\n')[0]).toBe('session,round,sample,rater,criterion,score,session_alias');
    const rows = rowsOf(text);
    const scores = sessionIds.flatMap((id) => app.store.scores.current(id));
    expect(rows).toHaveLength(scores.length);
    const aliasOf = onePerPerson(
      rows.map((r) => [personBySeat.get(`${r.session}|${r.session_alias}`)!, r.rater!]),
    );
    expect(aliasOf.size).toBe(6);
    // Every stored score is in the file under its person's one alias.
    const inFile = new Set(
      rows.map((r) => [r.session, r.round, r.sample, r.rater, r.criterion, r.score].join('|')),
    );
    for (const s of scores) {
      const key = [
        s.sessionId,
        s.round,
        codes.get(s.sampleId),
        aliasOf.get(s.raterId),
        criterionNames.get(s.criterionId),
        s.score ?? '',
      ].join('|');
      expect(inFile.has(key), key).toBe(true);
    }
    // And `concord stats` still reads it.
    expect(parseRatingsCsv(text).length).toBe(scores.length);
  });

  it('gives a person the same alias in an export of some sessions as in one of all', () => {
    const all = rowsOf(exportAll('long')[0]!.text);
    const some = rowsOf(
      app.services.exchange.exportRatings({
        format: 'long',
        sessionIds: sessionIds.slice(0, 2),
      })[0]!.text,
    );
    expect(new Set(some.map((r) => r.session))).toEqual(new Set(sessionIds.slice(0, 2)));
    const person = (r: Record<string, string>) =>
      personBySeat.get(`${r.session}|${r.session_alias}`)!;
    const fromAll = onePerPerson(all.map((r) => [person(r), r.rater!]));
    for (const r of some) expect(r.rater).toBe(fromAll.get(person(r)));
  });

  it('wide CSV: one column per person, each holding exactly that person’s scores', () => {
    const [header, ...lines] = exportAll('wide')[0]!.text.trimEnd().split('\n');
    const columns = header!.split(',');
    expect(columns).toEqual([
      'session',
      'round',
      'sample',
      'criterion',
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
    ]);
    const byColumn = new Map<string, string[]>();
    for (const line of lines) {
      const v = line.split(',');
      columns.slice(4).forEach((rater, i) => {
        if (v[4 + i] !== '') push(byColumn, rater, [v[0], v[1], v[2], v[3], v[4 + i]].join('|'));
      });
    }
    eachLabelIsOnePerson(
      byColumn,
      storedByPerson((s) =>
        [
          s.sessionId,
          s.round,
          codes.get(s.sampleId),
          criterionNames.get(s.criterionId),
          s.score,
        ].join('|'),
      ),
    );
  });

  it('session JSON says which aliases it uses and gives each session’s own beside them', () => {
    const json = JSON.parse(exportAll('json')[0]!.text) as {
      raterLabels: string;
      raterLabelsNote: string;
      sessions: {
        id: string;
        raters: { alias: string; sessionAlias?: string; name?: string }[];
        scores: { rater: string }[];
      }[];
    };
    expect(json.raterLabels).toBe('workspace-alias');
    expect(json.raterLabelsNote).toMatch(/same teacher in every session/);
    const pairs: [string, string][] = [];
    for (const s of json.sessions) {
      for (const r of s.raters) {
        expect(r.name).toBeUndefined();
        pairs.push([personBySeat.get(`${s.id}|${r.sessionAlias}`)!, r.alias]);
      }
      const aliases = new Set(s.raters.map((r) => r.alias));
      for (const score of s.scores) expect(aliases.has(score.rater)).toBe(true);
    }
    expect(onePerPerson(pairs).size).toBe(6);
    // One session's JSON keeps what the room saw, and says so.
    const one = JSON.parse(
      app.services.exchange.exportRatings({ format: 'json', sessionId: sessionIds[0]! })[0]!.text,
    ) as typeof json;
    expect(one.raterLabels).toBe('session-alias');
    for (const r of one.sessions[0]!.raters) {
      expect(r.sessionAlias).toBeUndefined();
      expect(personBySeat.has(`${sessionIds[0]}|${r.alias}`)).toBe(true);
    }
  });

  it('FACETS: every session in one run, sessions a dummy facet, rater x session asked for', () => {
    const [spec, data] = exportAll('facets');
    expect(spec!.fileName).toBe('concord-ratings.spec.txt');
    const read = readFacetsSpec(spec!.text);
    expect(read.facets).toBe(4);
    expect(read.labels.map((b) => [b.name, b.anchoring])).toEqual([
      ['Samples', ''],
      ['Raters', ''],
      ['Criteria', ''],
      ['Sessions', 'D'],
    ]);
    expect(read.models.map((m) => [...m.terms, m.scale.code].join(','))).toEqual(['?,?B,?,?B,R4K']);
    expect(read.comments.join(' ')).toMatch(/same teacher in every session/);
    const summaries = app.services.sessions.list();
    const chronological = [...summaries].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    expect([...read.labels[3]!.elements.values()]).toEqual(
      chronological.map((s) => `${s.heldOn} ${s.title}`.replace(/[,;=*]/g, ' ')),
    );
    const label = new Map(
      chronological.map((s) => [s.id, `${s.heldOn} ${s.title}`.replace(/[,;=*]/g, ' ')]),
    );
    const long = rowsOf(exportAll('long')[0]!.text).filter((r) => r.score !== '');
    const observations = readFacetsData(read, data!.text);
    const byRater = new Map<string, string[]>();
    for (const o of observations) {
      const [sample, rater, criterion, session] = labelled(read, o);
      push(byRater, rater!, [session, sample, criterion, o.score].join('|'));
    }
    eachLabelIsOnePerson(
      byRater,
      storedByPerson((s) =>
        [
          label.get(s.sessionId),
          codes.get(s.sampleId),
          criterionNames.get(s.criterionId),
          s.score,
        ].join('|'),
      ),
    );
    const observed = observations.map((o) => [...labelled(read, o), o.score].join('|'));
    expect(observed.sort()).toEqual(
      long
        .map((r) => [r.sample, r.rater, r.criterion, label.get(r.session!), r.score].join('|'))
        .sort(),
    );
  });

  it('names raters by name only when asked, the session alias still beside them', () => {
    const rows = rowsOf(exportAll('long', true)[0]!.text);
    const names = new Map(
      sessionIds.flatMap((id) =>
        app.services.sessions.get(id, { role: 'owner' }).raters.map((r) => [r.personId, r.name]),
      ),
    );
    for (const r of rows)
      expect(r.rater).toBe(names.get(personBySeat.get(`${r.session}|${r.session_alias}`)!));
  });

  it('one session, however it is asked for, keeps its own aliases and columns', () => {
    for (const scope of [{ sessionId: sessionIds[1]! }, { sessionIds: [sessionIds[1]!] }]) {
      const text = app.services.exchange.exportRatings({ format: 'long', ...scope })[0]!.text;
      expect(text.split('\n')[0]).toBe('session,round,sample,rater,criterion,score');
      for (const r of rowsOf(text))
        expect(personBySeat.has(`${sessionIds[1]}|${r.rater}`), r.rater).toBe(true);
    }
  });
});

describe('FACETS of rounds and rubrics', () => {
  const temp = tempApps();

  function twoRounds(services: Services) {
    const fx = scoringFixture(services);
    const score = (round: number) => {
      fx.raterIds.forEach((raterId, i) =>
        fx.sampleIds.forEach((sampleId) =>
          fx.criterionIds.forEach((criterionId) =>
            services.scoring.record(
              {
                sessionId: fx.sessionId,
                sampleId,
                criterionId,
                raterId,
                note: '',
                score: i + round,
              },
              OWNER,
            ),
          ),
        ),
      );
    };
    score(1);
    services.sessions.reveal(fx.sessionId, undefined, OWNER);
    services.sessions.startSecondRound(fx.sessionId, OWNER);
    score(2);
    return fx;
  }

  it('gives a session scored twice a round facet, and one round none', async () => {
    const a = temp();
    const fx = twoRounds(a.services);
    const both = await dispatch(a.services, OWNER, 'exports.ratings', {
      sessionId: fx.sessionId,
      format: 'facets',
    });
    if (!both.ok) throw new Error(JSON.stringify(both));
    const [spec, data] = (both.result as { files: { text: string }[] }).files;
    const read = readFacetsSpec(spec!.text);
    expect(read.labels.map((b) => b.name)).toEqual(['Samples', 'Raters', 'Criteria', 'Rounds']);
    expect(read.models.map((m) => m.terms.join(','))).toEqual(['?,?B,?,?B']);
    const observations = readFacetsData(read, data!.text);
    expect(observations).toHaveLength(24);
    // Rater i gave i + round: the round element is the round, the score follows it.
    const aliasIndex = new Map(fx.aliases.map((alias, i) => [alias, i]));
    for (const o of observations) {
      const [, rater, , round] = labelled(read, o);
      expect(o.score).toBe(aliasIndex.get(rater!)! + Number(round!.replace('Round ', '')));
    }
    const one = readFacetsSpec(
      a.services.exchange.exportRatings({ sessionId: fx.sessionId, format: 'facets', round: 2 })[0]!
        .text,
    );
    expect(one.facets).toBe(3);
  });

  it('refuses one FACETS run over two rubrics, and takes the sessions of one', async () => {
    const a = temp();
    const fx = twoRounds(a.services);
    const other = a.services.rubrics.create({
      title: 'Lab reports',
      description: '',
      gradeBandId: null,
      levels: FOUR_LEVELS,
      criteria: [{ name: 'Method', competencyId: null, descriptors: descriptorsFor('Method') }],
    });
    const session = a.services.sessions.create({
      title: 'Lab moderation',
      heldOn: '2026-11-02',
      rubricVersionId: other.id,
      facilitatorId: null,
      options: DEFAULT_SESSION_OPTIONS,
      sampleIds: fx.sampleIds,
      raterIds: fx.raterIds,
    });
    a.services.sessions.start(session.id, OWNER);
    a.services.scoring.record(
      {
        sessionId: session.id,
        sampleId: fx.sampleIds[0]!,
        criterionId: other.criteria[0]!.id,
        raterId: fx.raterIds[0],
        note: '',
        score: 2,
      },
      OWNER,
    );
    const refused = await dispatch(a.services, OWNER, 'exports.ratings', { format: 'facets' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(refused)).toMatch(/one rubric/);
    const chosen = await dispatch(a.services, OWNER, 'exports.ratings', {
      format: 'facets',
      sessionIds: [session.id],
    });
    expect(chosen.ok).toBe(true);
    const both = await dispatch(a.services, OWNER, 'exports.ratings', {
      format: 'long',
      sessionIds: [fx.sessionId, session.id],
    });
    if (!both.ok) throw new Error(JSON.stringify(both));
    const text = (both.result as { files: { text: string }[] }).files[0]!.text;
    expect(text.split('\n')[0]).toMatch(/,session_alias$/);
    const mixed = await dispatch(a.services, OWNER, 'exports.ratings', {
      format: 'long',
      sessionId: fx.sessionId,
      sessionIds: [session.id],
    });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
