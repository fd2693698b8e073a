import { z } from 'zod';
import { Id, MultiLineText, NonEmptyText, Text } from './ids';
import { roleTitleIssues } from './role-titles';
import { ProficiencyScale, maxLevel } from './scale';

/**
 * Skill areas, which are also role families. The article has the first three; machine
 * learning (engineering) and analytics are the families of roles real teams add to them.
 */
export const AREAS = ['data-science', 'data-engineering', 'machine-learning', 'analytics', 'shared'] as const;
export const Area = z.enum(AREAS);
export type Area = z.infer<typeof Area>;

export const AREA_LABELS: Record<Area, string> = {
  'data-science': 'Data science',
  'data-engineering': 'Data engineering',
  'machine-learning': 'Machine learning engineering',
  analytics: 'Analytics',
  shared: 'Shared',
};

export const SKILL_KINDS = ['responsibility', 'skill'] as const;
export const SkillKind = z.enum(SKILL_KINDS);
export type SkillKind = z.infer<typeof SkillKind>;

/** Where in the source article a skill comes from, so every item can be traced back. */
export const SourceRef = z.strictObject({
  section: Text(200),
  quote: NonEmptyText(1000),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** An https address: the only kind a framework may point a reader to. */
export const HttpsUrl = z
  .string()
  .max(500)
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
      } catch {
        return false;
      }
    },
    { message: 'must be an https address such as "https://example.org/page"' },
  );

/**
 * Where an item that is not from the article comes from: a public publication named by its
 * publisher and title, with a summary of what it says in Gapwise's own words (never a quote
 * to pass off as the article's).
 */
export const ExternalSource = z.strictObject({
  publisher: NonEmptyText(200),
  title: NonEmptyText(300),
  year: z.int().min(1900).max(2100).optional(),
  url: HttpsUrl,
  summary: NonEmptyText(1000),
});
export type ExternalSource = z.infer<typeof ExternalSource>;

/** An item comes from the article (`source`) or from elsewhere (`externalSource`), never both. */
const oneProvenance = (item: { source?: unknown; externalSource?: unknown }, ctx: z.RefinementCtx): void => {
  if (item.source !== undefined && item.externalSource !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['externalSource'],
      message: 'an item comes from the article ("source") or from elsewhere ("externalSource"), not both',
    });
  }
};

export const Skill = z
  .strictObject({
    id: Id,
    name: NonEmptyText(120),
    area: Area,
    kind: SkillKind,
    description: MultiLineText(1000),
    /** A sub-task names the responsibility it belongs to (e.g. feature engineering → model training). */
    parent: Id.optional(),
    /** Other names the skill goes by; used to match spreadsheet columns. */
    aliases: z.array(NonEmptyText(120)).max(20).optional(),
    source: SourceRef.optional(),
    externalSource: ExternalSource.optional(),
    retired: z.boolean().optional(),
  })
  .superRefine(oneProvenance);
export type Skill = z.infer<typeof Skill>;

export const SkillTarget = z.strictObject({
  level: z.int().min(0).max(10),
  weight: z.number().positive().max(100),
});
export type SkillTarget = z.infer<typeof SkillTarget>;

/**
 * When a role's targets set the team's coverage requirements: always (the article's two
 * roles: every data team needs their skills), or only while someone holds the role, so a
 * team with no BI developer is not asked to cover BI developers' skills.
 */
export const ROLE_REQUIREMENTS = ['always', 'when-staffed'] as const;
export const RoleRequirement = z.enum(ROLE_REQUIREMENTS);
export type RoleRequirement = z.infer<typeof RoleRequirement>;

/** Id a member takes when no framework role describes their job ("other", with their title). */
export const OTHER_ROLE_ID = 'other';

/** How "other" reads wherever a role is named. */
export const OTHER_ROLE_NAME = 'Other (no framework role)';

/** Role id → the name people read, "other" included, for every role of `framework`. */
export function roleNamesOf(framework: { roles: readonly { id: string; name: string }[] }): Map<string, string> {
  return new Map([...framework.roles.map((r): [string, string] => [r.id, r.name]), [OTHER_ROLE_ID, OTHER_ROLE_NAME]]);
}

