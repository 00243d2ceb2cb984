// electron-builder.yml as electron-builder reads it: valid against its schema, complete for the
// installers of each platform (the rules npm run dist:check applies without building them), and
// shipping from node_modules exactly what the main bundle leaves outside itself.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import viteConfig, { MAIN_RUNTIME_PACKAGES } from '../../electron.vite.config.js';
import {
  loadBuilderConfig,
  readPackageJson,
  validateBuilderConfig,
} from '../../scripts/dist-check/config.js';
import { platformProblems, targetsOf } from '../../scripts/dist-check/platform-rules.js';

const repo = path.resolve(import.meta.dirname, '../..');

interface BuilderConfig extends Record<string, unknown> {
  files: { filter: string[] }[];
  asar: { smartUnpack?: boolean };
  asarUnpack: string[];
  fileAssociations?: { ext: string; name: string; mimeType?: string }[];
  mac: Record<string, unknown>;
  win: Record<string, unknown>;
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
}

let config: BuilderConfig;
const metadata = readPackageJson(repo);
const variant = (change: (copy: BuilderConfig) => void) => {
  const copy = structuredClone(config);
  change(copy);
  return platformProblems(copy, metadata, repo);
};

beforeAll(async () => {
  config = (await loadBuilderConfig(repo)) as BuilderConfig;
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema and every platform’s rules', async () => {
    await validateBuilderConfig(config);
    expect(platformProblems(config, metadata, repo)).toEqual({
      all: [],
      linux: [],
      mac: [],
      windows: [],
    });
  });

  it('is refused by the schema with electron-builder’s own message for a misspelt option', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, perMachin: true } };
    await expect(validateBuilderConfig(misspelt)).rejects.toThrow(/configuration\.nsis/);
  });

  it('builds NSIS and MSI for Windows, a dmg for both Mac architectures, AppImage and deb', () => {
    expect([...targetsOf(config.win).keys()]).toEqual(['nsis', 'msi']);
    expect(targetsOf(config.mac).get('dmg')).toEqual(['arm64', 'x64']);
    expect([...targetsOf(config.linux).keys()]).toEqual(['AppImage', 'deb']);
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'concord', name: 'Concord session package' }),
    );
  });

  it('flags what each platform’s installers would lack', () => {
    expect(variant((c) => (c.win = { ...c.win, cscLink: 'certificate.pfx' })).all).toEqual([
      expect.stringMatching(/^win\.cscLink holds a signing secret/),
    ]);
    expect(variant((c) => delete c.fileAssociations).all).toEqual([
      'fileAssociations has no entry for .concord packages',
    ]);
    expect(
      variant((c) => (c.mac = { ...c.mac, target: [{ target: 'dmg', arch: ['arm64'] }] })).mac,
    ).toEqual(['the dmg is not built for x64']);
    expect(
      variant((c) => (c.mac = { ...c.mac, entitlements: 'resources/absent.plist' })).mac,
    ).toEqual(['mac.entitlements names no file']);
    expect(variant((c) => (c.win = { ...c.win, target: 'nsis' })).windows).toEqual([
      'win.target lacks msi',
    ]);
    expect(variant((c) => (c.nsis = { ...c.nsis, perMachine: true })).windows).toEqual([
      expect.stringMatching(/per-user \/ per-machine choice/),
    ]);
    expect(variant((c) => (c.msi = { ...c.msi, upgradeCode: undefined })).windows).toEqual([
      expect.stringMatching(/^msi\.upgradeCode/),
    ]);
    const noHomepage = platformProblems(config, { ...metadata, homepage: undefined }, repo);
    expect(noHomepage.linux).toEqual(['the deb needs a project URL: "homepage" in package.json']);
  });

  it('ships from node_modules the packages the main bundle leaves external, and unpacks binaries only', () => {
    const shipped = new Set(
      config.files[0]!.filter.flatMap((pattern) => {
        const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(pattern);
        return match ? [match[1]!] : [];
      }),
    );
    for (const name of MAIN_RUNTIME_PACKAGES) expect(shipped).toContain(name);
    expect(config.files[0]!.filter).toContain('!node_modules/**');
    expect(config.asar.smartUnpack).toBe(false);
    for (const pattern of config.asarUnpack) expect(pattern).toMatch(/\.node$/);
  });
});

describe('electron.vite.config.ts', () => {
  const external = () => {
    const list = viteConfig.main?.build?.rolldownOptions?.external;
    if (!Array.isArray(list) || !(list[0] instanceof RegExp)) throw new Error('no external list');
    return list[0];
  };

  it('bundles the main process’s pure-JS dependencies, leaving out only the runtime packages', () => {
    expect(viteConfig.main?.build?.externalizeDeps).toBe(false);
    const leftOut = external();
    for (const name of ['better-sqlite3', '@napi-rs/canvas', 'pdfjs-dist/legacy/build/pdf.mjs']) {
      expect(leftOut.test(name), name).toBe(true);
    }
    for (const name of ['zod', 'ws', 'echarts', 'compromise', 'pdfjs-distant', 'better-sqlite']) {
      expect(leftOut.test(name), name).toBe(false);
    }
  });

  it('minifies the renderer', () => {
    expect(viteConfig.renderer?.build?.minify).toBe(true);
  });
});
