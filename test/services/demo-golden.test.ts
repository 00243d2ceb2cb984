// Golden outputs on the demo workspace: the drift report, the Rasch estimate, every ratings export,
// both packages and an import, pinned to the last digit so that a refactor of computeDrift,
// estimateRasch or the exchange service is shown to change nothing. Ids, sample codes and clocks
// are made deterministic (seeded randomBytes, a fixed date) so the whole output can be compared.
import { createHash } from 'node:crypto';
import type * as NodeCrypto from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { golden } from '../helpers/golden.js';
import { openTempApp } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import type { ExportFile } from '../../src-main/services/exchange.js';

// vi.mock is hoisted above the imports: the helper is loaded inside the factory.
vi.mock('node:crypto', async (importOriginal: () => Promise<typeof NodeCrypto>) =>
  (await import('../helpers/seeded-crypto.js')).seededCrypto(importOriginal),
);

let app: TempApp;
let other: TempApp;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-02T09:30:00.000Z') });
  app = openTempApp();
  app.services.demo.load();
  other = openTempApp();
});
afterAll(() => {
  app.dispose();
  other.dispose();
  vi.useRealTimers();
});

/**
 * Export files as pinned: CSV and FACETS text in full; a session JSON (tens of kilobytes per
 * session) by its SHA-256, length and opening, which pins it as exactly while keeping the snapshot
 * readable.
 */
function pinned(files: ExportFile[]) {
  return files.map((f) =>
    f.mediaType === 'application/json'
      ? {
          ...f,
          text: {
            sha256: createHash('sha256').update(f.text).digest('hex'),
            length: f.text.length,
            opening: f.text.slice(0, 400),
          },
        }
      : f,
  );
}

/** A package as text: its entries' names and sizes, and the manifest itself. */
function unpacked(bytes: Uint8Array) {
  const entries = unzipSync(bytes);
  return {
    entries: Object.entries(entries).map(([name, data]) => `${name} ${data.length}`),
    manifest: JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as unknown,
  };
}

describe('demo workspace golden outputs', () => {
  it('drift report', () => {
    expect(golden(app.services.drift.report(), 5)).toMatchSnapshot();
  });

  it('Rasch estimate', () => {
    expect(golden(app.services.drift.rasch(), 4)).toMatchSnapshot();
  });

  it('ratings exports of one session, in every format, with aliases and with names', () => {
    const sessionId = app.services.sessions.list()[0]!.id;
    for (const format of ['long', 'wide', 'facets', 'json'] as const) {
      for (const names of [false, true]) {
        expect(
          pinned(app.services.exchange.exportRatings({ sessionId, format, names })),
        ).toMatchSnapshot(`${format} names=${names}`);
      }
    }
  });

  it('ratings exports across sessions, in every format, one round and all', () => {
    const ids = app.services.sessions.list().map((s) => s.id);
    for (const format of ['long', 'wide', 'facets', 'json'] as const) {
      expect(pinned(app.services.exchange.exportRatings({ format }))).toMatchSnapshot(
        `${format} all`,
      );
      expect(
        pinned(
          app.services.exchange.exportRatings({
            format,
            sessionIds: ids.slice(1, 3),
            round: 1,
            baseName: 'pair',
          }),
        ),
      ).toMatchSnapshot(`${format} two sessions round 1`);
    }
  });

  it('packages, and importing them into another workspace', async () => {
    const sessionId = app.services.sessions.list()[1]!.id;
    const session = app.services.exchange.exportPackage(sessionId);
    const scores = app.services.exchange.exportPackage(sessionId, { kind: 'scores', names: true });
    expect({ fileName: session.fileName, ...unpacked(session.bytes) }).toMatchSnapshot('session');
    expect({ fileName: scores.fileName, ...unpacked(scores.bytes) }).toMatchSnapshot('scores');
    const first = await other.services.exchange.importPackage(session.bytes, session.fileName);
    const second = await other.services.exchange.importPackage(scores.bytes, scores.fileName);
    const again = await other.services.exchange.importPackage(scores.bytes, scores.fileName);
    expect({ first, second, again }).toMatchSnapshot('import reports');
  });
});
