import type { Member } from '../domain';
import type { FrameworkIndex } from './framework-index';

/**
 * Every member's levels as one dense matrix (member × skill, framework order, 0 where not
 * assessed), built in one walk over each member's own levels. Coverage and fits then read
 * typed-array cells instead of looking up 600,000 string keys in 10,000 objects, twice.
 * Ids the index does not know (retired or unknown skills) are ignored, as lookups did.
 */
export interface LevelMatrix {
  readonly width: number;
  readonly cells: Uint8Array;
}

export function levelMatrix(members: readonly Member[], index: FrameworkIndex): LevelMatrix {
  const width = index.skills.length;
  const cells = new Uint8Array(members.length * width);
  const positionOf = index.positionOf;
  for (let m = 0; m < members.length; m++) {
    const offset = m * width;
    const levels = members[m]!.levels;
    // for…in: never the slowest walk, whether the objects came from JSON.parse, structured
    // clone or code (Object.entries and keyed lookups each lose badly on one of them).
    for (const id in levels) {
      const position = positionOf.get(id);
      if (position !== undefined) cells[offset + position] = levels[id]!;
    }
  }
  return { width, cells };
}
