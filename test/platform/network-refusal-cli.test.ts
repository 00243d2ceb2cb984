// The refusal applies wherever a workspace is opened for writing: here through the `concord`
// command line, with statfs answering "CIFS" for one folder (vi.mock of node:fs).
import type * as fs from 'node:fs';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { tempDir } from '../helpers/workspace.js';
import { runConcord } from '../helpers/cli.js';

const share = vi.hoisted(() => ({ folder: '' }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    statfsSync: ((file: string, options?: unknown) =>
      share.folder !== '' && file.startsWith(share.folder)
        ? { ...real.statfsSync(file), type: 0xff534d42 }
        : real.statfsSync(file, options as undefined)) as typeof real.statfsSync,
  };
});

const dir = tempDir('concord-share-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.platform !== 'linux')('a workspace on a network drive', () => {
  it('is refused by the CLI, naming the file, and left as it was', async () => {
    const folder = path.join(dir, 'share');
    const onShare = path.join(folder, 'ws.sqlite');
    openApp(onShare).close(); // made before the folder counts as a share
    const before = readFileSync(onShare);
    share.folder = folder;

    const run = await runConcord(['rubric', 'list', '--workspace', onShare]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `concord rubric: The workspace ${onShare} is on an SMB/CIFS network drive.`,
    );
    expect(readFileSync(onShare).equals(before)).toBe(true);
    expect(existsSync(`${onShare}-wal`)).toBe(false);

    // Nothing is made on the share for a new workspace either, not even its folder.
    expect(() => openApp(path.join(folder, 'new', 'ws.sqlite'))).toThrow(/network drive/);
    expect(existsSync(path.join(folder, 'new'))).toBe(false);
  });

  it('still opens a workspace on this computer’s disk', async () => {
    const local = path.join(dir, 'local', 'ws.sqlite');
    openApp(local).close();
    expect((await runConcord(['rubric', 'list', '--workspace', local])).code).toBe(0);
  });
});
