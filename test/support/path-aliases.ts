import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';

/*
 * The path aliases (@shared/…, @renderer/…, @main/…) as the tsconfig files define them, for
 * tests that follow imports through the source text.
 */

const ROOT = resolve(__dirname, '../..');

function readAliases(): [prefix: string, folder: string][] {
  const aliases = new Map<string, string>();
  for (const config of ['tsconfig.node.json', 'tsconfig.web.json']) {
    const { compilerOptions } = parseJsonc(readFileSync(resolve(ROOT, config), 'utf8')) as {
      compilerOptions: { paths?: Record<string, string[]> };
    };
    for (const [alias, [target]] of Object.entries(compilerOptions.paths ?? {})) {
      aliases.set(alias.replace(/\*$/, ''), posix.normalize(target!.replace(/\*$/, '')));
    }
  }
  return [...aliases];
}

/** Prefix → repo-relative folder, e.g. "@shared/" → "shared/". */
export const PATH_ALIASES: readonly [string, string][] = readAliases();

/** The repo-relative path an aliased specifier points at, or null when it uses no alias. */
export function resolveAlias(spec: string): string | null {
  for (const [prefix, folder] of PATH_ALIASES) {
    if (spec.startsWith(prefix)) return posix.normalize(folder + spec.slice(prefix.length));
  }
  return null;
}
