import type { Analysis, MemberResult } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import { maxLevel, roleNamesOf, type Member, type RoleProfile, type Skill } from '@shared/domain';
import { orderedSkills } from '@shared/domain/skill-order';
import { assessmentAge, DEFAULT_STALE_AFTER_MONTHS, type AssessmentAge } from '@shared/domain/staleness';
import { areaColour, PALETTE } from '@renderer/charts/setup';
import { groupByAreaAndKind } from '@renderer/framework/skill-groups';

/*
 * Pure derivations for the member detail view: everything it shows about one member,
 * computed from the stored data and the shared analysis (never recomputed here), so the
 * numbers match the dashboard, the member list and the hiring plan.
 */

/** A table with the same numbers as a chart. */
export interface TableData {
  header: string[];
  rows: (string | number)[][];
  numeric: number[];
}

export interface RadarSeries {
  label: string;
  values: number[];
  colour: string;
}

export interface MemberRadar {
  /** One per axis: a skill's name, or an area's when the skills are many. */
  labels: string[];
  /** The skills the radar covers, whichever its axes. */
  skillIds: string[];
  /** True when the axes are areas of the framework, each the average over its skills. */
  byArea: boolean;
  /** The member's levels first, then the best-fit role's targets, then the other role's. */
  series: RadarSeries[];
  max: number;
  table: TableData;
  summary: string;
}

export interface FitRow {
  roleId: string;
  roleName: string;
  /** Null when none of the role's targets was assessed. */
  fit: number | null;
  own: boolean;
  best: boolean;
}

export interface SkillGap {
  skillId: string;
  name: string;
  /** Null when the skill was not assessed: a target whose gap is unknown, not a gap from 0. */
  level: number | null;
  target: number;
}

/** What a table cell shows for a skill with no level. */
export const NOT_ASSESSED_TEXT = 'not assessed';

/** When the member was last assessed, and whether that is too long ago. */
export interface AssessmentStatus {
  assessedOn: string | null;
  age: AssessmentAge;
  staleAfterMonths: number;
  /** Live skills with no level. */
  notAssessed: number;
  summary: string;
}

export interface EngineeringLoad {
  percent: number;
  fte: number;
  threshold: number;
  /** The threshold applies to members employed in a data-science role. */
  scientist: boolean;
  overThreshold: boolean;
  responsibilities: { skillId: string; name: string; percent: number }[];
  summary: string;
}

export interface UpskillSuggestion {
  skillId: string;
  name: string;
  level: number;
  /** The level to reach: the team's required level, or the own role's target. */
  target: number;
  reasons: string[];
  /** Listed among the hiring plan's upskilling alternatives. */
  inPlan: boolean;
}

export interface MemberDetailData {
  member: Member;
  result: MemberResult;
  roleName: string;
  bestRoleName: string;
  fits: FitRow[];
  fitSummary: string;
  radar: MemberRadar;
  gaps: SkillGap[];
  engineering: EngineeringLoad;
  upskilling: UpskillSuggestion[];
  assessment: AssessmentStatus;
}

/**
 * A fit as people read it: the analysis's own one-decimal figure, so the member's page, the
 * tables and the exports show the same number (62.6 %, never 63 % here and 62.6 there).
 */
export const percent = (value: number | null): string => (value === null ? 'not assessed' : `${value} %`);

/** Live skills in the one skill order (the assessment grid's and the heatmap's). */
const activeSkills = (data: AppData): Skill[] => orderedSkills(data.framework);

/** Positive targets of a role in framework skill order, retired skills left out. */
function targetsOf(role: RoleProfile | undefined, skills: readonly Skill[]): Map<string, number> {
  const targets = new Map<string, number>();
  if (!role) return targets;
  for (const skill of skills) {
    const level = role.targets[skill.id]?.level ?? 0;
    if (level > 0) targets.set(skill.id, level);
  }
  return targets;
}

/** The roles to compare against: the best fit, and the own role if different, else the next-best fit. */
export function comparisonRoles(data: AppData, result: MemberResult): RoleProfile[] {
  const roles = data.framework.roles;
  const best = roles.find((r) => r.id === result.bestRoleId);
  const fitOf = (id: string) => result.fits.find((f) => f.roleId === id)?.fit ?? 0;
  const other =
    result.roleId !== result.bestRoleId
      ? roles.find((r) => r.id === result.roleId)
      : roles.filter((r) => r.id !== result.bestRoleId).sort((a, b) => fitOf(b.id) - fitOf(a.id))[0];
  return [best, other].filter((r): r is RoleProfile => r !== undefined);
}

export function fitRows(data: AppData, result: MemberResult): FitRow[] {
  return result.fits.map((f) => ({
    roleId: f.roleId,
    roleName: data.framework.roles.find((r) => r.id === f.roleId)?.name ?? f.roleId,
    fit: f.fit,
    own: f.roleId === result.roleId,
    best: f.roleId === result.bestRoleId,
  }));
}

