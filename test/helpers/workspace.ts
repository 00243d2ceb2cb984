// Temporary workspaces for tests, and a small session in the scoring phase to exercise rules on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openApp } from '../../src-main/app.js';
import type { OpenedApp } from '../../src-main/app.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import type { Services } from '../../src-main/services/index.js';

export interface TempApp extends OpenedApp {
  dir: string;
  path: string;
  dispose(): void;
}

export function tempDir(prefix = 'concord-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTempApp(): TempApp {
  const dir = tempDir();
  const path = join(dir, 'workspace.sqlite');
  const app = openApp(path);
  return {
    ...app,
    dir,
    path,
    dispose() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A `temp()` that opens a fresh temporary workspace, every one disposed after each test: for
 * tests that need several workspaces (a package from one to another).
 */
export function tempApps(): () => TempApp {
  const apps: TempApp[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.dispose();
  });
  return () => {
    const app = openTempApp();
    apps.push(app);
    return app;
  };
}

export const FOUR_LEVELS = [
  { value: 1, label: 'Not yet' },
  { value: 2, label: 'Emerging' },
  { value: 3, label: 'Proficient' },
  { value: 4, label: 'Advanced' },
];

export function descriptorsFor(name: string): Record<string, string> {
  return Object.fromEntries(FOUR_LEVELS.map((l) => [String(l.value), `${name} at ${l.label}`]));
}

export interface ScoringFixture {
  sessionId: string;
  rubricVersionId: string;
  criterionIds: string[];
  sampleIds: string[];
  raterIds: [string, string, string];
  /** Each rater's alias, in raterIds order: aliases are drawn at random when a session is made. */
  aliases: [string, string, string];
}

/** The tests' rubric: four levels, a criterion of each name with a descriptor at every level. */
export function argumentRubric(services: Services, criteria: readonly string[]) {
  return services.rubrics.create({
    title: 'Argument writing',
    description: '',
    gradeBandId: null,
    levels: FOUR_LEVELS,
    criteria: criteria.map((name) => ({
      name,
      competencyId: null,
      descriptors: descriptorsFor(name),
    })),
  });
}

/** A text sample of each text, student i's (`Student i`, `student-i.txt`). */
export function textSamples(services: Services, texts: readonly string[]): string[] {
  return texts.map((text, i) => {
    const bytes = new TextEncoder().encode(text);
    return services.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: `student-${i}.txt` },
      studentName: `Student ${i}`,
    }).id;
  });
}

/** Ana, Ben and Cleo, raters. */
export function threeRaters(services: Services): [string, string, string] {
  return ['Ana', 'Ben', 'Cleo'].map((name) => services.library.addPerson(name, ['rater']).id) as [
    string,
    string,
    string,
  ];
}

/** A rubric with two criteria, two text samples, three raters, and a session open for scoring. */
export function scoringFixture(services: Services): ScoringFixture {
  const rubric = argumentRubric(services, ['Claim', 'Evidence']);
  const sampleIds = textSamples(services, ['first essay', 'second essay']);
  const raterIds = threeRaters(services);
  const session = services.sessions.create({
    title: 'October moderation',
    heldOn: '2026-10-14',
    rubricVersionId: rubric.id,
    facilitatorId: null,
    options: { ...DEFAULT_SESSION_OPTIONS, randomizeOrder: false, rounds: 2 },
    sampleIds,
    raterIds,
  });
  services.sessions.start(session.id, { role: 'owner' });
  return {
    sessionId: session.id,
    rubricVersionId: rubric.id,
    criterionIds: rubric.criteria.map((c) => c.id),
    sampleIds,
    raterIds,
    aliases: raterIds.map((id) => session.raters.find((r) => r.personId === id)!.alias) as [
      string,
      string,
      string,
    ],
  };
}
