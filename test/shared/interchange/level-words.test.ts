import { describe, expect, it } from 'vitest';
import type { Framework } from '@shared/domain';
import { guessLevel } from '@shared/interchange/layout';
import { builtinFramework } from '../../support/fixtures';

const fw = builtinFramework();
const withLevels = (names: string[]): Framework => ({
  ...fw,
  scale: { levels: names.map((name, level) => ({ level, name, description: `${name}.` })) },
});

describe('common rating words as levels', () => {
  it('reads Beginner, Intermediate, Advanced and the Dreyfus stages as the built-in scale levels they mean', () => {
    const words = ['Beginner', 'intermediate', 'ADVANCED', 'Novice', 'Advanced beginner', 'Competent', 'Proficient'];
    expect(words.map((w) => guessLevel(w, fw))).toEqual([1, 2, 3, 1, 1, 2, 3]);
    expect(['Master', 'No experience', 'Basic'].map((w) => guessLevel(w, fw))).toEqual([4, 0, 1]);
  });

  it('guesses nothing on a scale without the level a word means', () => {
    const lowHigh = withLevels(['Nil', 'Low', 'Mid', 'High']);
    expect(['Beginner', 'Intermediate', 'Advanced', 'Expert'].map((w) => guessLevel(w, lowHigh))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(guessLevel('Mid', lowHigh)).toBe(2);
  });

  it("a scale's own level of that name wins over the word's meaning", () => {
    const own = withLevels(['None', 'Beginner', 'Awareness', 'Working', 'Intermediate']);
    expect(['Beginner', 'Intermediate', 'Novice'].map((w) => guessLevel(w, own))).toEqual([1, 4, 2]);
  });
});
