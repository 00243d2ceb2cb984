// The default workspace moves from the roaming %APPDATA% to the local folder: copied once through
// SQLite's backup API (what is still in the write-ahead log comes along), the original untouched.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import {
  copyLegacyWorkspace,
  copyNoteFor,
  legacyWorkspaceToCopy,
  settleDefaultWorkspace,
} from '../../src-main/store/legacy-workspace.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
const newDir = () => {
  const dir = tempDir('concord-legacy-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('legacyWorkspaceToCopy', () => {
  const exists = (files: string[]) => (file: string) => files.includes(file);
  it('copies only into an empty place that never had a copy, from the first old file found', () => {
    const target = '/local/Concord/workspace.sqlite';
    const old = ['/roaming/Concord/workspace.sqlite'];
    expect(legacyWorkspaceToCopy(target, old, exists(old))).toBe(old[0]);
    expect(legacyWorkspaceToCopy(target, old, exists([...old, target]))).toBeNull();
    expect(legacyWorkspaceToCopy(target, old, exists([...old, copyNoteFor(target)]))).toBeNull();
    expect(legacyWorkspaceToCopy(target, old, exists([]))).toBeNull();
    expect(legacyWorkspaceToCopy(target, [target], exists([target]))).toBeNull();
  });
});

describe('copyLegacyWorkspace', () => {
  it('copies what is still in the old file’s log, leaves the old file as it was, and only once', async () => {
    const root = newDir();
    const old = path.join(root, 'Roaming', 'Concord', 'workspace.sqlite');
    const target = path.join(root, 'Local', 'Concord', 'workspace.sqlite');
    // An older Concord still has it open: the new person is in the -wal, not yet in the file.
    const running = openApp(old);
    running.services.library.addPerson('Ada Byron', ['rater']);
    expect(existsSync(`${old}-wal`)).toBe(true);
    const before = hash(old);

    const outcome = await copyLegacyWorkspace(target, [old], new Date('2026-09-01T08:00:00Z'));
    expect(outcome).toEqual({ kind: 'copied', from: old, to: target });
    expect(hash(old)).toBe(before);
    running.close();

    const copy = openApp(target);
    try {
      expect(copy.services.library.people().map((p) => p.name)).toEqual(['Ada Byron']);
    } finally {
      copy.close();
    }
    expect(readFileSync(copyNoteFor(target), 'utf8')).toContain(
      `copied its workspace here from ${old}`,
    );
    expect(existsSync(`${target}.copying`)).toBe(false);

    // Once: a workspace deleted on purpose is not brought back.
    rmSync(target);
    expect(await copyLegacyWorkspace(target, [old])).toEqual({ kind: 'none' });
    expect(existsSync(target)).toBe(false);
  });

  it('says why when the old file is no workspace, and leaves nothing half-made', async () => {
    const root = newDir();
    const old = path.join(root, 'old', 'workspace.sqlite');
    mkdirSync(path.dirname(old));
    writeFileSync(old, 'not a database at all, just text that is long enough to be read');
    const target = path.join(root, 'new', 'workspace.sqlite');
    const outcome = await copyLegacyWorkspace(target, [old]);
    expect(outcome).toMatchObject({ kind: 'failed', from: old, to: target });
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.copying`)).toBe(false);
    expect(existsSync(copyNoteFor(target))).toBe(false);

    // The caller then opens the old file where it is, and hears why.
    const heard: string[] = [];
    expect(await settleDefaultWorkspace((o) => heard.push(o.kind), target, [old])).toBe(old);
    expect(heard).toEqual(['failed']);
  });

  it('opens the usual place when there is nothing to copy', async () => {
    const root = newDir();
    const target = path.join(root, 'workspace.sqlite');
    const heard: string[] = [];
    expect(await settleDefaultWorkspace((o) => heard.push(o.kind), target, [])).toBe(target);
    expect(heard).toEqual([]);
  });
});
