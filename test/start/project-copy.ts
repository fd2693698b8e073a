import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Left out of the copy: what a clone does not have, and what `npm start` never reads. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'out', 'dist', 'coverage', 'test-results', 'docs']);

/** The files of the electron package that npm installs; never its downloaded binary. */
const NOT_INSTALLED_BY_NPM = new Set(['dist', 'path.txt']);

export interface ProjectCopy {
  dir: string;
  /** The copy's own node_modules/electron, as npm leaves it: no binary, no path.txt. */
  electronDir: string;
  remove(): void;
}

/**
 * A copy of the project in a temporary folder, as a fresh `npm install` leaves it: the sources,
 * node_modules linked to this checkout's, and an electron package of its own with no binary.
 * `npm start` builds into the copy's out/, so the suites that read this checkout's out/ are
 * not disturbed, and an installed Electron here (a developer's) does not hide the missing one.
 */
export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'gapwise-start-'));
  for (const entry of readdirSync(ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    // Vite's and other tools' caches stay with the checkout they belong to.
    if (name === '.vite' || name === '.cache') continue;
    const source = join(ROOT, 'node_modules', name);
    if (name === 'electron') {
      cpSync(source, join(modules, name), {
        recursive: true,
        filter: (path) => path === source || !NOT_INSTALLED_BY_NPM.has(basename(path)) || !isTopLevel(source, path),
      });
    } else {
      symlinkSync(source, join(modules, name));
    }
  }
  return { dir, electronDir: join(modules, 'electron'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function isTopLevel(packageDir: string, path: string): boolean {
  return resolve(path, '..') === packageDir;
}
