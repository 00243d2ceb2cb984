// The re-identification table (student names, original file names) stays with the owner: it is
// in no export, package, exported sample file, rater answer or log line, and every look at it
// is written to the audit log.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src-main/api/contract.js';
import { dispatch } from '../../src-main/api/dispatcher.js';
import { routes } from '../../src-main/api/router.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { startHttpServer } from '../../src-main/transports/http.js';
import { makeDocx } from '../formats/samples/helpers.js';
import { runConcord } from '../helpers/cli.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp, tempDir } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
const OWNER_TOKEN = 'owner-token-for-privacy-tests-0123456789';
const ROSTER = ['Quillon Vasquez', 'Tobias Wrenfield'];

let app: TempApp;
let outDir: string;
let sessionId: string;
let raters: Actor[];
/** Every student name and original file name in the workspace's re-identification table. */
let secrets: string[];
const outputs: { what: string; text: string }[] = [];
const logged: string[] = [];

async function owner(method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(app.services, OWNER, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.result;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

beforeAll(async () => {
  // Everything the app or server writes to the console while this test runs counts as log.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
  app = openTempApp();
  outDir = tempDir('concord-privacy-out-');
  expect(app.services.demo.load()).toBe(true);

  const imported = (await owner('samples.import', {
    roster: ROSTER,
    files: [
      {
        name: 'Quillon Vasquez - bridge essay.txt',
        base64: base64(
          new TextEncoder().encode('Essay by Quillon Vasquez\n\nThe bridge is cheaper.'),
        ),
      },
      {
        name: 'Tobias_Wrenfield_lab.docx',
        base64: base64(
          makeDocx(['<w:r><w:t>Lab report by Tobias Wrenfield, period 2.</w:t></w:r>']),
        ),
      },
    ],
  })) as { results: { status: string; sampleId?: string }[] };
  expect(imported.results.map((r) => r.status)).toEqual(['imported', 'imported']);

  // A session scoring the new samples beside two demo samples, scored, revealed.
  const demo = app.services.sessions.list()[0]!;
  const detail = app.services.sessions.get(demo.id, OWNER);
  const sampleIds = [...imported.results.map((r) => r.sampleId!), ...detail.sampleIds.slice(0, 2)];
  const raterIds = detail.raters.slice(0, 3).map((r) => r.personId);
  const created = (await owner('sessions.create', {
    title: 'Privacy check',
    heldOn: '2026-11-23',
    rubricVersionId: detail.rubricVersionId,
    facilitatorId: null,
    sampleIds,
    raterIds,
  })) as { id: string };
  sessionId = created.id;
  await owner('sessions.start', { sessionId });
  const rubric = app.services.rubrics.resolveVersion(detail.rubricVersionId);
  raters = raterIds.map((personId) => ({ role: 'rater', sessionId, personId }));
  for (const [r, rater] of raters.entries()) {
    for (const [s, sampleId] of sampleIds.entries()) {
      for (const criterion of rubric.criteria) {
        const result = await dispatch(app.services, rater, 'scores.record', {
          sessionId,
          sampleId,
          criterionId: criterion.id,
          score: rubric.levels[(r + s) % rubric.levels.length]!.value,
          note: `note ${r}-${s}`,
        });
        expect(result.ok).toBe(true);
      }
    }
  }

  const identities = app.store.workspace.db
    .prepare('SELECT student_name, original_file_name FROM sample_identities')
    .all() as { student_name: string | null; original_file_name: string }[];
  secrets = identities.flatMap((i) => [i.student_name ?? '', i.original_file_name]);
  secrets = [...new Set(secrets.filter((s) => s.length >= 4))];
  expect(secrets).toEqual(expect.arrayContaining([...ROSTER, 'Tobias_Wrenfield_lab.docx']));
  expect(secrets.length).toBeGreaterThan(8);
}, 120_000);

afterAll(() => {
  vi.restoreAllMocks();
  app.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

/** Names as they may be written: as stored, and in the forms a file may hold them. */
function leaksIn(text: string): string[] {
  const lower = text.toLowerCase();
  return secrets.filter((secret) => {
    const forms = [secret, secret.replace(/\s+/g, '_'), encodeURIComponent(secret)];
    return forms.some((form) => lower.includes(form.toLowerCase()));
  });
}

describe('the re-identification table never leaves the owner', () => {
  it('is in no ratings export, in any format, with or without rater names', async () => {
    for (const format of ['long', 'wide', 'facets', 'json'] as const) {
      for (const names of [false, true]) {
        // FACETS holds one session; the others may also export every session at once.
        for (const scope of format === 'facets' ? [{ sessionId }] : [{ sessionId }, {}]) {
          const { files } = (await owner('exports.ratings', { ...scope, format, names })) as {
            files: { fileName: string; text: string }[];
          };
          for (const file of files)
            outputs.push({ what: `exports.ratings ${format}`, text: file.fileName + file.text });
        }
      }
    }
    for (const output of outputs) expect(leaksIn(output.text), output.what).toEqual([]);
  });

  it('is in no session package, of either kind, entry names included', async () => {
    for (const kind of ['session', 'scores'] as const) {
      const pkg = (await owner('packages.exportSession', { sessionId, kind, names: true })) as {
        fileName: string;
        base64: string;
      };
      const entries = unzipSync(Buffer.from(pkg.base64, 'base64'));
      const text = [
        pkg.fileName,
        ...Object.entries(entries).map(
          ([name, bytes]) => name + Buffer.from(bytes).toString('latin1'),
        ),
      ].join('\n');
      expect(leaksIn(text), `package ${kind}`).toEqual([]);
      // A session package carries the anonymized files; a scores package only the manifest.
      if (kind === 'session') expect(Object.keys(entries).length).toBeGreaterThan(1);
    }
  });

  it('is in no report, session (team and owner copies) or rater', async () => {
    const known: readonly string[] = METHOD_NAMES;
    expect(known).toContain('reports.html');
    // Reports cover revealed scores; from here on raters see everyone's scores too.
    await owner('sessions.reveal', { sessionId });
    const requests = [
      { kind: 'session', sessionId, copy: 'team' },
      { kind: 'session', sessionId, copy: 'owner' },
      ...raters.map((r) => ({ kind: 'rater', personId: r.role === 'rater' ? r.personId : '' })),
    ];
    for (const request of requests) {
      const report = (await owner('reports.html', request)) as { html: string; baseName: string };
      expect(report.html.length).toBeGreaterThan(500);
      expect(leaksIn(report.baseName + report.html), JSON.stringify(request)).toEqual([]);
    }
  });

  it('is in no exported sample file (concord samples export), names or bytes', async () => {
    const run = await runConcord(['samples', 'export', '--workspace', app.path, '--out', outDir]);
    expect(run.code).toBe(0);
    const files = readdirSync(outDir);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const bytes = readFileSync(join(outDir, file));
      expect(leaksIn(file + bytes.toString('latin1') + bytes.toString('utf8')), file).toEqual([]);
    }
    expect(leaksIn(run.stdout + run.stderr)).toEqual([]);
  }, 60_000);

  it('is in no answer the api gives a rater, over HTTP, nor in the server log', async () => {
    const server = await startHttpServer({
      services: app.services,
      ownerToken: OWNER_TOKEN,
      staticDir: null,
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const session = app.services.sessions.get(sessionId, OWNER);
      const samples = session.sampleIds;
      let answered = 0;
      for (const rater of raters.slice(0, 2)) {
        if (rater.role !== 'rater') continue;
        const token = app.services.sessions.issueRaterToken(sessionId, rater.personId);
        for (const method of METHOD_NAMES) {
          if (routes[method].access === 'owner') continue;
          for (const input of [
            { sessionId },
            // An imported sample and a demo one.
            ...[samples[0], samples[2]].map((sampleId) => ({ sessionId, sampleId })),
            { sessionId, round: 1 },
            {},
          ]) {
            const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify(input),
            });
            const text = await response.text();
            if (response.status === 200) answered++;
            expect(leaksIn(text), `${method} ${JSON.stringify(input)}`).toEqual([]);
          }
        }
      }
      expect(answered).toBeGreaterThan(10);
    } finally {
      await server.close();
    }
    expect(leaksIn(logged.join('\n'))).toEqual([]);
  });
});

describe('the audit log', () => {
  const entriesFor = (sampleId: string) =>
    app.store.access.auditEntries(sampleId).map((e) => e.action);

  it('records each time the owner is shown a sample’s identity or opens its original', async () => {
    const sampleId = app.services.sessions.get(sessionId, OWNER).sampleIds[0]!;
    expect(entriesFor(sampleId)).not.toContain('sample.identity_shown');
    const identity = (await owner('samples.identity', { sampleId })) as { studentName: string };
    expect(ROSTER).toContain(identity.studentName);
    // The detector used above does see a name where one is.
    expect(leaksIn(JSON.stringify(identity))).toContain(identity.studentName);
    await owner('samples.identity', { sampleId });
    await owner('samples.original', { sampleId });
    expect(entriesFor(sampleId).filter((a) => a.startsWith('sample.'))).toEqual([
      'sample.identity_shown',
      'sample.identity_shown',
      'sample.original_opened',
    ]);
    const entry = app.store.access.auditEntries(sampleId).at(-1)!;
    expect(entry.actor).toBe('owner');
  });

  it('records nothing when a rater is refused', async () => {
    const sampleId = app.services.sessions.get(sessionId, OWNER).sampleIds[1]!;
    for (const method of ['samples.identity', 'samples.original']) {
      const result = await dispatch(app.services, raters[0]!, method, { sampleId });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(entriesFor(sampleId).filter((a) => a.startsWith('sample.'))).toEqual([]);
  });
});
