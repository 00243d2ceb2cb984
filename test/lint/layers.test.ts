// The layer rule is the table in docs/ARCHITECTURE.md made executable: the two must say the same,
// and the rule must refuse what the table forbids.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layers, { LAYERS } from '../../eslint-rules/layers.js';

const repo = path.resolve(import.meta.dirname, '../..');
const NAMES = [...Object.keys(LAYERS).filter((l) => l !== '(top)'), 'app.ts'];

/** Each table row's layer with what its "may import" cell lists, and what it allows as types. */
function tableOfArchitecture(): Map<string, { may: string[]; types: string[] }> {
  const doc = readFileSync(path.join(repo, 'docs/ARCHITECTURE.md'), 'utf8');
  const rows = new Map<string, { may: string[]; types: string[] }>();
  for (const line of doc.split('\n')) {
    const row = /^\| `src-main\/([a-z]+)\/` \|.*\| ([^|]+) \|$/.exec(line);
    if (!row) continue;
    const [first = '', ...rest] = row[2]!.split(';');
    const words = (text: string) =>
      text
        .split(',')
        .map((item) => item.trim().split(/\s/)[0]!)
        .filter((word) => NAMES.includes(word))
        .map((word) => (word === 'app.ts' ? '(top)' : word));
    const types = rest.flatMap((part) => (/as types only/.test(part) ? words(part) : []));
    rows.set(row[1]!, { may: words(first), types });
  }
  const top = /`src-main\/app.ts`[^\n]*\(it may import ([^)]+)\)/.exec(doc);
  if (top) rows.set('(top)', { may: top[1]!.split(',').map((w) => w.trim()), types: [] });
  return rows;
}

function lint(file: string, code: string) {
  const linter = new Linter({ cwd: repo });
  return linter
    .verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser as Linter.Parser },
          plugins: { concord: layers },
          rules: { 'concord/layers': 'error' },
        },
      ],
      path.join(repo, file),
    )
    .map((m) => m.message);
}

describe('the layer rule', () => {
  it('says what docs/ARCHITECTURE.md says, row by row', () => {
    const table = tableOfArchitecture();
    expect([...table.keys()].sort()).toEqual(Object.keys(LAYERS).sort());
    for (const [layer, rule] of Object.entries(LAYERS)) {
      expect([...table.get(layer)!.may].sort(), layer).toEqual([...rule.may].sort());
      expect([...table.get(layer)!.types].sort(), layer).toEqual([...(rule.types ?? [])].sort());
    }
  });

  it('refuses an import the table forbids, naming both layers', () => {
    expect(lint('src-main/domain/x.ts', "import { a } from '../stats/index.js';\nvoid a;")).toEqual(
      [
        'domain/ may not import stats/ (docs/ARCHITECTURE.md: domain/ may import nothing outside itself).',
      ],
    );
    expect(lint('src-main/api/x.ts', "export { b } from '../store/index.js';")).toHaveLength(1);
    expect(
      lint('src-main/stats/x.ts', "const m = import('../jobs/runner.js');\nvoid m;"),
    ).toHaveLength(1);
  });

  it('allows what a row lists, its own layer, and type-only imports where the row says so', () => {
    expect(
      lint('src-main/formats/x.ts', "import { a } from '../stats/index.js';\nvoid a;"),
    ).toEqual([]);
    expect(lint('src-main/formats/deep/x.ts', "import { a } from '../y.js';\nvoid a;")).toEqual([]);
    const typeOnly =
      "import type { DriftService } from '../services/drift.js';\nexport type D = DriftService;";
    expect(lint('src-main/reports/x.ts', typeOnly)).toEqual([]);
    expect(
      lint(
        'src-main/reports/x.ts',
        "import { driftService } from '../services/drift.js';\nvoid driftService;",
      ),
    ).toHaveLength(1);
  });

  it('leaves files outside src-main and packages alone', () => {
    expect(lint('test/x.ts', "import { a } from '../src-main/store/index.js';\nvoid a;")).toEqual(
      [],
    );
    expect(lint('src-main/domain/x.ts', "import { z } from 'zod';\nvoid z;")).toEqual([]);
  });
});
