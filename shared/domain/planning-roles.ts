import type { Framework } from './framework';
import type { PlanningSettings } from './planning';

/** The planning settings' entries keyed by role id. */
export const ROLE_KEYED_PLANNING = ['roleCosts', 'leadTimeMonths'] as const;

export interface UnusedPlanningEntry {
  key: (typeof ROLE_KEYED_PLANNING)[number];
  roleId: string;
  /** "settings.planning.roleCosts.data-enginer" */
  path: string;
}

/**
 * Costs and lead times stored for role ids the framework does not have: a role the framework
 * has since dropped (kept, and counted again if it returns), or a typo in a hand-edited file.
 * Either way they are not used, and the manager is told so rather than left to wonder why a
 * cost or lead time has no effect.
 */
export function unusedPlanningEntries(
  planning: PlanningSettings | undefined,
  framework: Pick<Framework, 'roles'>,
): UnusedPlanningEntry[] {
  const known = new Set(framework.roles.map((r) => r.id));
  return ROLE_KEYED_PLANNING.flatMap((key) =>
    Object.keys(planning?.[key] ?? {})
      .filter((roleId) => !known.has(roleId))
      .map((roleId) => ({ key, roleId, path: `settings.planning.${key}.${roleId}` })),
  );
}

/** One line per unused entry: where it is and why it has no effect. */
export function unusedPlanningNotices(
  planning: PlanningSettings | undefined,
  framework: Pick<Framework, 'roles'>,
): string[] {
  const ids = framework.roles.map((r) => `"${r.id}"`).join(', ');
  return unusedPlanningEntries(planning, framework).map(
    (e) =>
      `${e.path}: the framework has no role "${e.roleId}", so this ${e.key === 'roleCosts' ? 'cost' : 'lead time'} is not used (its roles: ${ids})`,
  );
}