/** "Best fit is Data engineer (86 %), employed as Data scientist (68 %)", or the match. */
export function fitSummary(fits: readonly FitRow[]): string {
  const best = fits.find((f) => f.best);
  const own = fits.find((f) => f.own);
  if (!best) return 'No role to compare with.';
  if (!own) return `Best fit is ${best.roleName} (${percent(best.fit)}); the employed role is not in the framework.`;
  if (best.roleId === own.roleId)
    return `Best fit is ${best.roleName} (${percent(best.fit)}): the role they are employed as.`;
  return `Best fit is ${best.roleName} (${percent(best.fit)}), employed as ${own.roleName} (${percent(own.fit)}).`;
}

/** Up to this many skills, the radar has an axis per skill; above, one per area of the framework. */
export const MAX_SKILL_AXES = 10;

const round1 = (n: number): number => Math.round(n * 10) / 10;
const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : round1(values.reduce((sum, v) => sum + v, 0) / values.length);

/**
 * The member's levels against the roles' targets on the skills either role targets: an axis
 * per skill for a small framework, else per area and kind (the average level against the
 * average target), so the axes stay few enough to read.
 */
export function memberRadar(data: AppData, member: Member, roles: readonly RoleProfile[]): MemberRadar {
  const skills = activeSkills(data);
  const targets = roles.map((role) => targetsOf(role, skills));
  const shown = skills.filter((s) => targets.some((t) => t.has(s.id)));
  const levelOf = (s: Skill) => member.levels[s.id] ?? 0;
  const targetOf = (i: number, s: Skill) => targets[i]?.get(s.id) ?? 0;
  const grouped = shown.length > MAX_SKILL_AXES;
  const axes = grouped
    ? groupByAreaAndKind(shown).map((g) => ({ label: g.label, skills: g.items }))
    : shown.map((s) => ({ label: s.name, skills: [s] }));
  const series: RadarSeries[] = [
    { label: member.name, values: axes.map((a) => mean(a.skills.map(levelOf))), colour: PALETTE.team },
    ...roles.map((role, i) => ({
      label: `${role.name} target${i === 0 ? ' (best fit)' : ''}`,
      values: axes.map((a) => mean(a.skills.map((s) => targetOf(i, s)))),
      colour: areaColour(role.area),
    })),
  ];
  const best = roles[0];
  const below = best ? shown.filter((s) => levelOf(s) < targetOf(0, s)).length : 0;
  return {
    labels: axes.map((a) => a.label),
    skillIds: shown.map((s) => s.id),
    byArea: grouped,
    series,
    max: maxLevel(data.framework.scale),
    table: {
      header: grouped
        ? ['Area', `${member.name}'s average level`, ...series.slice(1).map((s) => `${s.label}, average`)]
        : ['Skill', `${member.name}'s level`, ...series.slice(1).map((s) => s.label)],
      rows: axes.map((a, i) => [
        a.label,
        // An axis with no assessed skill reads "not assessed" in the table (the chart draws it at 0).
        ...series.map((serie, s) =>
          s === 0 && a.skills.every((skill) => member.levels[skill.id] === undefined)
            ? NOT_ASSESSED_TEXT
            : (serie.values[i] ?? 0),
        ),
      ]),
      numeric: series.map((_, i) => i + 1),
    },
    summary:
      `Radar of ${member.name}'s levels on ${shown.length} skills` +
      (grouped ? `, as the average in each of ${axes.length} areas,` : '') +
      ` against the ${roles.map((r) => r.name).join(' and ')} targets; ` +
      (best
        ? below === 0
          ? `every ${best.name} target is reached.`
          : `${below} ${below === 1 ? 'skill is' : 'skills are'} below the ${best.name} target.`
        : 'no role targets to compare with.'),
  };
}

/**
 * Skills where the member is below their own role's target, the largest shortfall first, then
 * the targeted skills not assessed (their gap is unknown, so they are listed, not ranked).
 */
export function ownRoleGaps(data: AppData, member: Member): SkillGap[] {
  const skills = activeSkills(data);
  const role = data.framework.roles.find((r) => r.id === member.role);
  const gaps: SkillGap[] = [];
  for (const [skillId, target] of targetsOf(role, skills)) {
    const level = member.levels[skillId];
    const name = skills.find((s) => s.id === skillId)!.name;
    if (level === undefined) gaps.push({ skillId, name, level: null, target });
    else if (level < target) gaps.push({ skillId, name, level, target });
  }
  const shortfall = (g: SkillGap) => (g.level === null ? -1 : g.target - g.level);
  // A stable sort keeps the skill order among equal shortfalls.
  return gaps.sort((a, b) => shortfall(b) - shortfall(a));
}

/** The member's assessment date, its age against the organisation's limit, and the skills left unassessed. */
export function assessmentStatus(data: AppData, member: Member, today: string): AssessmentStatus {
  const months = data.organisation.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS;
  const age = assessmentAge(member.assessedOn, today, months);
  const notAssessed = activeSkills(data).filter((s) => member.levels[s.id] === undefined).length;
  const unassessed =
    notAssessed === 0 ? '' : ` ${notAssessed} ${notAssessed === 1 ? 'skill is' : 'skills are'} not assessed.`;
  const summary =
    age === 'never'
      ? `No assessment date.${unassessed}`
      : age === 'stale'
        ? `Assessed on ${member.assessedOn}: more than ${months} months ago, due for a new assessment.${unassessed}`
        : `Assessed on ${member.assessedOn}.${unassessed}`;
  return { assessedOn: member.assessedOn ?? null, age, staleAfterMonths: months, notAssessed, summary };
}

