import builtinFrameworkJson from '../../resources/frameworks/ds-vs-de.json';
import previousBuiltinJson from '../../resources/frameworks/history/ds-vs-de-1.0.0.json';
import { upgradeFrameworkFormat } from '../domain/framework-format';

/*
 * Data version 2 → 3: the framework file format 2 (items may name an external source) and
 * the built-in framework 1.1.0 (ML engineer, analytics engineer and data analyst / BI
 * developer roles, six tool skills). A file still holding the built-in 1.0.0 framework as
 * shipped gets 1.1.0: every skill and role of 1.0.0 is in it unchanged, so every level,
 * allocation and role of the team stays valid. A framework the manager edited or imported
 * is theirs and is kept; they are told which built-in roles they do not have yet.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Same JSON value, whatever the order of object keys (a saved framework is reordered by the schema). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Whether a stored framework is the built-in 1.0.0 one as shipped, in either file format. */
export function isUneditedPreviousBuiltin(framework: unknown): boolean {
  if (!isRecord(framework)) return false;
  const { schemaVersion: _stored, ...rest } = framework;
  const { schemaVersion: _shipped, ...previous } = previousBuiltinJson as Record<string, unknown>;
  return sameValue(rest, previous);
}

const roleList = (framework: unknown): { id: string; name: string }[] => {
  const roles = isRecord(framework) ? framework['roles'] : undefined;
  return Array.isArray(roles)
    ? roles.filter(
        (r): r is { id: string; name: string } =>
          r !== null && typeof r === 'object' && typeof r.id === 'string' && typeof r.name === 'string',
      )
    : [];
};

const listNames = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** The migration step: the built-in framework brought up to date, or the user's kept and relabelled. */
export function updateBuiltinFramework(
  document: Record<string, unknown>,
  note: (change: string) => void,
): Record<string, unknown> {
  const framework = document['framework'];
  // No framework at all is not this step's to judge: validation names it.
  if (!isRecord(framework)) return document;
  const current = builtinFrameworkJson as Record<string, unknown>;
  if (isUneditedPreviousBuiltin(framework)) {
    const added = roleList(current).filter((r) => !roleList(framework).some((old) => old.id === r.id));
    note(
      `The built-in framework is now version ${String(current['version'])}: it adds the roles ${listNames(added.map((r) => r.name))}, which are not from the article and name their sources. Your team's levels and roles are unchanged.`,
    );
    return { ...document, framework: structuredClone(current) };
  }
  // The user's own framework: only its file format changes (format 1 is a subset of format 2).
  // One that cannot be relabelled is left as it is, for validation to name the problem.
  const upgraded = upgradeFrameworkFormat(framework);
  const missing = roleList(current).filter((r) => !roleList(framework).some((mine) => mine.id === r.id));
  if (missing.length > 0) {
    note(
      `Your framework is kept as you edited it. The built-in framework ${String(current['version'])} has roles yours does not: ${listNames(missing.map((r) => r.name))}. To use them, reset to the built-in framework on the Frameworks screen (your target, skill and role changes are then lost) or add them to yours.`,
    );
  }
  return upgraded.ok ? { ...document, framework: upgraded.data } : document;
}
