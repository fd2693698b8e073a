import builtinFrameworkJson from '../../../resources/frameworks/ds-vs-de.json';
import type { Framework } from '@shared/domain';
import { describeProblem, parseFramework } from '@shared/io';

export type FrameworkLoad =
  { readonly ok: true; readonly framework: Framework } | { readonly ok: false; readonly message: string };

export const BUILTIN_FRAMEWORK_FILE = 'resources/frameworks/ds-vs-de.json';

/** Validates a framework document; a bad one yields a message naming the file and field. */
export function loadFramework(data: unknown, fileName: string): FrameworkLoad {
  const parsed = parseFramework(data);
  return parsed.ok
    ? { ok: true, framework: parsed.value }
    : { ok: false, message: describeProblem(parsed.error, fileName) };
}

/** The framework shipped with the app, validated like any imported file. */
export const loadBuiltinFramework = (): FrameworkLoad => loadFramework(builtinFrameworkJson, BUILTIN_FRAMEWORK_FILE);
