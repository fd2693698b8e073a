import shipped110 from '../../resources/frameworks/history/ds-vs-de-1.1.0.json';
// The newest step targets the framework as it ships now. When the built-in framework changes
// again, copy this file to history/ first and point this step at the copy.
import shipped120 from '../../resources/frameworks/ds-vs-de.json';
import { roleTitleKey } from '../domain/role-titles';
import { builtinFrameworkStep, listNames, roleList } from './migrate-builtin-framework';

/*
 * Data version 3 → 4: the built-in framework 1.2.0, whose roles list the job titles they
 * stand for ("BI developer", "MLOps engineer"), and the rule that comes with them: a role
 * name or title means one role only.
 */

const MAX_NAME = 120;

/**
 * Roles whose names version 3 accepted but version 4 refuses, because two roles would share
 * one job title ("Data engineer" and "data engineer"): every role after the first gets its id
 * after its name, which no other role has. The user is told each rename.
 */
export function separateRoleNames(framework: Record<string, unknown>, note: (change: string) => void) {
  const roles = framework['roles'];
  if (!Array.isArray(roles)) return framework;
  const named = (role: unknown): { id: string; name: string } | undefined => {
    if (role === null || typeof role !== 'object' || Array.isArray(role)) return undefined;
    const { id, name } = role as { id?: unknown; name?: unknown };
    return typeof id === 'string' && typeof name === 'string' ? { id, name } : undefined;
  };
  // Every name as it is stays taken, so a new name never lands on a later role's.
  const taken = new Set(roles.map((role: unknown) => roleTitleKey(named(role)?.name ?? '')));
  const firstNamed = new Map<string, string>();
  let changed = false;
  const renamed = roles.map((role: unknown) => {
    const found = named(role);
    if (found === undefined) return role;
    const { id, name } = found;
    const key = roleTitleKey(name);
    const first = firstNamed.get(key);
    if (key === '' || first === undefined) {
      firstNamed.set(key, name);
      return role;
    }
    let next = '';
    for (let n = 1; next === '' || taken.has(roleTitleKey(next)); n++) {
      const suffix = n === 1 ? ` (${id})` : ` (${id} ${n})`;
      next = `${name.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(roleTitleKey(next));
    changed = true;
    note(
      `${first === name ? `Two roles of your framework were both called "${name}"` : `The roles "${first}" and "${name}" of your framework differ only in case or punctuation`}, so a job title could not tell them apart: the role with id "${id}" is now called "${next}". Rename it on the Frameworks screen if you like.`,
    );
    return { ...(role as object), name: next };
  });
  return changed ? { ...framework, roles: renamed } : framework;
}

export const addRoleTitles = builtinFrameworkStep({
  previous: shipped110,
  next: shipped120,
  updated: (_previous, next) =>
    `The built-in framework is now version ${String(next['version'])}: each role lists the job titles it stands for (such as "BI developer" or "MLOps engineer"), so a spreadsheet with only a job-title column gets its roles from them. Your team's levels and roles are unchanged.`,
  kept: (mine, next) => {
    const builtinIds = new Set(roleList(next).map((r) => r.id));
    const untitled = roleList(mine).filter(
      (r) => builtinIds.has(r.id) && !(Array.isArray(r.aliases) && r.aliases.length > 0),
    );
    return untitled.length === 0
      ? undefined
      : `Your framework is kept as you edited it. The built-in framework ${String(next['version'])} lists the job titles each role stands for, so that a spreadsheet's job-title column gives people their roles; your roles ${listNames(untitled.map((r) => r.name))} list none, so only their names are matched. Map other titles when you import, or reset to the built-in framework on the Frameworks screen (your target, skill and role changes are then lost).`;
  },
  repair: separateRoleNames,
});
