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

  it('takes every file of the real build the app runs (npm test builds before this suite)', () => {
    const built = walk(join(ROOT, 'out')).filter((file) => /^out\/(main|preload|renderer)\//.test(file));
    expect(built, 'out/ is built: run `npm run build` first').toContain('out/main/index.js');
    // The spreadsheet worker and the split renderer chunks are loaded by path at run time.
    expect(built).toContain('out/main/matrix-worker.js');
    expect(built.filter((file) => file.startsWith('out/renderer/assets/')).length).toBeGreaterThan(1);
    expect(built.filter((file) => !file.endsWith('.map') && !isPackaged(file))).toEqual([]);
  });

  it('takes the resources main reads at run time: the Linux window icon', () => {
    const main = readFileSync(join(ROOT, 'electron/main/index.ts'), 'utf8');
    const icon = /const LINUX_WINDOW_ICON = '([^']+)'/.exec(main)?.[1];
    expect(icon).toBe('resources/icon.png');
    expect(isPackaged(icon!)).toBe(true);
  });

  it('leaves out source maps, the CLI and bench bundles, bench results and anything else outside out/', () => {
    for (const file of [
      'out/main/index.js.map',
      'out/renderer/assets/index-Cq1.js.map',
      'out/cli/gapwise.cjs',
      'out/cli/gapwise.cjs.map',
      'out/bench/run.cjs',
      'bench/results.json',
      'test-results/vitest.json',
      'package-lock.json',
      'electron-builder.yml',
      'tsconfig.json',
    ]) {
      expect(isPackaged(file), file).toBe(false);
    }
  });

  it('leaves out every other file of the repository: sources, tests, docs, CI, bench', () => {
    const repoFiles = walk(ROOT);
    // The walk did find the folders the package must not contain.
    for (const folder of [
      'test/',
      'shared/',
      'electron/',
      'renderer/src/',
      '.ci/',
      'scripts/',
      'bench/',
      'resources/',
    ]) {
      expect(
        repoFiles.some((file) => file.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    const packaged = repoFiles.filter(isPackaged);
    expect(packaged.sort()).toEqual(['package.json', 'resources/icon.png']);
  });
});

/** The files under `dir`, relative to the repository and with / separators; build output, VCS and installs skipped below the root. */
function walk(dir: string): string[] {
  const skipped = new Set(['node_modules', '.git', 'dist', 'coverage', 'test-results']);
  if (dir === ROOT) skipped.add('out');
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [relative(ROOT, path).split(sep).join('/')];
  });
}

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
