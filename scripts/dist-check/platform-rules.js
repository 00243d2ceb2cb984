// What electron-builder.yml must say for each platform's installers, beyond its schema: the
// checks electron-builder itself would make only when building on that platform (the deb's
// project URL and maintainer), and what a school's deployment needs (a per-machine install and
// an MSI on Windows, both Mac architectures with the hardened runtime, notarization and signing
// from the environment, the .concord file type).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Settings that carry signing secrets: they belong in the environment, never in the file. */
const SECRET_KEYS = new Set([
  'cscLink',
  'cscKeyPassword',
  'cscInstallerLink',
  'cscInstallerKeyPassword',
  'certificateFile',
  'certificatePassword',
  'appleId',
  'appleIdPassword',
  'appleApiKey',
  'appleApiKeyId',
  'appleApiIssuer',
]);

/** A platform's targets as a Map from target name to its architectures (empty: the default). */
export function targetsOf(platformConfig) {
  const list = platformConfig?.target ?? [];
  const targets = new Map();
  for (const item of Array.isArray(list) ? list : [list]) {
    if (typeof item === 'string') targets.set(item, []);
    else if (item && typeof item.target === 'string') {
      const arch = item.arch ?? [];
      targets.set(item.target, Array.isArray(arch) ? arch : [arch]);
    }
  }
  return targets;
}

function secretSettings(value, at, found) {
  if (value === null || typeof value !== 'object') return found;
  for (const [key, child] of Object.entries(value)) {
    const where = at === '' ? key : `${at}.${key}`;
    if (SECRET_KEYS.has(key) && child !== null && child !== undefined) found.push(where);
    secretSettings(child, where, found);
  }
  return found;
}

/** Width and height of a PNG file, or null when it is not one. */
export function pngSize(file) {
  try {
    const bytes = readFileSync(file);
    if (bytes.toString('latin1', 1, 4) !== 'PNG') return null;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  } catch {
    return null;
  }
}

/**
 * Problems per platform ({ all, linux, mac, windows }: arrays of sentences) in the merged
 * configuration `config`, with package.json's `metadata`, files resolved from `projectDir`.
 */
export function platformProblems(config, metadata, projectDir) {
  const problems = { all: [], linux: [], mac: [], windows: [] };
  const file = (relative) => path.resolve(projectDir, relative);

  for (const where of secretSettings(config, '', [])) {
    problems.all.push(
      `${where} holds a signing secret: set it in the environment (CSC_LINK, CSC_KEY_PASSWORD, APPLE_API_KEY, ...) instead`,
    );
  }
  const association = (config.fileAssociations ?? []).find((item) =>
    [item.ext].flat().includes('concord'),
  );
  if (!association) problems.all.push('fileAssociations has no entry for .concord packages');
  else if (association.name !== 'Concord session package') {
    problems.all.push('the .concord file type is not named "Concord session package"');
  }
  for (const [platform, settings] of [
    ['linux', config.linux],
    ['mac', config.mac],
    ['windows', config.win],
  ]) {
    const icon = settings?.icon ?? config.icon;
    const size = icon ? pngSize(file(icon)) : null;
    if (size === null) problems[platform].push(`no PNG icon at ${icon ?? '(icon not set)'}`);
    else if (size.width < 512 || size.height < 512) {
      problems[platform].push(`the icon ${icon} is ${size.width}x${size.height}; 512x512 at least`);
    }
  }

  const linux = targetsOf(config.linux);
  for (const target of ['AppImage', 'deb']) {
    if (!linux.has(target)) problems.linux.push(`linux.target lacks ${target}`);
  }
  if (!metadata.homepage)
    problems.linux.push('the deb needs a project URL: "homepage" in package.json');
  if (!config.deb?.maintainer && !config.linux?.maintainer && !metadata.author?.email) {
    problems.linux.push('the deb needs a maintainer: deb.maintainer, or an author email');
  }
  if (!metadata.desktopName || config.linux?.syncDesktopName !== true) {
    problems.linux.push(
      'the desktop entry needs package.json "desktopName" and linux.syncDesktopName: true',
    );
  }
  if (association && !association.mimeType) {
    problems.linux.push('the .concord file type has no mimeType for the desktop entry');
  }

  const dmgArchs = targetsOf(config.mac).get('dmg');
  if (dmgArchs === undefined) problems.mac.push('mac.target lacks dmg');
  else {
    for (const arch of ['arm64', 'x64']) {
      if (!dmgArchs.includes(arch)) problems.mac.push(`the dmg is not built for ${arch}`);
    }
  }
  if (config.mac?.hardenedRuntime === false) problems.mac.push('mac.hardenedRuntime is off');
  for (const key of ['entitlements', 'entitlementsInherit']) {
    const plist = config.mac?.[key];
    if (!plist || !existsSync(file(plist))) problems.mac.push(`mac.${key} names no file`);
    else if (!readFileSync(file(plist), 'utf8').includes('com.apple.security.cs.allow-jit')) {
      problems.mac.push(`${plist} lacks com.apple.security.cs.allow-jit, which V8 needs`);
    }
  }
  if (config.mac?.notarize !== true) {
    problems.mac.push('mac.notarize must be true (the credentials come from the environment)');
  }

  const win = targetsOf(config.win);
  for (const target of ['nsis', 'msi']) {
    if (!win.has(target)) problems.windows.push(`win.target lacks ${target}`);
  }
  if (config.nsis?.oneClick !== false || config.nsis?.perMachine === true) {
    problems.windows.push(
      'the NSIS installer must offer the per-user / per-machine choice (oneClick: false, perMachine: false)',
    );
  }
  if (config.msi?.perMachine !== true) problems.windows.push('the MSI must install per machine');
  if (!/^[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}$/i.test(config.msi?.upgradeCode ?? '')) {
    problems.windows.push(
      'msi.upgradeCode must be a fixed GUID, so that a new MSI replaces the old',
    );
  }
  return problems;
}
