import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinaryPath } from '../../scripts/electron-binary.js';
import { workspaceArgs } from '../../scripts/start-args.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakePackage(): { pkg: string; electronDir: string } {
  const pkg = tempDir('concord-start-');
  dirs.push(pkg);
  const electronDir = path.join(pkg, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  return { pkg, electronDir };
}

describe('electronBinaryPath', () => {
  it('is null while the electron package has not downloaded its binary', () => {
    const { pkg } = fakePackage();
    expect(electronBinaryPath(pkg)).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    const { pkg, electronDir } = fakePackage();
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    expect(electronBinaryPath(pkg)).toBeNull();
  });

  it('is the binary under dist/ that path.txt names', () => {
    const { pkg, electronDir } = fakePackage();
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    mkdirSync(path.join(electronDir, 'dist'));
    const binary = path.join(electronDir, 'dist', 'electron');
    writeFileSync(binary, '#!/bin/sh\n');
    chmodSync(binary, 0o755);
    expect(electronBinaryPath(pkg)).toBe(binary);
  });

  it('is null for an empty path.txt', () => {
    const { pkg, electronDir } = fakePackage();
    writeFileSync(path.join(electronDir, 'path.txt'), '');
    mkdirSync(path.join(electronDir, 'dist'));
    expect(electronBinaryPath(pkg)).toBeNull();
  });
});

describe('workspaceArgs', () => {
  it('passes --workspace on as an absolute path, in either spelling', () => {
    expect(workspaceArgs(['--workspace', 'team.sqlite'], '/home/t')).toEqual([
      '--workspace',
      path.resolve('/home/t', 'team.sqlite'),
    ]);
    expect(workspaceArgs(['--workspace=/data/ws.sqlite'], '/home/t')).toEqual([
      '--workspace',
      path.resolve('/data/ws.sqlite'),
    ]);
  });

  it('passes nothing else on', () => {
    expect(workspaceArgs([], '/x')).toEqual([]);
    expect(workspaceArgs(['--demo', '--port', '80'], '/x')).toEqual([]);
    expect(workspaceArgs(['--workspace'], '/x')).toEqual([]);
    expect(workspaceArgs(['--workspace='], '/x')).toEqual([]);
  });
});
