// Everything the packaged main process loads at run time, followed from its bundles through
// node_modules: each module must be found inside the packaged app. What a bundle asks for must
// be there. What a package asks for and the project has installed must be there too; what it
// asks for and the project lacks as well is optional (another platform's binary, an optional
// polyfill), and only counted.
import { posix } from 'node:path';
import { moduleReferences } from './references.js';
import { isBuiltin, packageDirOf, resolveSpecifier } from './resolve.js';

const SCRIPT = /\.(?:js|mjs|cjs)$/;

/**
 * options: packaged and project FileTrees, `roots` (bundle files), `runtimeFiles` (files and
 * folders, ending in '/', that code loads by a computed path: { path, why }), `provided`
 * (modules the runtime itself supplies, such as 'electron').
 */
export function traceRuntimeModules({
  packaged,
  project,
  roots,
  runtimeFiles = [],
  provided = [],
}) {
  const reached = new Set();
  const packages = new Set();
  const natives = new Set();
  const missing = [];
  const optional = [];
  const queue = [];
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    const owner = packageDirOf(file);
    if (owner !== null) packages.add(owner);
    if (file.endsWith('.node')) natives.add(file);
    else if (SCRIPT.test(file)) queue.push(file);
  };

  for (const root of roots) {
    if (packaged.kind(root) === 'file') visit(root);
    else
      missing.push({
        specifier: root,
        from: '(bundle)',
        why: 'a bundle file is not in the package',
      });
  }
  for (const { path: wanted, why } of runtimeFiles) {
    const folder = wanted.endsWith('/');
    const target = folder ? wanted.slice(0, -1) : wanted;
    if (packaged.kind(target) !== (folder ? 'dir' : 'file')) {
      missing.push({ specifier: wanted, from: '(loaded by path)', why });
    } else if (folder) {
      const owner = packageDirOf(`${target}/`);
      if (owner !== null) packages.add(owner);
    } else {
      visit(target);
    }
  }

  while (queue.length > 0) {
    const file = queue.pop();
    let references;
    try {
      references = moduleReferences(packaged.read(file), file);
    } catch (error) {
      missing.push({ specifier: file, from: file, why: error.message });
      continue;
    }
    for (const { specifier, kind } of references) {
      if (kind === 'url') {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier));
        const found = packaged.kind(target.replace(/\/$/, ''));
        if (found === null)
          missing.push({ specifier, from: file, why: 'a file found beside the code' });
        else if (found === 'file') visit(target);
        continue;
      }
      if (isBuiltin(specifier) || provided.includes(specifier)) continue;
      const mode = kind === 'import' ? 'import' : 'require';
      const resolved = resolveSpecifier(packaged, file, specifier, mode);
      if (resolved !== null) {
        if (kind === 'resolve') {
          const owner = packageDirOf(resolved);
          if (owner !== null) packages.add(owner);
        } else {
          visit(resolved);
        }
        continue;
      }
      if (packageDirOf(file) === null) {
        // The app's own bundles ask only for what they need.
        missing.push({ specifier, from: file, why: 'not in the package' });
        continue;
      }
      const from = project.kind(file) === 'file' ? file : 'package.json';
      if (resolveSpecifier(project, from, specifier, mode) !== null) {
        missing.push({ specifier, from: file, why: 'installed in the project but not packaged' });
      } else {
        optional.push({ specifier, from: file });
      }
    }
  }
  return { reached, packages, natives, missing, optional };
}

/** Package folders in the list of packaged files that nothing reached loads. */
export function unusedPackages(files, reachedPackages) {
  const shipped = new Set();
  for (const file of files) {
    const owner = packageDirOf(file);
    if (owner !== null) shipped.add(owner);
  }
  return [...shipped].filter((dir) => !reachedPackages.has(dir)).sort();
}
