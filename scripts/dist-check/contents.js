// What may not be inside the packaged app, and how its bytes divide between packages.
import { packageDirOf } from './resolve.js';

/** Paths that do not belong in an installed app, each with the reason shown when found. */
const FORBIDDEN = [
  { pattern: /(^|\/)(test|tests|__tests__|__mocks__|spec)\//, why: 'a test folder' },
  { pattern: /\.(test|spec)\.[cm]?[jt]sx?$/, why: 'a test file' },
  { pattern: /(^|\/)test_extension\.node$/, why: "better-sqlite3's test extension" },
  {
    pattern: /node_modules\/better-sqlite3\/(deps|src)\//,
    why: "better-sqlite3's SQLite and C++ sources",
  },
  {
    pattern: /\.(c|cc|cpp|cxx|h|hh|hpp|hxx|gyp|gypi|mk|o|obj|a|lib|pdb)$/i,
    why: 'native source or build intermediate',
  },
  {
    pattern: /(^|\/)(Makefile|CMakeLists\.txt|binding\.gyp|config\.gypi)$/,
    why: 'native build file',
  },
  { pattern: /(^|\/)(obj\.target|\.deps)\//, why: 'native build intermediate' },
  { pattern: /\.map$/, why: 'a source map' },
  { pattern: /\.(ts|tsx|mts|cts)$/, why: 'TypeScript source or declarations' },
];

/** Files of the package that break the rules above: { path, why }. */
export function forbiddenFiles(files) {
  const found = [];
  for (const file of files) {
    const rule = FORBIDDEN.find(({ pattern }) => pattern.test(file));
    if (rule) found.push({ path: file, why: rule.why });
  }
  return found;
}

/** Only native binaries need to live outside the archive; anything else there is a mistake. */
export function needlesslyUnpacked(unpackedFiles) {
  return unpackedFiles.filter((file) => !file.endsWith('.node'));
}

/** Which part of the app a packaged file belongs to: a package, or a folder of out/electron. */
export function contentGroup(file) {
  const owner = packageDirOf(file);
  if (owner !== null) return owner.replace(/^.*node_modules\//, '');
  const bundle = /^out\/electron\/([^/]+)/.exec(file);
  return bundle ? `out/electron/${bundle[1]}` : file;
}

/** The largest groups first: [{ group, bytes }]. */
export function largestGroups(sizes, count) {
  const totals = new Map();
  for (const [file, bytes] of sizes) {
    const group = contentGroup(file);
    totals.set(group, (totals.get(group) ?? 0) + bytes);
  }
  return [...totals]
    .map(([group, bytes]) => ({ group, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}
