import builtinFrameworkJson from '../../../resources/frameworks/ds-vs-de.json';
import { Framework } from '../../../shared/domain';
import { describeProblem, problemFromZod } from '../../../shared/io/errors';

export type FrameworkLoad =
  { readonly ok: true; readonly framework: Framework } | { readonly ok: false; readonly message: string };

export const BUILTIN_FRAMEWORK_FILE = 'resources/frameworks/ds-vs-de.json';

/** Validates a framework document; a bad one yields a message naming the file and field. */
export function loadFramework(data: unknown, fileName: string): FrameworkLoad {
  const result = Framework.safeParse(data);
  return result.success
    ? { ok: true, framework: result.data }
    : { ok: false, message: describeProblem(problemFromZod(result.error), fileName) };
}

/** The framework shipped with the app, validated like any imported file. */
export const loadBuiltinFramework = (): FrameworkLoad => loadFramework(builtinFrameworkJson, BUILTIN_FRAMEWORK_FILE);
