// `npm run dist:check`: builds the desktop bundles, packs the Linux app unpacked with
// electron-builder around a stand-in for Electron (offline: nothing is downloaded, nothing
// native is rebuilt), then checks what would ship: the size targets, no tests or native
// sources inside, every module the main process loads found in the package, no package that
// nothing loads, electron-builder.yml valid for Linux, macOS and Windows, and the bundled jobs
// worker running a few jobs in Node. Prints the figures; exits 1 saying what failed and why.
// Writes its report to out/dist-check/report.json (test/security/electron-checklist.test.ts
// then requires the built bundle).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'out', 'dist-check');
const require = createRequire(import.meta.url);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function fail(message, detail = '') {
  console.error(`\ndist:check FAILED: ${message}`);
  if (detail !== '') console.error(detail);
  process.exit(1);
}

// The tools come from devDependencies; @electron/asar arrives with electron-builder.
for (const name of ['electron-vite', 'electron-builder', '@electron/asar', 'app-builder-lib']) {
  try {
    require.resolve(`${name}/package.json`);
  } catch {
    fail(`${name} is not installed.`, 'Run `npm install` first.');
  }
}

// Loaded only now: they need @electron/asar and vite.
const { traceRuntimeModules, unusedPackages } = await import('./dist-check/reachability.js');
const { forbiddenFiles, largestGroups, needlesslyUnpacked } =
  await import('./dist-check/contents.js');
const { BUNDLE_ROOTS, PROVIDED, RUNTIME_FILES } = await import('./dist-check/runtime-files.js');
const { filesWithSizes, judgeSizes, megabytes, rendererChunks } =
  await import('./dist-check/sizes.js');
const { STAND_IN_MESSAGE, writeElectronStandIn } = await import('./dist-check/stand-in.js');
const { asarTree, diskTree } = await import('./dist-check/trees.js');
const { runJobs, smokeJobs } = await import('./dist-check/worker-smoke.js');

/** Runs a Node script with its output in a log file; on failure shows the log's end. */
function runLogged(label, args, logName) {
  const since = Date.now();
  const log = path.join(work, logName);
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // Never sign or publish from here, whatever the environment holds.
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', CSC_LINK: '', WIN_CSC_LINK: '' },
  });
  writeFileSync(log, `${run.stdout ?? ''}${run.stderr ?? ''}`);
  if (run.status !== 0) {
    const tail = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    fail(`${label} did not finish (log: ${path.relative(root, log)}).`, tail);
  }
  console.log(`  ${label.padEnd(46)} ${seconds(since)}`);
}

mkdirSync(work, { recursive: true });
console.log(
  'Concord packaging check: the Linux app packed unpacked around a stand-in for Electron\n',
);

runLogged(
  'electron-vite build',
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  'electron-vite.log',
);

const standIn = path.join(work, 'electron-stand-in');
writeElectronStandIn(standIn);
const output = path.join(work, 'linux');
const resultFile = path.join(work, 'electron-builder-result.json');
runLogged(
  'electron-builder --linux --dir (stand-in)',
  [path.join(root, 'scripts', 'dist-check', 'builder.js'), root, standIn, output, resultFile],
  'electron-builder.log',
);
const result = JSON.parse(readFileSync(resultFile, 'utf8'));
const failures = [];
const lines = [];
const check = (ok, text, detail = []) => {
  lines.push(`  ${ok ? 'ok  ' : 'FAIL'} ${text}`);
  if (!ok) failures.push({ text, detail });
};

if (!result.schema.ok)
  fail('electron-builder.yml breaks electron-builder’s schema.', result.schema.message);
const problems = Object.entries(result.platforms).flatMap(([platform, list]) =>
  list.map((problem) => `${platform}: ${problem}`),
);
check(
  problems.length === 0,
  'electron-builder.yml valid for Linux, macOS and Windows (schema and platform rules)',
  problems,
);
if (!result.pack.ok) fail('electron-builder could not pack the Linux app.', result.pack.message);
if (result.deb?.ok) {
  const mime = /MimeType=(.*)/.exec(result.deb.desktopEntry)?.[1]?.replace(/;$/, '') ?? 'none';
  check(
    mime.includes('application/x-concord-session'),
    `deb: ${result.deb.meta.url}, maintainer ${result.deb.meta.maintainer}; ${result.deb.desktopFile} opens ${mime}`,
    [result.deb.desktopEntry],
  );
} else {
  check(false, 'electron-builder’s deb target accepts the metadata', [result.deb?.message ?? '']);
}

const appDir = readdirSync(output).find((name) => /^linux(-[a-z0-9]+)?-unpacked$/.test(name));
if (appDir === undefined) fail(`electron-builder left no linux-unpacked folder in ${output}.`);
const resources = path.join(output, appDir, 'resources');
const archive = path.join(resources, 'app.asar');
const unpackedDir = path.join(resources, 'app.asar.unpacked');
const packaged = asarTree(archive);
const files = [...packaged.entries].filter(([, entry]) => entry.kind === 'file');
const unpackedFiles = existsSync(unpackedDir) ? filesWithSizes(unpackedDir) : [];

