// Finding and installing Electron's binary for `npm start` and `npm run dev`.
//
// Electron 45 has no postinstall download: its binary is fetched lazily, by `require('electron')`
// (which blocks with no progress and then throws a stack) or by its `install-electron` bin.
// electron-vite only reads node_modules/electron/path.txt and throws "Electron uninstall" when
// it is missing. So the launcher (scripts/start.mjs) checks here first, and installs through
// Electron's own pieces: its download library (@electron/get, resolved from the electron
// package itself, so always the version Electron pins) and then its install.js, which finds the
// downloaded archive in the cache, unpacks it and writes path.txt.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The electron package the project depends on.
 * @param {string} projectDir
 * @returns {{ dir: string, version: string, requiredNode: string }}
 */
export function readElectronPackage(projectDir) {
  const manifest = resolvePackageFile(projectDir, 'electron/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  return { dir: dirname(manifest), version: pkg.version, requiredNode: pkg.engines?.node ?? '' };
}

/** Thrown when a package the launcher needs is not in node_modules. */
export class NotInstalledError extends Error {}

/** A file of an installed package, or NotInstalledError. */
export function resolvePackageFile(projectDir, specifier) {
  try {
    return createRequire(join(projectDir, 'package.json')).resolve(specifier);
  } catch {
    throw new NotInstalledError(`${specifier.split('/')[0]} is not installed in node_modules`);
  }
}

/** Where install.js puts the executable inside dist/ for a platform (its getPlatformPath). */
export function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The platform and arch Electron's install.js downloads for, by its rules: its variables, npm's,
 * then this process, with an x64 Node under Rosetta on Apple silicon getting arm64. The
 * download here and install.js must agree, or install.js misses the cache and downloads again.
 * @param {Record<string, string | undefined>} env
 */
export function installTarget(env) {
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
  let arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch;
  if (platform === 'darwin' && process.platform === 'darwin' && arch === 'x64' && env.npm_config_arch === undefined) {
    try {
      if (execSync('sysctl -in sysctl.proc_translated').toString().trim() === '1') arch = 'arm64';
    } catch {
      // Not under Rosetta, or sysctl is unavailable: keep x64, as install.js does.
    }
  }
  return { platform, arch };
}

/**
 * Where the Electron executable is, by the same rules as Electron's own index.js, plus
 * electron-vite's ELECTRON_EXEC_PATH; `present` says whether it is there.
 * @param {{ dir: string, version: string }} electron
 * @param {Record<string, string | undefined>} env
 * @returns {{ path: string | null, from: 'ELECTRON_EXEC_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH' | 'node_modules', present: boolean }}
 */
export function findElectronBinary(electron, env) {
  if (env.ELECTRON_EXEC_PATH) {
    return { path: env.ELECTRON_EXEC_PATH, from: 'ELECTRON_EXEC_PATH', present: existsSync(env.ELECTRON_EXEC_PATH) };
  }
  const pathFile = join(electron.dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const expected = platformExecutable(installTarget(env).platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    // Electron's index.js falls back to "electron"; the platform's own name finds electron.exe
    // and Electron.app too, as when no download ever wrote path.txt.
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || expected);
    return { path, from: 'ELECTRON_OVERRIDE_DIST_PATH', present: existsSync(path) };
  }
  if (!relative) return { path: null, from: 'node_modules', present: false };
  const path = join(electron.dir, 'dist', relative);
  // As install.js decides: another version's binary, or another platform's (node_modules
  // shared with WSL or a container), is not installed.
  const versionFile = join(electron.dir, 'dist', 'version');
  const installed = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') : '';
  const present = existsSync(path) && installed === electron.version && relative === expected;
  return { path, from: 'node_modules', present };
}

/**
 * Downloads Electron's archive into Electron's cache with the options its install.js uses, so
 * install.js then finds it there. A download that receives nothing for `stallMs` is abandoned:
 * a blocked network or a silent proxy ends in an error, never a hang.
 * @param {{ dir: string, version: string }} electron
 * @param {{ stallMs: number, onProgress: (progress: { transferred: number, total: number | null, percent: number }) => void }} options
 */
export async function downloadElectron(electron, { stallMs, onProgress }) {
  const { downloadArtifact } = await import(pathToFileURL(resolvePackageFile(electron.dir, '@electron/get')).href);
  const env = process.env;
  const remoteChecksums = env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums;
  const controller = new AbortController();
  let timer;
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => controller.abort(new Error(`the download received no data for ${stallMs / 1000} s`)),
      stallMs,
    );
  };
  watch();
  try {
    await downloadArtifact({
      version: electron.version,
      artifactName: 'electron',
      ...installTarget(env),
      force: env.force_no_cache === 'true',
      cacheRoot: env.electron_config_cache,
      checksums: remoteChecksums ? undefined : JSON.parse(readFileSync(join(electron.dir, 'checksums.json'), 'utf8')),
      downloadOptions: {
        quiet: true,
        signal: controller.signal,
        getProgressCallback: (progress) => {
          watch();
          onProgress(progress);
        },
      },
    });
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs Electron's install.js, which unpacks the cached archive and writes path.txt. Its output
 * is kept, and only its error line is reported.
 * @param {{ dir: string }} electron
 * @returns {Promise<void>}
 */
export function runElectronInstaller(electron, { timeoutMs }) {
  const { platform, arch } = installTarget(process.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(electron.dir, 'install.js')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The target the archive was downloaded for; npm_config_arch also turns off install.js's
      // own Rosetta check, so it looks for exactly the archive in the cache.
      env: { ...process.env, ELECTRON_INSTALL_PLATFORM: platform, ELECTRON_INSTALL_ARCH: arch, npm_config_arch: arch },
    });
    // It only unpacks a cached archive: should it start a download of its own, it is not left to hang.
    const timer = setTimeout(() => child.kill(), timeoutMs);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else if (signal) reject(new Error(`Electron's installer did not finish within ${timeoutMs / 1000} s`));
      else reject(new Error(`Electron's installer failed: ${errorLine(output) || `exit status ${code}`}`));
    });
  });
}

/**
 * The line of a Node error report that says what went wrong: an uncaught throw prints the
 * file and line, the source line and a caret first, then "SomeError: …".
 */
export function errorLine(output) {
  const lines = output.split('\n').map((line) => line.trim());
  return (
    lines.find((line) => /^(\w*Error\b|Error \[)/.test(line)) ?? lines.find((line) => line && !line.startsWith('at '))
  );
}

/**
 * One line for an error, with its cause: fetch() reports "fetch failed" and keeps the reason
 * (ECONNREFUSED, ENOTFOUND, a certificate) in `cause`.
 * @param {unknown} error
 */
export function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : '';
  return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
}

/**
 * Whether this Node can run Electron's installer: install.js require()s @electron/get, which is
 * ES modules only, and require() of ES modules came in Node 20.19 and 22.12.
 */
export function canRequireEsm() {
  return process.features.require_module === true;
}

/** The lowest version a range like ">= 22.12.0" accepts, or null. */
export function minimumVersion(range) {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(range);
  return match ? match.slice(1).map(Number) : null;
}
