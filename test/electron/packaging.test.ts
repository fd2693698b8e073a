import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
// electron-builder's own config loader, schema validation and file matcher (app-builder-lib
// is the library behind the electron-builder CLI): packaging cannot run on these machines,
// so the test reads the config exactly as `electron-builder` would and checks the result.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

const targetsOf = (platform: 'linux' | 'mac' | 'win'): unknown => config[platform]?.target;

describe('electron-builder.yml', () => {
  it('is the configuration electron-builder loads (package.json has no "build" field overriding it)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).not.toHaveProperty('build');
    expect(config.appId).toBe('app.gapwise.desktop');
    expect(config.productName).toBe('Gapwise');
  });

  it("passes electron-builder's own schema validation", async () => {
    const silentLogger = { isEnabled: false, data: new Map(), add: () => undefined, save: async () => undefined };
    await expect(validateConfiguration(config, silentLogger)).resolves.toBeUndefined();
  });

  it('builds AppImage and deb on Linux, NSIS on Windows and dmg on macOS', () => {
    expect(targetsOf('linux')).toEqual(['AppImage', 'deb']);
    expect(targetsOf('win')).toEqual(['nsis']);
    expect(targetsOf('mac')).toEqual(['dmg']);
  });

  it('writes to dist/, packs the app into an asar archive and needs no extra resources', () => {
    expect(config.directories?.output).toBe('dist');
    expect(config.asar).toBe(true);
    expect(config.extraResources).toBeUndefined();
    expect(config.extraFiles).toBeUndefined();
    expect(config.asarUnpack).toBeUndefined();
  });

  it('sets every Electron fuse to its hardened value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('files packaged into app.asar', () => {
  /** Whether electron-builder's matcher, given our `files` patterns, takes a repo-relative file. */
  let isPackaged: (file: string) => boolean;

  beforeAll(() => {
    const matchers = getFileMatchers(config, 'files', join(ROOT, 'app'), {
      macroExpander: (pattern) => pattern,
      customBuildOptions: {},
      globalOutDir: join(ROOT, 'dist'),
      defaultSrc: ROOT,
    });
    expect(matchers).toHaveLength(1);
    const filter = matchers![0]!.createFilter();
    const fileStat = { isDirectory: () => false } as Parameters<typeof filter>[1];
    isPackaged = (file) => filter(join(ROOT, file), fileStat);
  });

  it('takes the built main, preload and renderer bundles and package.json', () => {
    for (const file of [
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-Cq1.js',
      'out/renderer/assets/index-Cq1.css',
      'package.json',
    ]) {
      expect(isPackaged(file), file).toBe(true);
    }
  });

  it('leaves out source maps, the CLI bundle and anything outside out/', () => {
    for (const file of [
      'out/main/index.js.map',
      'out/renderer/assets/index-Cq1.js.map',
      'out/cli/gapwise.cjs',
      'out/cli/gapwise.cjs.map',
      'package-lock.json',
      'electron-builder.yml',
      'tsconfig.json',
    ]) {
      expect(isPackaged(file), file).toBe(false);
    }
  });

  it('leaves out every file of the repository outside out/: sources, tests, docs, CI, resources', () => {
    const skipped = new Set(['node_modules', '.git', 'out', 'dist', 'coverage', 'test-results']);
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (skipped.has(entry.name)) return [];
        const path = join(dir, entry.name);
        return entry.isDirectory() ? walk(path) : [relative(ROOT, path).split(sep).join('/')];
      });
    const repoFiles = walk(ROOT);
    // The walk did find the folders the package must not contain.
    for (const folder of ['test/', 'shared/', 'electron/', 'renderer/src/', '.ci/', 'scripts/', 'resources/']) {
      expect(
        repoFiles.some((file) => file.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    const packaged = repoFiles.filter(isPackaged);
    expect(packaged).toEqual(['package.json']);
  });
});

describe('app icon', () => {
  it('is a PNG of at least 512×512 (what the macOS and Windows icon converters need)', () => {
    const iconPath = config.icon ?? '';
    expect(iconPath).toBe('resources/icon.png');
    const png = readFileSync(join(ROOT, iconPath));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The first chunk is IHDR: length (4 bytes), type, then width and height, big-endian.
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(height).toBe(width);
  });
});
