// electron-builder's own reading of the packaging configuration: electron-builder.yml merged
// with package.json as electron-builder merges them, then checked against its schema. Both come
// from app-builder-lib's internals (electron-builder is pinned exactly in package.json).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const builderConfig = () => require('app-builder-lib/out/util/config/config.js');

/** electron-builder.yml as electron-builder reads it, merged over its defaults. */
export async function loadBuilderConfig(projectDir) {
  return builderConfig().getConfig(projectDir, null, null);
}

/** Throws electron-builder's own message when `config` breaks its schema. */
export async function validateBuilderConfig(config) {
  const quiet = { isEnabled: false, add() {} };
  // The schema check may adjust the object it is given: it gets a copy.
  await builderConfig().validateConfiguration(structuredClone(config), quiet);
}

export function readPackageJson(projectDir) {
  return JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
}
