import { Framework, type Area, type RoleProfile, type Skill, type SkillKind, type SkillTarget } from '@shared/domain';
import { describeProblem, problemFromZod } from '@shared/io';

/*
 * Pure edits of a framework draft. The draft is a plain Framework whose weights may be NaN
 * while someone is typing; nothing is sent before `checkFramework` has passed it.
 */

import { slugify, uniqueSlug as uniqueId } from '@shared/domain';

export { slugify, uniqueId };

/** How the editor's parts change the draft: a pure edit of the current draft. */
export type EditDraft = (change: (current: Framework) => Framework) => void;

/** Sets (or, with null, removes) one role's target for one skill. */
export function setTarget(
  framework: Framework,
  roleId: string,
  skillId: string,
  target: SkillTarget | null,
): Framework {
  return {
    ...framework,
    roles: framework.roles.map((role) => {
      if (role.id !== roleId) return role;
      const targets = { ...role.targets };
      if (target) targets[skillId] = target;
      else delete targets[skillId];
      return { ...role, targets };
    }),
  };
}

export interface NewSkill {
  name: string;
  area: Area;
  kind: SkillKind;
  description: string;
}

/** Adds a skill with an id made from its name; returns the framework and the new id. */
export function addSkill(framework: Framework, draft: NewSkill): { framework: Framework; id: string } {
  const id = uniqueId(
    draft.name,
    framework.skills.map((s) => s.id),
    'skill',
  );
  const skill: Skill = {
    id,
    name: draft.name.trim(),
    area: draft.area,
    kind: draft.kind,
    description: draft.description.trim(),
  };
  return { framework: { ...framework, skills: [...framework.skills, skill] }, id };
}

/** Changes one skill's fields (the id stays: members are assessed against it). */
export function updateSkill(framework: Framework, skillId: string, change: Partial<Omit<Skill, 'id'>>): Framework {
  return {
    ...framework,
    skills: framework.skills.map((skill) => (skill.id === skillId ? { ...skill, ...change } : skill)),
  };
}

/** Retires a skill (kept so assessments stay valid) or restores it. */
export function setRetired(framework: Framework, skillId: string, retired: boolean): Framework {
  return {
    ...framework,
    skills: framework.skills.map((skill) => {
      if (skill.id !== skillId) return skill;
      const next = { ...skill };
      if (retired) next.retired = true;
      else delete next.retired;
      return next;
    }),
  };
}

export interface NewRole {
  name: string;
  area: Area;
  description: string;
}

/** Adds a role with an id made from its name and no targets yet. */
export function addRole(framework: Framework, draft: NewRole): { framework: Framework; id: string } {
  const id = uniqueId(
    draft.name,
    framework.roles.map((r) => r.id),
    'role',
  );
  const role: RoleProfile = {
    id,
    name: draft.name.trim(),
    area: draft.area,
    description: draft.description.trim(),
    targets: {},
  };
  return { framework: { ...framework, roles: [...framework.roles, role] }, id };
}

export function updateRole(
  framework: Framework,
  roleId: string,
  change: Partial<Omit<RoleProfile, 'id' | 'targets'>>,
): Framework {
  return {
    ...framework,
    roles: framework.roles.map((role) => (role.id === roleId ? { ...role, ...change } : role)),
  };
}

/** A weight as typed: empty or not a number gives NaN, which the schema refuses with its path. */
export function parseWeight(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export type Checked = { ok: true; framework: Framework } | { ok: false; message: string };

/** The schema's verdict on a draft: the cleaned framework, or the first problem with its path. */
export function checkFramework(draft: Framework): Checked {
  const result = Framework.safeParse(draft);
  return result.success
    ? { ok: true, framework: result.data }
    : { ok: false, message: describeProblem(problemFromZod(result.error)) };
}
