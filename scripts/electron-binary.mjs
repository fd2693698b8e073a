// Finding and installing Electron's binary for `npm start` and `npm run dev`.
//
// Electron 45 has no postinstall download: its binary is fetched lazily, by `require('electron')`
// (which blocks with no progress and then throws a stack) or by its `install-electron` bin.
// electron-vite only reads node_modules/electron/path.txt and throws "Electron uninstall" when
// it is missing. So the launcher (scripts/start.mjs) checks here first, and installs through
// Electron's own pieces: its download library (@electron/get, resolved from the electron
// package itself, so always the version Electron pins) and then its install.js, which finds the
// downloaded archive in the cache, unpacks it and writes path.txt.
import { spawn } from 'node:child_process';
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
  const manifest = createRequire(join(projectDir, 'package.json')).resolve('electron/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  return { dir: dirname(manifest), version: pkg.version, requiredNode: pkg.engines?.node ?? '' };
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
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return { path, from: 'ELECTRON_OVERRIDE_DIST_PATH', present: existsSync(path) };
  }
  if (!relative) return { path: null, from: 'node_modules', present: false };
  const path = join(electron.dir, 'dist', relative);
  // A binary left from another Electron version (install.js checks the same file) is not ours.
  const versionFile = join(electron.dir, 'dist', 'version');
  const installed = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') : '';
  return { path, from: 'node_modules', present: existsSync(path) && installed === electron.version };
}

/**
 * Downloads Electron's archive into Electron's cache with the options its install.js uses, so
 * install.js then finds it there. A download that receives nothing for `stallMs` is abandoned:
 * a blocked network or a silent proxy ends in an error, never a hang.
 * @param {{ dir: string, version: string }} electron
 * @param {{ stallMs: number, onProgress: (progress: { transferred: number, total: number | null, percent: number }) => void }} options
 */
export async function downloadElectron(electron, { stallMs, onProgress }) {
  const require = createRequire(join(electron.dir, 'package.json'));
  const { downloadArtifact } = await import(pathToFileURL(require.resolve('@electron/get')).href);
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
      platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
      arch: env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch,
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
export function runElectronInstaller(electron) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(electron.dir, 'install.js')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Electron's installer failed: ${firstErrorLine(output) || `exit status ${code}`}`));
    });
  });
}

/** The first line of a Node error report that is not a stack frame. */
function firstErrorLine(output) {
  return output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at '));
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

/** The lowest version a range like ">= 22.12.0" accepts, or null. */
export function minimumVersion(range) {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(range);
  return match ? match.slice(1).map(Number) : null;
}

/** Whether `version` ("20.20.2") is older than `minimum` ([22, 12, 0]). */
export function isOlder(version, minimum) {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) < minimum[i];
  }
  return false;
}
