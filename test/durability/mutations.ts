import type { AppData } from '@shared/data';

/*
 * The numbered mutations the child applies and the parent replays. Each depends only on
 * its number and the state before it, so the parent can say exactly what the data file
 * must hold after k of them, and the organisation name says which k a file holds.
 */

/** The organisation name after mutation `i`: how a data file tells which mutation it holds. */
export const nameAfter = (i: number): string => `Mutation ${i}`;

/** The mutation number a data file's organisation name claims; 0 before the first; undefined when it is neither. */
export function mutationNumberOf(data: AppData, initialName: string): number | undefined {
  if (data.organisation.name === initialName) return 0;
  const match = /^Mutation ([1-9]\d*)$/.exec(data.organisation.name);
  return match ? Number(match[1]) : undefined;
}

/**
 * Mutation `i`: renames the organisation, writes a note on member `i mod n` and sets one of
 * their levels. Returns new data (the store's data is frozen); never mutates `data`.
 */
export function mutate(data: AppData, i: number): AppData {
  const at = i % data.members.length;
  const member = data.members[at]!;
  const skills = data.framework.skills;
  const skill = skills[i % skills.length]!.id;
  const levels = data.framework.scale.levels.length;
  const members = data.members.slice();
  members[at] = {
    ...member,
    notes: `Note written by mutation ${i}.`,
    levels: { ...member.levels, [skill]: i % levels },
  };
  return { ...data, organisation: { ...data.organisation, name: nameAfter(i) }, members };
}

/** The state after mutations 1…k applied to `initial`. */
export function stateAfter(initial: AppData, k: number): AppData {
  let data = initial;
  for (let i = 1; i <= k; i += 1) data = mutate(data, i);
  return data;
}

/**
 * How many mutations the child issues at once starting with mutation `i`: mostly one at a
 * time, sometimes a burst that the store has to coalesce into fewer writes.
 */
export function burstAt(i: number): number {
  const pattern = [1, 1, 3, 1, 2, 1, 5, 1] as const;
  return pattern[i % pattern.length]!;
}
