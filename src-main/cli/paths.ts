import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Concord's package.json, whether running from source or from out/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const name = (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name;
      if (name === 'concord') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Concord package folder.');
    dir = parent;
  }
}

export function rendererDir(): string {
  return join(packageRoot(), 'out', 'renderer');
}
