// Node's module resolution, worked out over a file tree given as two functions so that it can
// run inside an asar archive without unpacking it: a specifier asked for by a file becomes the
// file that Electron's Node would load, or null. What it follows: relative paths, packages in
// node_modules folders up the tree, "exports" (with conditions and * patterns), "main" and the
// CommonJS extensions and index files.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';

const BUILTINS = new Set(builtinModules);

/** Node's own modules, which no package has to provide. */
export function isBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier);
}

/** The conditions Electron's Node matches in "exports", for import and for require. */
export const CONDITIONS = {
  import: ['node', 'import', 'module-sync', 'default'],
  require: ['node', 'require', 'module-sync', 'default'],
};

/** 'a/b/c' and '@s/a/b' become { name: 'a', subpath: 'b/c' } and { name: '@s/a', subpath: 'b' }. */
export function splitPackageSpecifier(specifier) {
  const parts = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  return { name: parts.slice(0, length).join('/'), subpath: parts.slice(length).join('/') };
}

function readJson(tree, file) {
  if (tree.kind(file) !== 'file') return null;
  try {
    return JSON.parse(tree.read(file));
  } catch {
    return null;
  }
}

/** A conditional or array target of "exports", reduced to a path (or null: not exported). */
function conditionalTarget(target, conditions) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = conditionalTarget(item, conditions);
      if (found !== null) return found;
    }
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const [condition, value] of Object.entries(target)) {
      if (!conditions.includes(condition)) continue;
      const found = conditionalTarget(value, conditions);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The path inside the package that "exports" maps `subpath` ('.' or './x') to. */
export function exportsTarget(exportsField, subpath, conditions) {
  const isMap =
    exportsField !== null &&
    typeof exportsField === 'object' &&
    !Array.isArray(exportsField) &&
    Object.keys(exportsField).some((key) => key.startsWith('.'));
  const map = isMap ? exportsField : { '.': exportsField };
  if (Object.hasOwn(map, subpath)) return conditionalTarget(map[subpath], conditions);
  let best = null;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (!subpath.startsWith(prefix) || !subpath.endsWith(suffix)) continue;
    if (subpath.length < key.length - 1) continue;
    if (best === null || prefix.length > best.prefix.length) {
      best = { key, prefix, match: subpath.slice(prefix.length, subpath.length - suffix.length) };
    }
  }
  if (best === null) return null;
  const target = conditionalTarget(map[best.key], conditions);
  return target === null ? null : target.replaceAll('*', best.match);
}

/** CommonJS: the file itself, with an extension added, or the folder's main or index. */
function asFileOrFolder(tree, target) {
  for (const candidate of [target, `${target}.js`, `${target}.json`, `${target}.node`]) {
    if (tree.kind(candidate) === 'file') return candidate;
  }
  if (tree.kind(target) !== 'dir') return null;
  const main = readJson(tree, posix.join(target, 'package.json'))?.main;
  if (typeof main === 'string') {
    const found = asFileOrFolder(tree, posix.join(target, main));
    if (found !== null) return found;
  }
  for (const index of ['index.js', 'index.json', 'index.node']) {
    const candidate = posix.join(target, index);
    if (tree.kind(candidate) === 'file') return candidate;
  }
  return null;
}

function resolvePackage(tree, packageDir, subpath, mode) {
  const manifest = readJson(tree, posix.join(packageDir, 'package.json')) ?? {};
  if (manifest.exports !== undefined && manifest.exports !== null) {
    const target = exportsTarget(
      manifest.exports,
      subpath === '' ? '.' : `./${subpath}`,
      CONDITIONS[mode],
    );
    if (target === null || !target.startsWith('./')) return null;
    const file = posix.join(packageDir, target);
    return tree.kind(file) === 'file' ? file : null;
  }
  if (subpath === '') return asFileOrFolder(tree, packageDir);
  const target = posix.join(packageDir, subpath);
  // An ESM import names the file exactly; require() also tries extensions and folders.
  if (mode === 'import') return tree.kind(target) === 'file' ? target : null;
  return asFileOrFolder(tree, target);
}

/** node_modules folders a file looks in, nearest first. */
function nodeModulesFolders(fromFile) {
  const folders = [];
  let dir = posix.dirname(fromFile);
  for (;;) {
    if (posix.basename(dir) !== 'node_modules') {
      folders.push(dir === '.' ? 'node_modules' : posix.join(dir, 'node_modules'));
    }
    if (dir === '.' || dir === '') break;
    dir = posix.dirname(dir);
  }
  return folders;
}

/**
 * The file that `specifier`, asked for by `fromFile` with import or require, resolves to in
 * `tree` ({ kind(path): 'file' | 'dir' | null, read(path): string }, POSIX paths relative to
 * the tree's root), or null. A path outside the root never resolves.
 */
export function resolveSpecifier(tree, fromFile, specifier, mode) {
  if (specifier === '.' || specifier === '..' || /^\.\.?\//.test(specifier)) {
    const target = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
    if (target === '..' || target.startsWith('../')) return null;
    if (mode === 'import') return tree.kind(target) === 'file' ? target : null;
    return asFileOrFolder(tree, target);
  }
  // Absolute paths, URLs and package "imports" (#name) are not followed.
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(specifier)) return null;
  const { name, subpath } = splitPackageSpecifier(specifier);
  for (const folder of nodeModulesFolders(fromFile)) {
    const packageDir = posix.join(folder, name);
    if (tree.kind(packageDir) === 'dir') return resolvePackage(tree, packageDir, subpath, mode);
  }
  return null;
}

/** The package folder (node_modules/name, possibly nested) a file belongs to, or null. */
export function packageDirOf(file) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)(?:\/|$)/.exec(file);
  return match ? match[1] : null;
}
