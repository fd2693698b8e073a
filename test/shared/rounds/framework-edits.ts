import type { Framework, Member } from '@shared/domain';

/** The framework with a skill retired: gone from the skills and every role's targets and ownership. */
export function retireSkill(framework: Framework, skillId: string): Framework {
  return {
    ...framework,
    version: `${framework.version}-without-${skillId}`,
    skills: framework.skills.filter((s) => s.id !== skillId),
    roles: framework.roles.map((role) => {
      const { [skillId]: _gone, ...targets } = role.targets;
      return { ...role, targets, ...(role.owns ? { owns: role.owns.filter((id) => id !== skillId) } : {}) };
    }),
  };
}

export function renameSkill(framework: Framework, skillId: string, name: string): Framework {
  return { ...framework, skills: framework.skills.map((s) => (s.id === skillId ? { ...s, name } : s)) };
}

export function addSkill(framework: Framework, skillId: string, name: string): Framework {
  return {
    ...framework,
    skills: [...framework.skills, { id: skillId, name, area: 'data-engineering', kind: 'skill', description: '' }],
  };
}

/** The member without a level for the skill. */
export function withoutLevel(member: Member, skillId: string): Member {
  const { [skillId]: _gone, ...levels } = member.levels;
  return { ...member, levels };
}
