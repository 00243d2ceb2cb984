// Electron stays in src-main/electron/: everything else runs under plain Node, where even
// require('electron') tries to download a binary. The pure modules of the shell must not load it
// at runtime either, since the unit tests import them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const electronDir = path.join(repo, 'src-main', 'electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const patterns = [
    /\b(import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const match of text.matchAll(patterns[0]!)) {
    found.push({ specifier: match[3]!, typeOnly: match[2] !== undefined });
  }
  for (const pattern of patterns.slice(1)) {
    for (const match of text.matchAll(pattern))
      found.push({ specifier: match[1]!, typeOnly: false });
  }
  return found;
}

const isElectron = (specifier: string) =>
  specifier === 'electron' || specifier.startsWith('electron/');
const relativeToRepo = (file: string) => path.relative(repo, file).split(path.sep).join('/');

describe('where Electron may be imported', () => {
  it('sees the import forms it checks', () => {
    const sample = path.join(electronDir, 'preload.ts');
    expect(importsOf(sample).map((i) => i.specifier)).toContain('electron');
  });

  it('only src-main/electron/ imports electron', () => {
    const offenders = [
      ...sourceFiles(path.join(repo, 'src-main')),
      ...sourceFiles(path.join(repo, 'src-renderer')),
    ]
      .filter((file) => !file.startsWith(electronDir + path.sep))
      .filter((file) => importsOf(file).some((i) => isElectron(i.specifier)))
      .map(relativeToRepo);
    expect(offenders).toEqual([]);
  });

  it('the preload imports only electron and the channel names, which import nothing', () => {
    const preload = importsOf(path.join(electronDir, 'preload.ts')).map((i) => i.specifier);
    expect(new Set(preload)).toEqual(new Set(['electron', './channels.js']));
    expect(importsOf(path.join(electronDir, 'channels.ts'))).toEqual([]);
  });

  it('the pure modules of the shell use Electron for types only, all the way down', () => {
    const electronSide = new Set([
      'main.ts',
      'window.ts',
      'ipc.ts',
      'menu.ts',
      'dialogs.ts',
      'guards.ts',
      'protocol.ts',
      'preload.ts',
      'crash-handling.ts',
      'help-actions.ts',
    ]);
    const pure = readdirSync(electronDir).filter(
      (name) => name.endsWith('.ts') && !electronSide.has(name),
    );
    expect(pure.length).toBeGreaterThan(5);

    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (isElectron(specifier) && !typeOnly) offenders.push(relativeToRepo(file));
        if (specifier.startsWith('.') && !typeOnly) {
          visit(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
        }
      }
    };
    for (const name of pure) visit(path.join(electronDir, name));
    expect(offenders).toEqual([]);
  });
});
