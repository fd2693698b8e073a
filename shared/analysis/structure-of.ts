import type { Member, Organisation } from '../domain';
import type { FrameworkIndex } from './framework-index';
import { roleLookup } from './product-teams';
import { structureAdvice } from './structure';
import type { RoleSeparation, StructureAdvice } from './types';

/**
 * The structure advice of one analysis: one pass over the members. The analyzer keeps it
 * while the separation and every member's product team and role stay the same.
 */
export function structureOf(
  organisation: Organisation,
  members: readonly Member[],
  index: FrameworkIndex,
  separation: RoleSeparation,
): StructureAdvice {
  return structureAdvice({
    organisation,
    members,
    roleOf: roleLookup(index.framework),
    carriers: separation.carriers,
    thresholdPercent: separation.thresholdPercent,
  });
}
