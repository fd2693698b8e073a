import type { Settings } from '@shared/data';
import { ROLE_KEYED_PLANNING, type Framework, type PlanningSettings } from '@shared/domain';
import { formatPath } from '@shared/io';
import { HandlerError } from './errors';

/**
 * Refuses planning settings that give a cost or lead time to a role the framework does not
 * have, naming every such role id. An entry already stored with the same value passes: a role
 * the framework has since dropped leaves its entry behind, unused, and saving the theme or the
 * other planning fields carries it along unchanged (it counts again if the role comes back).
 */
export function checkPlanningRoles(settings: Settings, stored: Settings, framework: Framework): void {
  const known = new Set(framework.roles.map((r) => r.id));
  for (const key of ROLE_KEYED_PLANNING) {
    const entries = settings.planning?.[key] ?? {};
    const before: PlanningSettings[typeof key] = stored.planning?.[key] ?? {};
    const unknown = Object.keys(entries).filter((id) => !known.has(id) && before[id] !== entries[id]);
    if (unknown.length > 0) {
      const named = unknown.map((id) => `"${id}"`).join(', ');
      throw new HandlerError(
        'invalid-request',
        `${key} names ${unknown.length === 1 ? 'a role' : 'roles'} the framework does not have: ${named}`,
        formatPath(['settings', 'planning', key, unknown[0]!]),
      );
    }
  }
}
