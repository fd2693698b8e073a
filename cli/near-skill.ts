import type { Framework } from '../shared/domain';
import { normaliseHeader } from '../shared/interchange/normalise';

/*
 * The skill a header most likely means when it matches none exactly: "Data Visualization"
 * (US spelling) for the alias "Data visualisation". Only a suggestion in a --map hint;
 * the import itself never guesses beyond case, accents and punctuation.
 */

/** Letters apart that still count as the same word misspelt. */
const MAX_DISTANCE = 2;
/** Headers shorter than this are too short for a spelling match to mean anything. */
const MIN_LENGTH = 5;

/** Edit distance, giving up (Infinity) once it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    if (Math.min(...current) > limit) return Infinity;
    previous = current;
  }
  return previous[b.length]!;
}

export interface NearSkill {
  skillId: string;
  /** The skill's name, or the alias the header is close to. */
  text: string;
}

/** The one skill whose name, id or alias is within two letters of the header, else undefined. */
export function nearSkill(header: string, framework: Framework): NearSkill | undefined {
  const key = normaliseHeader(header);
  if (key.length < MIN_LENGTH || key.length > 200) return undefined;
  const near = new Map<string, string>();
  for (const skill of framework.skills) {
    for (const text of [skill.name, skill.id, ...(skill.aliases ?? [])]) {
      if (!near.has(skill.id) && distance(key, normaliseHeader(text), MAX_DISTANCE) <= MAX_DISTANCE) {
        near.set(skill.id, text);
      }
    }
  }
  const [only, ...others] = [...near];
  return only !== undefined && others.length === 0 ? { skillId: only[0], text: only[1] } : undefined;
}