// Sizes.
const chunks = rendererChunks(path.join(root, 'out', 'electron', 'renderer'));
const mainChunk = chunks.find((chunk) => chunk.main);
const measured = {
  asar: statSync(archive).size,
  unpacked: unpackedFiles.reduce((sum, [, bytes]) => sum + bytes, 0),
  rendererMainChunk: mainChunk.bytes,
};
const judged = judgeSizes(measured);
console.log('\nSizes (1 MB = 1,000,000 bytes)');
for (const { name, bytes, budget, ok } of judged) {
  const gzip = name === 'renderer main chunk' ? `  (gzip ${megabytes(mainChunk.gzip)})` : '';
  console.log(
    `  ${name.padEnd(22)} ${megabytes(bytes).padStart(10)}  target <= ${megabytes(budget).padStart(8)}  ${ok ? 'ok' : 'OVER'}${gzip}`,
  );
  if (!ok)
    failures.push({
      text: `${name} is ${megabytes(bytes)}, over its ${megabytes(budget)} target`,
      detail: [],
    });
}
const atStart = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
const atStartGzip = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
console.log(
  `  renderer at start: ${megabytes(atStart)} (gzip ${megabytes(atStartGzip)}) in ${chunks
    .map((chunk) => `${path.basename(chunk.file)} ${megabytes(chunk.bytes)}`)
    .join(', ')}`,
);
const show = (title, groups) => {
  console.log(`\nLargest in ${title}`);
  for (const { group, bytes } of groups)
    console.log(`  ${megabytes(bytes).padStart(10)}  ${group}`);
};
show(
  'app.asar',
  largestGroups(
    files.filter(([, entry]) => !entry.unpacked).map(([file, entry]) => [file, entry.size]),
    8,
  ),
);
show('app.asar.unpacked', largestGroups(unpackedFiles, 4));

// Contents.
const forbidden = forbiddenFiles(files.map(([file]) => file));
check(
  forbidden.length === 0,
  `no test files, native sources or source maps among the ${files.length} packaged files`,
  forbidden.map(({ path: file, why }) => `${file}: ${why}`),
);
const extraUnpacked = needlesslyUnpacked(unpackedFiles.map(([file]) => file));
check(
  extraUnpacked.length === 0,
  `only native binaries unpacked (${unpackedFiles.length} files)`,
  extraUnpacked,
);

// Everything the main process loads at run time.
const trace = traceRuntimeModules({
  packaged,
  project: diskTree(root),
  roots: BUNDLE_ROOTS,
  runtimeFiles: RUNTIME_FILES,
  provided: PROVIDED,
});
const optionalNames = [...new Set(trace.optional.map(({ specifier }) => specifier))];
check(
  trace.missing.length === 0,
  `every module the main process and its worker load is in the package, and parses (${trace.reached.size} files from ${trace.packages.size} packages; ${optionalNames.length} optional ones not installed here either)`,
  trace.missing.map(({ specifier, from, why }) =>
    from === specifier ? why : `${specifier} (from ${from}): ${why}`,
  ),
);
const packedNatives = [...trace.natives].filter(
  (file) => !packaged.entries.get(file)?.unpacked || !existsSync(path.join(unpackedDir, file)),
);
check(
  trace.natives.size > 0 && packedNatives.length === 0,
  `the native addons it loads are unpacked (${[...trace.natives].map((file) => path.basename(file)).join(', ')})`,
  packedNatives.map((file) => `${file} is inside the archive, where it cannot be loaded`),
);
const unused = unusedPackages(
  files.map(([file]) => file),
  trace.packages,
);
check(
  unused.length === 0,
  'no package shipped that nothing loads',
  unused.map((dir) => `${dir}: bundled into out/electron or not needed at run time`),
);

const smokeProblems = await runJobs(
  path.join(root, 'out', 'electron', 'main', 'worker.js'),
  smokeJobs(),
);
check(
  smokeProblems.length === 0,
  'the bundled jobs worker runs in Node: counts a PDF’s pages, finds a roster name in it, suggests a name in a text',
  smokeProblems,
);

console.log('\nChecks');
for (const line of lines) console.log(line);
const report = {
  passed: failures.length === 0,
  checkedAt: new Date().toISOString(),
  seconds: (Date.now() - started) / 1000,
  standIn: STAND_IN_MESSAGE,
  sizes: { ...measured, rendererMainChunkGzip: mainChunk.gzip, rendererAtStart: atStart },
  failures,
};
writeFileSync(path.join(work, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
if (failures.length > 0) {
  fail(
    `${failures.length} check(s) failed.`,
    failures
      .map(({ text, detail }) =>
        [`- ${text}`, ...detail.slice(0, 20).map((d) => `    ${d}`)].join('\n'),
      )
      .join('\n'),
  );
}
console.log(`\ndist:check passed in ${seconds(started)}.`);
