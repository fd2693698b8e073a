#!/usr/bin/env node
// `npm start` (node scripts/start.mjs preview) and `npm run dev` (node scripts/start.mjs dev):
// make sure Electron's binary is on disk, installing it once if need be, then hand over to
// electron-vite with that binary. When Electron cannot be had, say why and what to do in one
// paragraph and exit 1 at once, instead of electron-vite's bare "Electron uninstall".
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  canRequireEsm,
  describeError,
  downloadElectron,
  findElectronBinary,
  minimumVersion,
  NotInstalledError,
  readElectronPackage,
  resolvePackageFile,
  runElectronInstaller,
} from './electron-binary.mjs';

/** A download that receives nothing for this long is given up: offline ends in an error, not a hang. */
const STALL_MS = 20_000;
/** Unpacking the cached archive takes seconds; an installer still busy after this is stopped. */
const INSTALL_TIMEOUT_MS = 180_000;
const WIDTH = 92;
/** Whether a progress line is open in the terminal, to be ended before anything else is printed. */
let progressShown = false;

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [mode, ...passThrough] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error('usage: node scripts/start.mjs preview|dev [electron-vite options]');
  process.exit(2);
}

/** The command the person typed, to run again after a failure. */
const rerun = mode === 'dev' ? '`npm run dev`' : '`npm start`';
const electron = readInstalled(() => readElectronPackage(projectDir));
const binary = await ensureElectron();
launch(binary.path);

/** Runs a look-up in node_modules; a package missing there means `npm install` never ran. */
function readInstalled(lookUp) {
  try {
    return lookUp();
  } catch (error) {
    if (!(error instanceof NotInstalledError)) throw error;
    console.error(`Gapwise could not start: ${error.message}. Run \`npm install\` first, then ${rerun}.`);
    process.exit(1);
  }
}

async function ensureElectron() {
  const found = findElectronBinary(electron, process.env);
  if (found.present) return found;
  if (found.from !== 'node_modules') {
    fail(`${found.from} points at ${found.path}, where there is no Electron executable`, [
      `Point ${found.from} at an Electron ${electron.version} you have, or unset it to download Electron.`,
    ]);
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    fail(`ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron ${electron.version} was not downloaded`, [
      `Unset ELECTRON_SKIP_BINARY_DOWNLOAD and run ${rerun} again.`,
    ]);
  }
  if (!canRequireEsm()) {
    fail(
      `Electron's installer needs Node 20.19 or newer (22.12 or newer on Node 22), and this is Node ${process.versions.node}`,
      [`Install a current Node (22 or 24) and run ${rerun} again.`],
    );
  }
  console.log(`Electron ${electron.version} is not installed yet. Downloading it, once…`);
  try {
    await downloadElectron(electron, { stallMs: STALL_MS, onProgress: progressPrinter() });
  } catch (error) {
    endProgressLine();
    fail(`downloading Electron ${electron.version} failed (${describeError(error)})`, [
      `To retry, run ${rerun} again.`,
    ]);
  }
  endProgressLine();
  try {
    await runElectronInstaller(electron, { timeoutMs: INSTALL_TIMEOUT_MS });
  } catch (error) {
    fail(`installing Electron ${electron.version} failed (${describeError(error)})`, [`To retry, run ${rerun} again.`]);
  }
  const installed = findElectronBinary(electron, process.env);
  if (!installed.present) fail(`Electron's installer finished but left no executable in ${electron.dir}`, []);
  console.log(`Electron ${electron.version} is installed.`);
  return installed;
}

function launch(executable) {
  // The production build is quiet for `npm start`; `npm run dev` keeps the dev server's log.
  const args = mode === 'preview' ? ['preview', '--logLevel', 'warn', ...passThrough] : ['dev', ...passThrough];
  if (mode === 'preview') console.log('Building Gapwise…');
  const manifest = readInstalled(() => resolvePackageFile(projectDir, 'electron-vite/package.json'));
  const bin = join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin['electron-vite']);
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: projectDir,
    stdio: 'inherit',
    // electron-vite launches the executable named here instead of reading path.txt.
    env: { ...process.env, ELECTRON_EXEC_PATH: executable },
  });
  // Ctrl+C reaches the whole process group, Electron included: this process only waits for the
  // child to end (a second SIGINT could cut Electron's own shutdown short). A SIGTERM or SIGHUP
  // sent to this process alone is passed on; Windows has neither to pass.
  process.on('SIGINT', () => {});
  if (process.platform !== 'win32') {
    for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`gapwise: could not run electron-vite: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * Prints the one paragraph a person needs when Electron cannot be had, and exits 1: what
 * failed, the Node the app needs, how to retry or point at a mirror or a binary on disk, and
 * that the command-line tool needs none of it.
 */
function fail(what, retry) {
  const minimum = minimumVersion(electron.requiredNode);
  const need = minimum
    ? `The desktop app needs Node ${minimum.join('.')} or newer (Electron ${electron.version}'s requirement;` +
      ` this is Node ${process.versions.node}) and the internet once, to fetch Electron; after that it runs offline.`
    : 'The desktop app needs the internet once, to fetch Electron; after that it runs offline.';
  const sentences = [
    `Gapwise could not start: ${what}.`,
    need,
    ...retry,
    'Behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1; to download from a mirror, set' +
      ' ELECTRON_MIRROR (and ELECTRON_CUSTOM_DIR for its folder layout); to use an Electron' +
      ` ${electron.version} already on disk, set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds electron, electron.exe or Electron.app.`,
    'The command-line tool works fully offline: `npm run build`, then `npx gapwise analyze resources/sample-team.json`.',
  ];
  // The terminal's width where there is one (less a column, so no line wraps by itself).
  const width = Math.min(WIDTH, (process.stderr.columns || WIDTH + 1) - 1);
  console.error(`\n${wrap(sentences.join(' '), width)}\n`);
  process.exit(1);
}

/** Wraps at spaces, but never inside a `command`, so each can be copied whole. */
function wrap(text, width) {
  const words = text.match(/(?:`[^`]*`|[^\s`])+/g) ?? [];
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Download progress: one line rewritten in a terminal, a line per tenth elsewhere (CI logs). */
function progressPrinter() {
  let lastShown = -1;
  let lastText = '';
  return ({ transferred, total, percent }) => {
    // The same callback reports SHASUMS256.txt when checksums are fetched: only the archive counts.
    if (total !== null && total < 1_000_000) return;
    const megabytes = (bytes) => (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0);
    const tenths = Math.floor(percent * 10);
    const text = total
      ? `Downloading Electron ${electron.version}: ${Math.floor(percent * 100)} % of ${megabytes(total)} MB`
      : `Downloading Electron ${electron.version}: ${megabytes(transferred)} MB`;
    if (process.stdout.isTTY) {
      if (text === lastText) return;
      lastText = text;
      // Back to the line's start, and clear what a longer line before left behind.
      process.stdout.write(`\r${text}\x1b[K`);
      progressShown = true;
    } else if (tenths > lastShown) {
      lastShown = tenths;
      console.log(text);
    }
  };
}

function endProgressLine() {
  if (progressShown) process.stdout.write('\n');
  progressShown = false;
}
