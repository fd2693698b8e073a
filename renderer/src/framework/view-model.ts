import {
  AREA_LABELS,
  AREAS,
  type Area,
  type Framework,
  type Skill,
  type SkillKind,
  type SourceRef,
} from '@shared/domain';

/**
 * Pure shaping of a framework for the browser screen: skills grouped by area and kind,
 * sub-tasks nested under their responsibility, and the role-target matrix. No React here,
 * so it is tested on its own and computed once per framework.
 */

export interface SkillEntry {
  readonly skill: Skill;
  readonly subtasks: readonly SkillEntry[];
  /**
   * When every sub-task quotes the same sentence of the article (the sentence that lists
   * them), the quote is shown once for the group rather than repeated on each sub-task.
   */
  readonly sharedSubtaskSource: SourceRef | undefined;
  /** False for a sub-task whose quote is the group's shared one. */
  readonly showOwnSource: boolean;
}

export interface KindGroup {
  readonly kind: SkillKind;
  readonly label: string;
  readonly entries: readonly SkillEntry[];
}

export interface AreaGroup {
  readonly area: Area;
  readonly label: string;
  readonly kinds: readonly KindGroup[];
  readonly skillCount: number;
}

export const KIND_LABELS: Record<SkillKind, string> = {
  responsibility: 'Responsibilities',
  skill: 'Skills',
};

const KIND_ORDER: readonly SkillKind[] = ['responsibility', 'skill'];

/** Areas in the schema's order; empty areas and kinds are left out. Retired skills are hidden. */
export function groupSkills(framework: Framework): AreaGroup[] {
  const active = framework.skills.filter((skill) => !skill.retired);
  const childrenOf = new Map<string, Skill[]>();
  for (const skill of active) {
    if (skill.parent === undefined) continue;
    const siblings = childrenOf.get(skill.parent) ?? [];
    siblings.push(skill);
    childrenOf.set(skill.parent, siblings);
  }
  const activeIds = new Set(active.map((skill) => skill.id));
  // A sub-task whose parent is retired is shown at the top level rather than lost.
  const topLevel = active.filter((skill) => skill.parent === undefined || !activeIds.has(skill.parent));

  const toEntry = (skill: Skill): SkillEntry => {
    const children = childrenOf.get(skill.id) ?? [];
    const shared = sharedSource(children);
    return {
      skill,
      subtasks: children.map((child) => ({
        skill: child,
        subtasks: [],
        sharedSubtaskSource: undefined,
        showOwnSource: shared === undefined || child.source?.quote !== shared.quote,
      })),
      sharedSubtaskSource: shared,
      showOwnSource: true,
    };
  };

  const groups: AreaGroup[] = [];
  for (const area of AREAS) {
    const inArea = topLevel.filter((skill) => skill.area === area);
    if (inArea.length === 0) continue;
    const kinds: KindGroup[] = [];
    for (const kind of KIND_ORDER) {
      const entries = inArea.filter((skill) => skill.kind === kind).map(toEntry);
      if (entries.length > 0) kinds.push({ kind, label: KIND_LABELS[kind], entries });
    }
    const skillCount = kinds.reduce((n, k) => n + k.entries.reduce((m, e) => m + 1 + e.subtasks.length, 0), 0);
    groups.push({ area, label: AREA_LABELS[area], kinds, skillCount });
  }
  return groups;
}

function sharedSource(children: readonly Skill[]): SourceRef | undefined {
  const first = children[0]?.source;
  if (children.length < 2 || first === undefined) return undefined;
  return children.every((child) => child.source?.quote === first.quote) ? first : undefined;
}

export interface TargetCell {
  readonly level: number;
  readonly levelName: string;
  readonly weight: number;
}

export interface TargetRow {
  readonly skill: Skill;
  readonly isSubtask: boolean;
  /** One cell per role, in the framework's role order; null when the role sets no target. */
  readonly cells: readonly (TargetCell | null)[];
}

export interface TargetSection {
  readonly area: Area;
  readonly label: string;
  readonly rows: readonly TargetRow[];
}

/** Skills × roles, grouped by area in the same order as the skill lists. */
export function roleTargetSections(framework: Framework): TargetSection[] {
  const levelName = (level: number): string =>
    framework.scale.levels.find((l) => l.level === level)?.name ?? `Level ${level}`;
  return groupSkills(framework).map((group) => ({
    area: group.area,
    label: group.label,
    rows: group.kinds.flatMap((kind) =>
      kind.entries.flatMap((entry) => [
        targetRow(entry.skill, false),
        ...entry.subtasks.map((sub) => targetRow(sub.skill, true)),
      ]),
    ),
  }));

  function targetRow(skill: Skill, isSubtask: boolean): TargetRow {
    return {
      skill,
      isSubtask,
      cells: framework.roles.map((role) => {
        const target = role.targets[skill.id];
        return target ? { level: target.level, levelName: levelName(target.level), weight: target.weight } : null;
      }),
    };
  }
}

/** Anchor ids for the in-page table of contents. */
export const areaAnchor = (area: Area): string => `area-${area}`;
