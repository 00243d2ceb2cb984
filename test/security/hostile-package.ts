// Session packages with hostile samples added: genuine packages (exported from a fresh workspace
// holding the scoring fixture) whose manifest and entries also carry the given samples, so each
// test meets only the one thing it is about.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { sha256Hex } from '../../src-main/store/samples-repo.js';
import type { TempApp } from '../helpers/workspace.js';
import { scoringFixture } from '../helpers/workspace.js';

export interface HostileSample {
  code: string;
  kind: string;
  mediaType: string;
  bytes: Uint8Array;
}

interface ManifestSample {
  id: string;
  code: string;
  kind: string;
  mediaType: string;
  sha256: string;
  size: number;
  path: string;
}

/**
 * A genuine session package from `source` (which gets the scoring fixture) with these samples
 * added to its session, entries and all; they get the ids hostile-sample-0, -1, ...
 */
export function packageWith(source: TempApp, samples: HostileSample[]): Uint8Array {
  const fx = scoringFixture(source.services);
  const entries = unzipSync(source.services.exchange.exportPackage(fx.sessionId).bytes);
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
    session: { samples: ManifestSample[] };
  };
  for (const [i, s] of samples.entries()) {
    const sha256 = sha256Hex(s.bytes);
    const path = `samples/${sha256}`;
    manifest.session.samples.push({
      id: `hostile-sample-${i}`,
      code: s.code,
      kind: s.kind,
      mediaType: s.mediaType,
      sha256,
      size: s.bytes.byteLength,
      path,
    });
    entries[path] = new Uint8Array(s.bytes);
  }
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(entries);
}
