// The stand-in for Electron that npm run dist:check packs in Electron's place: named as what it
// is, and never able to pass for Electron when run.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAND_IN_MESSAGE, writeElectronStandIn } from '../../scripts/dist-check/stand-in.js';
import { tempDir } from '../helpers/workspace.js';

describe('the stand-in Electron distribution', () => {
  it('says it is a stand-in, in a note and in the executable electron-builder renames', () => {
    const dir = path.join(tempDir('concord-stand-in-'), 'electron-stand-in');
    const executable = writeElectronStandIn(dir);
    expect(readdirSync(dir).sort()).toEqual(['STAND-IN-NOT-ELECTRON.txt', 'electron']);
    expect(path.basename(executable)).toBe('electron');
    expect(readFileSync(path.join(dir, 'STAND-IN-NOT-ELECTRON.txt'), 'utf8')).toContain(
      'This is not Electron',
    );
    expect(statSync(executable).mode & 0o111).not.toBe(0);
    expect(STAND_IN_MESSAGE).toMatch(/cannot run Concord/);
  });

  it.skipIf(process.platform === 'win32')('fails with that message when run', () => {
    const executable = writeElectronStandIn(path.join(tempDir('concord-stand-in-'), 'dist'));
    const run = spawnSync(executable, ['.'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('This is not Electron');
  });
});
