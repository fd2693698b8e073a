import { existsSync, readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAlias } from '../support/path-aliases';

/*
 * The sandboxed preload is bundled with everything it imports at run time. It builds
 * window.gapwise from the contract's method table (shared/ipc/methods.ts), not from the
 * contract with its schemas, so zod never enters the bundle: main validates every request.
 */

const ROOT = resolve(__dirname, '../..');

/** The specifiers a file imports at run time: type-only imports are erased by the compiler. */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+([^'";]*?)\s*from\s*'([^']+)'/gm)) {
    const clause = match[1]!;
    if (/^type\s/.test(clause)) continue;
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    if (names !== undefined && names.split(',').every((name) => name.trim() === '' || /^type\s/.test(name.trim()))) {
      continue;
    }
    found.push(match[2]!);
  }
  for (const match of source.matchAll(/^import\s+'([^']+)'/gm)) found.push(match[1]!);
  return found;
}

/** The repo file a relative or aliased specifier from `file` resolves to. */
function resolveFile(file: string, spec: string): string {
  const base = resolveAlias(spec) ?? posix.join(posix.dirname(file), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base]) {
    if (existsSync(resolve(ROOT, candidate))) return candidate;
  }
  throw new Error(`${file}: cannot resolve ${spec}`);
}

/** Every package the file reaches at run time through its relative imports, with the first file importing it. */
function packagesReached(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(resolve(ROOT, file), 'utf8'))) {
      if (spec.startsWith('.') || resolveAlias(spec) !== null) visit(resolveFile(file, spec));
      else if (!packages.has(spec)) packages.set(spec, file);
    }
  };
  visit(entry);
  return packages;
}

describe('the preload bundle', () => {
  it('reaches no package but electron at run time: no zod, no schemas', () => {
    expect(Object.fromEntries(packagesReached('electron/preload/index.ts'))).toEqual({
      electron: 'electron/preload/index.ts',
    });
  });

  it('the check sees through relative imports to a package', () => {
    expect(packagesReached('shared/ipc/contract.ts').get('zod')).toBe('shared/ipc/contract.ts');
    expect(runtimeImports("import { a, type B } from './x';\nimport { type C } from './y';")).toEqual(['./x']);
  });
});
