// The electron-builder half of `npm run dist:check`, run as a child process so that its long
// log goes to a file: reads and validates the configuration for the three platforms, then packs
// the Linux app unpacked (`--linux --dir`) around the stand-in Electron, without rebuilding
// native modules and without fuses (the stand-in has no fuse wire to flip; the fuses are
// checked in electron-builder.yml by test/security/electron-checklist.test.ts). It also asks
// electron-builder's deb target for the package's metadata and desktop entry, which is where a
// missing homepage or maintainer would otherwise surface only when building the deb.
//
// node scripts/dist-check/builder.js <project> <stand-in dir> <output dir> <result.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadBuilderConfig, readPackageJson, validateBuilderConfig } from './config.js';
import { platformProblems } from './platform-rules.js';

const require = createRequire(import.meta.url);
const [projectDir, standInDir, outputDir, resultFile] = process.argv.slice(2);
const result = { schema: null, platforms: null, pack: null, deb: null };

/** The deb target's metadata and desktop entry, computed by electron-builder itself. */
async function probeDeb(context) {
  const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper.js');
  const FpmTarget = require('app-builder-lib/out/targets/FpmTarget.js').default;
  const helper = new LinuxTargetHelper(context.packager);
  const deb = new FpmTarget('deb', context.packager, helper, context.outDir);
  await deb.scriptFiles;
  const meta = await deb.computeFpmMetaInfoOptions();
  const desktopEntry = await helper.computeDesktopEntry(deb.options);
  const mimeFile = await helper.computeMimeTypeFiles();
  const mimeTypes = mimeFile === null ? null : readFileSync(mimeFile, 'utf8');
  return { meta, desktopEntry, mimeTypes, desktopFile: `${helper.getDesktopFileName()}.desktop` };
}

try {
  const config = await loadBuilderConfig(projectDir);
  await validateBuilderConfig(config);
  result.schema = { ok: true };
  result.platforms = platformProblems(config, readPackageJson(projectDir), projectDir);
} catch (error) {
  result.schema = { ok: false, message: error.message };
}

if (result.schema.ok) {
  const builder = require('electron-builder');
  const arch = builder.Arch[process.arch] ?? builder.Arch.x64;
  try {
    await builder.build({
      projectDir,
      targets: builder.Platform.LINUX.createTarget('dir', arch),
      publish: 'never',
      config: {
        electronDist: standInDir,
        npmRebuild: false,
        electronFuses: null,
        directories: { output: outputDir },
        afterPack: async (context) => {
          try {
            result.deb = { ok: true, ...(await probeDeb(context)) };
          } catch (error) {
            result.deb = { ok: false, message: error.message };
          }
        },
      },
    });
    result.pack = { ok: true, arch: process.arch };
  } catch (error) {
    result.pack = { ok: false, message: error.stack ?? String(error) };
  }
}

writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
