import { normaliseHeader } from './normalise';

/*
 * The words managers rate with when their sheet is not written in the framework's own level
 * names: "Beginner", "Intermediate", "Advanced", the Dreyfus stages. Each is read as the
 * level of the built-in scale's name it means — only when the framework's scale has a level
 * of that name, so a scale of other names is never guessed at. The user sees the guess in
 * the level-label table (or the CLI's --map "levels") and may change it.
 */

/** Word → the name of the scale level it means (built-in scale: None, Awareness, Working, Practitioner, Expert). */
const LEVEL_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'no experience': 'none',
    'no knowledge': 'none',
    novice: 'awareness',
    beginner: 'awareness',
    basic: 'awareness',
    'advanced beginner': 'awareness',
    intermediate: 'working',
    competent: 'working',
    advanced: 'practitioner',
    proficient: 'practitioner',
    master: 'expert',
  }).map(([word, level]) => [normaliseHeader(word), normaliseHeader(level)]),
);

/**
 * The level a common rating word means on this scale (levelNames: normalised level name →
 * level), or undefined when the word is not one of them or the scale has no level of its name.
 */
export function levelOfWord(key: string, levelNames: ReadonlyMap<string, number>): number | undefined {
  const name = LEVEL_WORDS.get(key);
  return name === undefined ? undefined : levelNames.get(name);
}