export const RoleProfile = z.strictObject({
  id: Id.refine((id) => id !== OTHER_ROLE_ID, {
    message: `"${OTHER_ROLE_ID}" is kept for members with no framework role; choose another id`,
  }),
  name: NonEmptyText(120),
  /**
   * Job titles that mean this role ("BI developer", "MLOps engineer"): an imported
   * spreadsheet with only a job-title column gets its roles from them.
   */
  aliases: z.array(NonEmptyText(120)).max(50).optional(),
  /**
   * The family a role belongs to. Engineering work counts as "carried" when a member outside
   * the data-engineering family spends time on an engineering responsibility that is not
   * their own role's work (see `owns`).
   */
  area: Area,
  description: MultiLineText(1000),
  targets: z.record(Id, SkillTarget),
  /**
   * Engineering responsibilities that are this role's own job, never "carried" work: an
   * analytics engineer's data modelling, an ML engineer's deployment pipelines. A target
   * alone does not make work a role's own: a data scientist is expected to know about
   * pipelines (a target of "awareness") without it being their job.
   */
  owns: z.array(Id).max(500).optional(),
  /** When its targets set coverage requirements (absent: always). */
  requires: RoleRequirement.optional(),
  /** Where a role that is not from the article is described. */
  externalSource: ExternalSource.optional(),
});
export type RoleProfile = z.infer<typeof RoleProfile>;

export const FRAMEWORK_KIND = 'gapwise-framework';
/**
 * The framework file format this build writes. Format 2 added `externalSource`, format 3 a
 * role's `aliases`; an older file is read through `upgradeFrameworkFormat` (framework-format.ts).
 */
export const FRAMEWORK_SCHEMA_VERSION = 3;

const FrameworkShape = z.strictObject({
  kind: z.literal(FRAMEWORK_KIND),
  schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
  id: Id,
  name: NonEmptyText(200),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as "1.0.0"'),
  description: MultiLineText(2000),
  source: z
    .strictObject({
      title: NonEmptyText(300),
      author: Text(200),
      file: Text(300).optional(),
    })
    .optional(),
  scale: ProficiencyScale,
  skills: z.array(Skill).min(1).max(500),
  roles: z.array(RoleProfile).min(1).max(50),
});

/**
 * A framework: proficiency scale, skills and role profiles. Cross-references are checked
 * here so that every consumer can trust ids: unique skill and role ids, parents that exist,
 * role targets that name real skills at levels on the scale, and role names and job-title
 * aliases that each mean one role.
 */
export const Framework = FrameworkShape.superRefine((fw, ctx) => {
  const top = maxLevel(fw.scale);
  const skillIndex = new Map<string, number>();
  fw.skills.forEach((skill, i) => {
    const first = skillIndex.get(skill.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['skills', i, 'id'],
        message: `duplicate skill id "${skill.id}" (also skills[${first}])`,
      });
    } else {
      skillIndex.set(skill.id, i);
    }
  });
  fw.skills.forEach((skill, i) => {
    if (skill.parent === undefined) return;
    const parentIndex = skillIndex.get(skill.parent);
    if (parentIndex === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['skills', i, 'parent'],
        message: `unknown parent skill "${skill.parent}"`,
      });
    } else if (skill.parent === skill.id || fw.skills[parentIndex]?.parent !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['skills', i, 'parent'],
        message: 'a parent must be a top-level responsibility (one level of nesting)',
      });
    }
  });
  const roleIds = new Map<string, number>();
  fw.roles.forEach((role, r) => {
    const first = roleIds.get(role.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['roles', r, 'id'],
        message: `duplicate role id "${role.id}" (also roles[${first}])`,
      });
    } else {
      roleIds.set(role.id, r);
    }
    (role.owns ?? []).forEach((skillId, k) => {
      const skill = skillIndex.has(skillId) ? fw.skills[skillIndex.get(skillId)!] : undefined;
      if (skill === undefined || skill.kind !== 'responsibility') {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', r, 'owns', k],
          message:
            skill === undefined
              ? `unknown skill id "${skillId}"`
              : `"${skillId}" is a skill; a role owns responsibilities`,
        });
      }
    });
    for (const [skillId, target] of Object.entries(role.targets)) {
      if (!skillIndex.has(skillId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', r, 'targets', skillId],
          message: `unknown skill id "${skillId}"`,
        });
      }
      if (target.level > top) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', r, 'targets', skillId, 'level'],
          message: `level ${target.level} is above the scale's top level ${top}`,
        });
      }
    }
  });
  for (const issue of roleTitleIssues(fw.roles)) ctx.addIssue({ code: 'custom', ...issue });
});
export type Framework = z.infer<typeof Framework>;