export function engineeringLoad(data: AppData, analysis: Analysis, member: Member, result: MemberResult) {
  const skills = activeSkills(data);
  const threshold = data.organisation.engineeringLoadThreshold;
  const scientist = data.framework.roles.find((r) => r.id === member.role)?.area === 'data-science';
  const carrier = analysis.separation.carriers.find((c) => c.memberId === member.id);
  const responsibilities = skills
    .filter((s) => s.kind === 'responsibility' && s.area === 'data-engineering' && (member.allocation[s.id] ?? 0) > 0)
    .map((s) => ({ skillId: s.id, name: s.name, percent: member.allocation[s.id] ?? 0 }))
    .sort((a, b) => b.percent - a.percent);
  const overThreshold = scientist && (carrier?.overThreshold ?? false);
  const share = `${result.engineeringPercent} % of their time (${result.engineeringFte} FTE) on data-engineering work`;
  const summary =
    result.engineeringPercent === 0
      ? 'No time on data-engineering work.'
      : !scientist
        ? `${share}.`
        : overThreshold
          ? `${share}: over the organisation's ${threshold} % threshold for data scientists.`
          : `${share}: within the organisation's ${threshold} % threshold for data scientists.`;
  const load: EngineeringLoad = {
    percent: result.engineeringPercent,
    fte: result.engineeringFte,
    threshold,
    scientist,
    overThreshold,
    responsibilities,
    summary,
  };
  return load;
}

/**
 * Skills worth upskilling: a team gap where the member is one level short of the required
 * level (whether or not the hiring plan lists them among its best few), and own-role targets
 * the member misses by one level. Team gaps come first, the largest gap first.
 */
export function upskillSuggestions(data: AppData, analysis: Analysis, member: Member): UpskillSuggestion[] {
  const byId = new Map<string, UpskillSuggestion>();
  const inPlan = new Set(analysis.plan.upskilling.filter((u) => u.memberId === member.id).map((u) => u.skillId));
  const teamGaps = analysis.coverage
    .filter((c) => c.gap > 0 && c.requiredLevel > 0 && member.levels[c.skillId] === c.requiredLevel - 1)
    .sort((a, b) => b.gap - a.gap);
  for (const c of teamGaps) {
    byId.set(c.skillId, {
      skillId: c.skillId,
      name: c.name,
      level: c.requiredLevel - 1,
      target: c.requiredLevel,
      reasons: [
        `The team needs ${c.gap} more ${c.gap === 1 ? 'person' : 'people'} at level ${c.requiredLevel} or above.`,
      ],
      inPlan: inPlan.has(c.skillId),
    });
  }
  // Plan entries whose coverage line was filtered out above (should not happen; kept for safety).
  for (const u of analysis.plan.upskilling) {
    if (u.memberId !== member.id || byId.has(u.skillId)) continue;
    byId.set(u.skillId, {
      skillId: u.skillId,
      name: u.skillName,
      level: u.currentLevel,
      target: u.requiredLevel,
      reasons: ['The hiring plan lists this as an upskilling alternative to a hire.'],
      inPlan: true,
    });
  }
  const roleName = roleNamesOf(data.framework).get(member.role) ?? member.role;
  for (const gap of ownRoleGaps(data, member)) {
    if (gap.level === null || gap.target - gap.level !== 1) continue;
    const reason = `One level short of the ${roleName} target (${gap.target}).`;
    const existing = byId.get(gap.skillId);
    if (existing) existing.reasons.push(reason);
    else byId.set(gap.skillId, { ...gap, level: gap.level, reasons: [reason], inPlan: inPlan.has(gap.skillId) });
  }
  return [...byId.values()];
}

/** Everything the member detail view shows, or null when the member or their result is gone. */
export function memberDetail(
  data: AppData,
  analysis: Analysis,
  memberId: string,
  today: string,
): MemberDetailData | null {
  const member = data.members.find((m) => m.id === memberId);
  const result = analysis.members.find((r) => r.memberId === memberId);
  if (!member || !result) return null;
  const fits = fitRows(data, result);
  const names = roleNamesOf(data.framework);
  const roleName = (id: string) => names.get(id) ?? id;
  return {
    member,
    result,
    roleName: roleName(result.roleId),
    bestRoleName: result.bestRoleId === null ? '—' : roleName(result.bestRoleId),
    fits,
    fitSummary: fitSummary(fits),
    radar: memberRadar(data, member, comparisonRoles(data, result)),
    gaps: ownRoleGaps(data, member),
    engineering: engineeringLoad(data, analysis, member, result),
    upskilling: upskillSuggestions(data, analysis, member),
    assessment: assessmentStatus(data, member, today),
  };
}
