import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closedPort,
  electronZipName,
  readLaunch,
  standInRelease,
  startMirror,
  writeStandIn,
  type Mirror,
} from './electron-stand-in';
import { copyProject, type ProjectCopy } from './project-copy';

// The README's first command, run for real in a fresh copy of the project whose electron
// package has no binary (as npm leaves it): up to the moment Electron is launched.

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(__dirname, '../../node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

let project: ProjectCopy;
let scratch: string;
let mirror: Mirror | null = null;

beforeEach(() => {
  project = copyProject();
  scratch = mkdtempSync(join(tmpdir(), 'gapwise-start-scratch-'));
});

afterEach(async () => {
  await mirror?.close();
  mirror = null;
  project.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * This machine's environment without any Electron download setting of its own (CI sets
 * ELECTRON_SKIP_BINARY_DOWNLOAD), with Electron's cache in a scratch folder.
 */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(electron_|npm_config_electron_|npm_package_config_electron_)/i.test(name)) env[name] = value;
  }
  return { ...env, electron_config_cache: join(scratch, 'electron-cache'), ...extra };
}

function npm(args: string[], extraEnv: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: project.dir, env: cleanEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The paragraph printed when Electron cannot be had, as one line of text. */
function paragraphOf(run: Run): string {
  const text = run.stderr.trim();
  expect(text, 'one paragraph: no blank line inside').not.toMatch(/\n\s*\n/);
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Adds a release to the project's electron/checksums.json, as if Electron had published it. */
function trustRelease(zipName: string, zip: Buffer): void {
  const file = join(project.electronDir, 'checksums.json');
  const checksums = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  checksums[zipName] = createHash('sha256').update(zip).digest('hex');
  writeFileSync(file, JSON.stringify(checksums));
}

function expectNothingInstalledOrBuilt(): void {
  expect(existsSync(join(project.electronDir, 'path.txt')), 'no path.txt written').toBe(false);
  expect(existsSync(join(project.electronDir, 'dist')), 'no binary unpacked').toBe(false);
  expect(existsSync(join(project.dir, 'out')), 'it stopped before building').toBe(false);
}

// Each case runs npm, and most of them a whole production build.
describe('npm start', { timeout: 120_000 }, () => {
  it('builds the app and launches Electron (ELECTRON_OVERRIDE_DIST_PATH) on the built main entry, quietly', async () => {
    const override = mkdtempSync(join(scratch, 'dist-'));
    writeStandIn(override);
    const startedAt = Date.now();

    const run = await npm(['start'], { ELECTRON_OVERRIDE_DIST_PATH: override, STAND_IN_MARK: 'from-the-test' });

    expect(run.code, run.stderr).toBe(0);
    const launch = readLaunch(override);
    expect(launch, 'the stand-in was launched').not.toBeNull();
    // Electron is started on the project folder, whose package.json names the built main entry.
    expect(launch!.argv).toEqual(['.']);
    expect(launch!.cwd).toBe(project.dir);
    const pkg = JSON.parse(readFileSync(join(launch!.cwd, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
    for (const built of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
      const path = join(project.dir, built);
      expect(existsSync(path), built).toBe(true);
      expect(statSync(path).mtimeMs, `${built} built by this start`).toBeGreaterThanOrEqual(startedAt - 1000);
    }
    // The production build on app://, not a dev server; the person's environment reaches the app.
    expect(launch!.env['NODE_ENV_ELECTRON_VITE']).toBe('production');
    expect(launch!.env['ELECTRON_RENDERER_URL']).toBeUndefined();
    expect(launch!.env['STAND_IN_MARK']).toBe('from-the-test');
    // Nothing to read past: no bundle-size warning, no per-file build log.
    const output = run.stdout + run.stderr;
    expect(output).toContain('Building Gapwise');
    expect(output).not.toMatch(/larger than 500 kB|Electron uninstall|rendering chunks|modules transformed/);
    expect(existsSync(join(project.electronDir, 'path.txt')), 'nothing downloaded').toBe(false);
  });

  it("ends with Electron's exit status", async () => {
    const override = mkdtempSync(join(scratch, 'dist-'));
    writeStandIn(override);
    const run = await npm(['start'], { ELECTRON_OVERRIDE_DIST_PATH: override, STAND_IN_EXIT: '3' });
    expect(readLaunch(override)).not.toBeNull();
    expect(run.code).toBe(3);
  });

  it('with no Electron binary and no network, prints one paragraph and exits 1 before building', async () => {
    const port = await closedPort();
    const run = await npm(['start'], { ELECTRON_MIRROR: `http://127.0.0.1:${port}/` });

    expect(run.code).toBe(1);
    const paragraph = paragraphOf(run);
    // What failed, and why.
    expect(paragraph).toMatch(new RegExp(`^Gapwise could not start: downloading Electron ${ELECTRON_VERSION} failed`));
    expect(paragraph).toContain('ECONNREFUSED');
    // The Node the app needs, read from Electron's own requirement.
    expect(paragraph).toMatch(/needs Node 22\.12\.0 or newer/);
    // How to retry, the variables Electron's downloader reads, and the offline CLI.
    expect(paragraph).toContain('run `npm start` again');
    for (const name of [
      'ELECTRON_MIRROR',
      'ELECTRON_CUSTOM_DIR',
      'HTTPS_PROXY',
      'ELECTRON_GET_USE_PROXY',
      'ELECTRON_OVERRIDE_DIST_PATH',
    ]) {
      expect(paragraph).toContain(name);
    }
    expect(paragraph).toContain('`npx gapwise analyze resources/sample-team.json`');
    expect(paragraph, 'no stack trace').not.toMatch(/\bat .+:\d+:\d+/);
    expectNothingInstalledOrBuilt();
  });

  it('with ELECTRON_SKIP_BINARY_DOWNLOAD set, says so and downloads nothing', async () => {
    mirror = await startMirror(electronZipName(ELECTRON_VERSION), await standInRelease(ELECTRON_VERSION));
    const run = await npm(['start'], { ELECTRON_MIRROR: mirror.url, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });

    expect(run.code).toBe(1);
    expect(paragraphOf(run)).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD is set[\s\S]*Unset ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(mirror.requests).toEqual([]);
    expectNothingInstalledOrBuilt();
  });

  it('with ELECTRON_OVERRIDE_DIST_PATH naming a folder with no Electron, says so', async () => {
    const run = await npm(['start'], { ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'nothing-here') });
    expect(run.code).toBe(1);
    expect(paragraphOf(run)).toContain(
      `ELECTRON_OVERRIDE_DIST_PATH points at ${join(scratch, 'nothing-here', 'electron')}`,
    );
    expectNothingInstalledOrBuilt();
  });

  it("downloads Electron from a mirror with progress, installs it with Electron's installer, launches it, and only once", async () => {
    const release = await standInRelease(ELECTRON_VERSION);
    mirror = await startMirror(electronZipName(ELECTRON_VERSION), release);
    // Checked against the electron package's own checksums.json, as for every user by default.
    trustRelease(electronZipName(ELECTRON_VERSION), release);
    const env = { ELECTRON_MIRROR: mirror.url };

    const first = await npm(['start'], env);

    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Electron ${ELECTRON_VERSION} is not installed yet`);
    expect(first.stdout).toContain(`Downloading Electron ${ELECTRON_VERSION}: 100 %`);
    expect(mirror.requests.filter((path) => path.endsWith('.zip'))).toHaveLength(1);
    // Installed where Electron's own index.js and electron-vite look for it.
    expect(readFileSync(join(project.electronDir, 'path.txt'), 'utf8')).toBe('electron');
    const dist = join(project.electronDir, 'dist');
    expect(readLaunch(dist)?.argv).toEqual(['.']);

    rmSync(join(dist, 'launch.json'));
    const second = await npm(['start'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('Downloading');
    expect(readLaunch(dist), 'launched again').not.toBeNull();
    expect(mirror.requests.filter((path) => path.endsWith('.zip'))).toHaveLength(1);
  });

  it('gives up on a download that stops sending, instead of hanging', async () => {
    mirror = await startMirror(electronZipName(ELECTRON_VERSION), await standInRelease(ELECTRON_VERSION), {
      stall: true,
    });
    const run = await npm(['start'], { ELECTRON_MIRROR: mirror.url });

    expect(run.code).toBe(1);
    expect(paragraphOf(run)).toMatch(/downloading Electron .* failed \(the download received no data for 20 s\)/);
    expectNothingInstalledOrBuilt();
  });
});

describe('an Electron in node_modules that is not this one', { timeout: 60_000 }, () => {
  it("another platform's binary (node_modules shared with WSL or a container) is not taken as installed", async () => {
    const dist = join(project.electronDir, 'dist', 'Electron.app/Contents/MacOS');
    mkdirSync(dist, { recursive: true });
    writeStandIn(dist);
    renameSync(join(dist, 'electron'), join(dist, 'Electron'));
    writeFileSync(join(project.electronDir, 'dist', 'version'), ELECTRON_VERSION);
    writeFileSync(join(project.electronDir, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');

    const port = await closedPort();
    const run = await npm(['start'], { ELECTRON_MIRROR: `http://127.0.0.1:${port}/` });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Electron ${ELECTRON_VERSION} is not installed yet`);
    expect(readLaunch(dist), 'the wrong binary was not launched').toBeNull();
  });

  it('no electron package at all: says to run npm install, without a stack', async () => {
    rmSync(project.electronDir, { recursive: true });
    const run = await npm(['start'], {});
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Gapwise could not start: electron is not installed in node_modules. Run `npm install` first, then `npm start`.',
    );
  });
});

describe('npm run dev', { timeout: 60_000 }, () => {
  it('makes the same check, and names its own command to retry', async () => {
    const port = await closedPort();
    const run = await npm(['run', 'dev'], { ELECTRON_MIRROR: `http://127.0.0.1:${port}/` });
    expect(run.code).toBe(1);
    const paragraph = paragraphOf(run);
    expect(paragraph).toContain('ECONNREFUSED');
    expect(paragraph).toContain('run `npm run dev` again');
    expectNothingInstalledOrBuilt();
  });
});
