import type { Framework } from '../domain';
import type { FrameworkChanges } from './types';

/**
 * How the framework of a later round differs from an earlier one's, skill by skill id: a
 * skill renamed keeps its id (and its levels are compared), one the later framework lacks
 * is retired, one the earlier lacked is added. Nothing is dropped without being listed here.
 */
export function frameworkChanges(from: Framework, to: Framework): FrameworkChanges {
  const before = new Map(from.skills.map((s) => [s.id, s.name]));
  const after = new Set(to.skills.map((s) => s.id));
  const changes: FrameworkChanges = {
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    added: [],
    retired: [],
    renamed: [],
  };
  for (const skill of to.skills) {
    const name = before.get(skill.id);
    if (name === undefined) changes.added.push({ skillId: skill.id, name: skill.name });
    else if (name !== skill.name) changes.renamed.push({ skillId: skill.id, from: name, to: skill.name });
  }
  for (const skill of from.skills) {
    if (!after.has(skill.id)) changes.retired.push({ skillId: skill.id, name: skill.name });
  }
  return changes;
}
