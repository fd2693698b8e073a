import type { SkillKind } from '@shared/domain';

/** A skill kind as the editor names it, in the skill list and the add form alike. */
export const KIND_NAMES: Record<SkillKind, string> = { responsibility: 'Responsibility', skill: 'Skill' };
