import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATH_ALIASES, resolveAlias } from './support/path-aliases';

/**
 * Process boundaries (docs/ARCHITECTURE.md, "Folders and what they may import"), checked on the source text so they hold even where the
 * lint rule is switched off: shared/ is pure, renderer/ never reaches Node or Electron,
 * cli/ never reaches Electron or the renderer, and only the two entry files import electron.
 */

const REPO_ROOT = resolve(__dirname, '..');
const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|tsx|jsx)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', 'coverage']);

/** The only files allowed to import `electron` at runtime. */
const ELECTRON_IMPORT_ALLOW_LIST = ['electron/main/index.ts', 'electron/preload/index.ts'];

interface ImportRef {
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

/** Every static import/export-from, dynamic import() and require() specifier in a file. */
function extractImports(source: string): ImportRef[] {
  // Blank out comments (keeping newlines so line numbers stay right); a commented-out
  // import is not an import.
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/^[ \t]*\/\/.*$/gm, '');
  const found: ImportRef[] = [];
  const lineAt = (index: number): number => code.slice(0, index).split('\n').length;
  const patterns: { regex: RegExp; typeGroup?: number; specGroup: number }[] = [
    { regex: /\b(?:import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?(['"])([^'"\n]+)\2/g, typeGroup: 1, specGroup: 3 },
    { regex: /\bimport\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g, specGroup: 2 },
    { regex: /\brequire\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g, specGroup: 2 },
  ];
  for (const { regex, typeGroup, specGroup } of patterns) {
    for (const match of code.matchAll(regex)) {
      const specifier = match[specGroup];
      if (specifier === undefined) continue;
      found.push({
        specifier,
        typeOnly: typeGroup !== undefined && match[typeGroup] !== undefined,
        line: lineAt(match.index),
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));

const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/');
const isNodeBuiltin = (spec: string): boolean =>
  spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0] ?? '');
const isReact = (spec: string): boolean => /^react(?:-dom)?(?:\/|$)/.test(spec);

function resolveRelative(fromFile: string, spec: string): string | null {
  const aliased = resolveAlias(spec);
  if (aliased !== null) return aliased;
  if (!spec.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(fromFile), spec));
}

const isUnder = (path: string | null, folder: string): boolean =>
  path !== null && (path === folder || path.startsWith(`${folder}/`));

interface Violation {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  readonly rule: string;
}

/**
 * The boundary rules for one file. `file` is repo-relative with forward slashes. Type-only
 * imports are erased by the compiler, so the renderer may take the preload API's type.
 */
function checkFile(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  for (const ref of extractImports(source)) {
    const target = resolveRelative(file, ref.specifier);
    const fail = (rule: string): void => {
      violations.push({ file, line: ref.line, specifier: ref.specifier, rule });
    };

    if (isElectron(ref.specifier) && !ELECTRON_IMPORT_ALLOW_LIST.includes(file)) {
      fail('only the main and preload entry files may import electron');
    }
    if (isUnder(file, 'shared')) {
      if (isNodeBuiltin(ref.specifier)) fail('shared/ may not import Node built-ins');
      if (isReact(ref.specifier)) fail('shared/ may not import React');
      for (const folder of ['electron', 'renderer', 'cli']) {
        if (isUnder(target, folder)) fail(`shared/ may not import from ${folder}/`);
      }
    }
    if (isUnder(file, 'renderer')) {
      if (isNodeBuiltin(ref.specifier)) fail('renderer/ may not import Node built-ins');
      const typeOnlyPreloadApi = ref.typeOnly && target === 'electron/preload/api-types';
      if (isUnder(target, 'electron') && !typeOnlyPreloadApi) fail('renderer/ may not import from electron/');
      if (isUnder(target, 'cli')) fail('renderer/ may not import from cli/');
    }
    if (isUnder(file, 'cli')) {
      if (isUnder(target, 'renderer')) fail('cli/ may not import from renderer/');
    }
  }
  return violations;
}

function listSourceFiles(folder: string): string[] {
  const absolute = join(REPO_ROOT, folder);
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    return []; // a folder that does not exist yet has nothing to check
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listSourceFiles(path);
    return SOURCE_EXTENSIONS.test(entry.name) ? [path] : [];
  });
}

const toPosix = (path: string): string => path.split(sep).join('/');

describe('boundary checker', () => {
  it('extracts static, type-only, re-export, dynamic and require specifiers', () => {
    const refs = extractImports(
      [
        "import { a } from './a';",
        "import type { B } from '../b';",
        'import {',
        '  c,',
        '  d,',
        "} from 'c-d';",
        "import './side-effect.css';",
        "export * from './re';",
        "export type { E } from './e';",
        "const f = await import('f');",
        'const g = require("g");',
        "// import h from 'commented-out';",
        "/* import i from 'block-comment'; */",
      ].join('\n'),
    );
    expect(refs.map((r) => [r.specifier, r.typeOnly])).toEqual([
      ['./a', false],
      ['../b', true],
      ['c-d', false],
      ['./side-effect.css', false],
      ['./re', false],
      ['./e', true],
      ['f', false],
      ['g', false],
    ]);
    expect(refs.find((r) => r.specifier === 'c-d')?.line).toBe(3);
  });

  it('flags every forbidden import in a synthetic bad shared/ file', () => {
    const bad = [
      "import { app } from 'electron';",
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { win } from '../../electron/main/window-options';",
      "import { App } from '../../renderer/src/App';",
      "const cli = await import('../../cli/run');",
      "const os = require('os');",
      "import { z } from 'zod';",
      "import { Id } from './ids';",
    ].join('\n');
    const violations = checkFile('shared/domain/bad.ts', bad);
    expect(violations.map((v) => v.specifier)).toEqual([
      'electron',
      'node:fs/promises',
      'path',
      'react',
      'react-dom/client',
      '../../electron/main/window-options',
      '../../renderer/src/App',
      '../../cli/run',
      'os',
    ]);
  });

  it('flags Node, Electron and electron/ value imports in the renderer but allows the preload API type', () => {
    const source = [
      "import type { GapwiseApi } from '../../electron/preload/api-types';",
      "import { IPC_CHANNELS } from '../../electron/ipc-channels';",
      "import { ipcRenderer } from 'electron';",
      "import { readFileSync } from 'fs';",
      "import { useState } from 'react';",
      "import { Framework } from '../../shared/domain';",
    ].join('\n');
    expect(checkFile('renderer/src/bad.ts', source).map((v) => v.specifier)).toEqual([
      '../../electron/ipc-channels',
      'electron',
      'fs',
    ]);
  });

  it('flags electron and renderer imports in the CLI, and electron outside the allow-list', () => {
    const cli =
      "import { app } from 'electron';\nimport { App } from '../renderer/src/App';\nimport fs from 'node:fs';";
    expect(checkFile('cli/bad.ts', cli).map((v) => v.specifier)).toEqual(['electron', '../renderer/src/App']);
    expect(checkFile('electron/main/helper.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(checkFile('electron/main/index.ts', "import { app } from 'electron';")).toEqual([]);
  });
});

describe('path aliases', () => {
  it('flags forbidden imports written with an alias as with a relative path', () => {
    const shared = ["import { App } from '@renderer/App';", "import { store } from '@main/store';"].join('\n');
    expect(checkFile('shared/domain/bad.ts', shared).map((v) => v.specifier)).toEqual(['@renderer/App', '@main/store']);
    expect(checkFile('renderer/src/bad.ts', "import { openStore } from '@main/store';").map((v) => v.rule)).toEqual([
      'renderer/ may not import from electron/',
    ]);
    expect(checkFile('cli/bad.ts', "import { App } from '@renderer/App';")).toHaveLength(1);
    expect(checkFile('renderer/src/ok.ts', "import { Member } from '@shared/domain';")).toEqual([]);
  });

  it('reads the aliases from the tsconfig files', () => {
    expect(Object.fromEntries(PATH_ALIASES)).toEqual({
      '@shared/': 'shared/',
      '@renderer/': 'renderer/src/',
      '@main/': 'electron/main/',
    });
  });
});

describe('repository boundaries', () => {
  const files = ['shared', 'renderer', 'cli', 'electron', 'scripts'].flatMap(listSourceFiles).map(toPosix);

  it('finds the source folders', () => {
    expect(files.some((f) => f.startsWith('shared/'))).toBe(true);
    expect(files.some((f) => f.startsWith('renderer/'))).toBe(true);
    expect(files).toContain('electron/main/index.ts');
  });

  it('has no import that crosses a process boundary', () => {
    const violations = files.flatMap((file) => checkFile(file, readFileSync(join(REPO_ROOT, file), 'utf8')));
    const report = violations.map((v) => `${v.file}:${v.line} imports "${v.specifier}": ${v.rule}`);
    expect(report).toEqual([]);
  });

  it('imports electron only in the allow-listed entry files', () => {
    const importers = files.filter((file) =>
      extractImports(readFileSync(join(REPO_ROOT, file), 'utf8')).some((ref) => isElectron(ref.specifier)),
    );
    expect(importers.sort()).toEqual([...ELECTRON_IMPORT_ALLOW_LIST].sort());
  });
});
