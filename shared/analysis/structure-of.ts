import type { Member, Organisation } from '../domain';
import type { FrameworkIndex } from './framework-index';
import { roleLookup } from './product-teams';
import { structureAdvice } from './structure';
import type { RoleSeparation, StructureAdvice } from './types';

/**
 * The structure advice of one analysis. Computed on every analysis rather than kept with the
 * cached separation: it also depends on members' product teams and roles, which an edit can
 * change without changing anyone's engineering work. One pass over the members.
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
