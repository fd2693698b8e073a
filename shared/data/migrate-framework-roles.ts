import shipped100 from '../../resources/frameworks/history/ds-vs-de-1.0.0.json';
import shipped110 from '../../resources/frameworks/history/ds-vs-de-1.1.0.json';
import { builtinFrameworkStep, listNames, roleList } from './migrate-builtin-framework';

/*
 * Data version 2 → 3: the framework file format 2 (items may name an external source) and
 * the built-in framework 1.1.0 (ML engineer, analytics engineer and data analyst / BI
 * developer roles, six tool skills).
 */

const missingRoles = (mine: unknown, next: unknown) =>
  roleList(next).filter((r) => !roleList(mine).some((own) => own.id === r.id));

export const addBuiltinRoles = builtinFrameworkStep({
  previous: shipped100,
  next: shipped110,
  updated: (previous, next) =>
    `The built-in framework is now version ${String(next['version'])}: it adds the roles ${listNames(missingRoles(previous, next).map((r) => r.name))}, which are not from the article and name their sources. Your team's levels and roles are unchanged.`,
  kept: (mine, next) => {
    const missing = missingRoles(mine, next);
    return missing.length === 0
      ? undefined
      : `Your framework is kept as you edited it. The built-in framework ${String(next['version'])} has roles yours does not: ${listNames(missing.map((r) => r.name))}. To use them, reset to the built-in framework on the Frameworks screen (your target, skill and role changes are then lost) or add them to yours.`;
  },
});
