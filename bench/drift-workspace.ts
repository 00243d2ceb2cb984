// A real workspace (SQLite in a temporary folder) holding the drift benchmark's data: one rubric
// (5 criteria x 4 levels), 2,000 samples (200 anchors), 30 raters and 100 closed sessions with
// their round-1 scores and consensus, written in bulk through the store (the per-score checks of
// the scoring service are not what is measured here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../src-main/app.js';
import type { OpenedApp } from '../src-main/app.js';
import { DEFAULT_SESSION_OPTIONS } from '../src-main/domain/session.js';
import type {
  AnchorReference,
  ConsensusScore,
  MonitorRating,
  SessionInfo,
} from '../src-main/stats/index.js';

export interface DriftData {
  ratings: MonitorRating[];
  consensus: ConsensusScore[];
  anchors: AnchorReference[];
  sessions: SessionInfo[];
  raters: string[];
  criteria: string[];
  levels: number[];
}

export interface DriftWorkspace extends OpenedApp {
  dispose(): void;
}

const OWNER = { role: 'owner' } as const;

export function buildDriftWorkspace(data: DriftData): DriftWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-drift-'));
  const app = openApp(join(dir, 'workspace.sqlite'));
  const { services, store } = app;
  const rubric = services.rubrics.create({
    title: 'Benchmark rubric',
    description: '',
    gradeBandId: null,
    levels: data.levels.map((value) => ({ value, label: `Level ${value}` })),
    criteria: data.criteria.map((name) => ({
      name,
      competencyId: null,
      descriptors: Object.fromEntries(data.levels.map((v) => [String(v), `${name} at ${v}`])),
    })),
  });
  const criterionId = new Map(rubric.criteria.map((c) => [c.name, c.id]));
  const criterionKey = new Map(rubric.criteria.map((c) => [c.name, c.key]));
  const people = new Map(data.raters.map((r) => [r, services.library.addPerson(r, ['rater']).id]));

  // Samples in first-seen order per session.
  const samplesOf = new Map<string, string[]>();
  for (const c of data.consensus) {
    const list = samplesOf.get(c.session) ?? [];
    if (!list.includes(c.sample)) list.push(c.sample);
    samplesOf.set(c.session, list);
  }
  const sampleId = new Map<string, string>();
  store.transaction(() => {
    for (const name of new Set(data.consensus.map((c) => c.sample))) {
      const bytes = new TextEncoder().encode(`benchmark sample ${name}`);
      sampleId.set(
        name,
        services.samples.add({
          kind: 'text',
          file: { bytes, mediaType: 'text/plain' },
          original: { bytes, mediaType: 'text/plain', fileName: `${name}.txt` },
          studentName: null,
        }).id,
      );
    }
    const anchors = new Map<string, AnchorReference[]>();
    for (const a of data.anchors) anchors.set(a.sample, [...(anchors.get(a.sample) ?? []), a]);
    for (const [sample, refs] of anchors) {
      store.samples.setAnchorScores(
        sampleId.get(sample)!,
        rubric.rubricId,
        refs.map((a) => ({
          criterionKey: criterionKey.get(a.criterion)!,
          score: a.score,
          rationale: '',
        })),
      );
    }
  });

  const sessionId = new Map<string, string>();
  for (const s of data.sessions) {
    const created = services.sessions.create({
      title: s.id,
      heldOn: s.date,
      rubricVersionId: rubric.id,
      facilitatorId: null,
      options: { ...DEFAULT_SESSION_OPTIONS, rounds: 1 },
      sampleIds: samplesOf.get(s.id)!.map((name) => sampleId.get(name)!),
      raterIds: data.raters.map((r) => people.get(r)!),
    });
    services.sessions.start(created.id, OWNER);
    sessionId.set(s.id, created.id);
  }
  store.transaction(() => {
    for (const r of data.ratings) {
      store.scores.record(
        {
          sessionId: sessionId.get(r.session)!,
          round: 1,
          sampleId: sampleId.get(r.sample)!,
          raterId: people.get(r.rater)!,
          criterionId: criterionId.get(r.criterion)!,
          score: r.score,
          note: '',
        },
        'owner',
      );
    }
  });
  for (const id of sessionId.values()) services.sessions.reveal(id, undefined, OWNER);
  store.transaction(() => {
    for (const c of data.consensus) {
      store.scores.putConsensus(
        {
          sessionId: sessionId.get(c.session)!,
          sampleId: sampleId.get(c.sample)!,
          criterionId: criterionId.get(c.criterion)!,
          score: c.score,
          rationale: '',
        },
        'owner',
      );
    }
  });
  for (const id of sessionId.values()) services.sessions.close(id, OWNER);
  return {
    ...app,
    dispose() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
