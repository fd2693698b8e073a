import {
  DEFAULT_LEAD_TIME_MONTHS,
  DEFAULT_UPSKILL_MONTHS_PER_LEVEL,
  type Framework,
  type Member,
  type Organisation,
  type PlannedHire,
  type PlanningSettings,
  type Scenario,
} from '../domain';
import { round2 } from './numbers';
import { roleLookup } from './product-teams';
import { scenarioTeam } from './scenario';
import { teamFigures } from './team-figures';
import { compareStrings } from './text';
import { addMonths, isIsoDate, quarterEnd, quarterLabel, quarterOf, quarterStart } from './timeline-dates';
import type { RiskWindow, Timeline, TimelineEvent, TimelineEventKind, TimelineQuarter } from './timeline-types';
import type { Hire, HiringPlan } from './types';

export type * from './timeline-types';

/** The projection shows at least a year. */
export const MIN_TIMELINE_QUARTERS = 4;
/** …and at most five years: a change dated later is listed, not drawn. */
export const MAX_TIMELINE_QUARTERS = 20;

export interface TimelineInput {
  framework: Framework;
  organisation: Organisation;
  members: readonly Member[];
  /** The scenario whose departures, role moves and planned hires are dated; none for today's plan. */
  scenario?: Scenario | null;
  /** The plan of the team with the scenario applied (today's plan when there is no scenario). */
  plan: HiringPlan;
  planning?: PlanningSettings;
  /** The day the projection starts from (yyyy-mm-dd); the caller owns the clock. */
  today: string;
}

/** Months to hire for a role: the settings' lead time, else the default. */
export const leadTimeMonths = (planning: PlanningSettings | undefined, roleId: string): number =>
  planning?.leadTimeMonths?.[roleId] ?? DEFAULT_LEAD_TIME_MONTHS;

/** Months for a member to grow `levels` levels. */
export const upskillMonths = (planning: PlanningSettings | undefined, levels: number): number =>
  Math.max(0, levels) * (planning?.upskillMonthsPerLevel ?? DEFAULT_UPSKILL_MONTHS_PER_LEVEL);

/** An event before its quarter is known. */
type Dated = Omit<TimelineEvent, 'quarterLabel' | 'quarterIndex'>;

/** A hire on the timeline, and what it adds to the team once it starts. */
interface HireEntry {
  event: Dated | null;
  kind: 'hire' | 'planned-hire';
  id: string;
  roleId: string;
  /** The scenario's date for it, when the manager gave one. */
  fixedDate: string | null;
  planned: PlannedHire;
}

const KIND_ORDER: Record<TimelineEventKind, number> = {
  departure: 0,
  'role-move': 1,
  'planned-hire': 2,
  hire: 3,
  upskill: 4,
};

/**
 * Quarter by quarter, from today's quarter to one past the last change: coverage, single points
 * of failure and the engineering load on scientists, with every dated change in effect.
 *
 * A quarter counts a leaver as gone from the quarter they leave in, a hire from the quarter
 * they start in, a role move from its quarter, and a member's upskilling (the first member the
 * plan lists for each skill) from the quarter it ends in. The plan is made today: every hire it
 * recommends starts after its role's lead time from today. A scenario's date for a planned
 * hire is its target start. A leaver's replacement is the earliest hire in their role (not
 * replacing someone else), and the departure's risk window runs from the quarter they leave
 * in to the one before the replacement starts.
 */
export function projectTimeline(input: TimelineInput): Timeline {
  const { framework, organisation, members, plan, planning, today } = input;
  if (!isIsoDate(today)) throw new Error(`projectTimeline: today "${today}" is not an ISO date`);
  const scenario = input.scenario ?? null;
  const dates = scenario?.dates ?? {};
  const role = roleLookup(framework);
  const memberById = new Map(members.map((m) => [m.id, m]));

  const departures: Dated[] = [];
  for (const id of scenario?.departures ?? []) {
    const member = memberById.get(id);
    if (member === undefined) continue;
    const given = dates[id];
    departures.push({
      kind: 'departure',
      id,
      roleId: member.role,
      roleName: role(member.role).name,
      memberName: member.name,
      skillName: null,
      toLevel: null,
      date: given ?? today,
      basis: given === undefined ? 'today' : 'scenario',
      months: null,
    });
  }
  departures.sort((a, b) => compareStrings(a.date, b.date));

  const moves: (Dated & { memberId: string; toRole: string })[] = [];
  for (const move of scenario?.roleMoves ?? []) {
    const member = memberById.get(move.memberId);
    if (member === undefined) continue;
    const given = dates[move.memberId];
    moves.push({
      kind: 'role-move',
      // Apart from the member's departure, should the scenario have both.
      id: `move:${move.memberId}`,
      roleId: move.toRole,
      roleName: role(move.toRole).name,
      memberName: member.name,
      skillName: null,
      toLevel: null,
      date: given ?? today,
      basis: given === undefined ? 'today' : 'scenario',
      months: null,
      memberId: move.memberId,
      toRole: move.toRole,
    });
  }

  const hires: HireEntry[] = [
    ...(scenario?.plannedHires ?? []).map((h): HireEntry => ({
      event: null,
      kind: 'planned-hire',
      id: h.id,
      roleId: h.role,
      fixedDate: dates[h.id] ?? null,
      planned: h,
    })),
    ...plan.hires.map((h): HireEntry => ({
      event: null,
      kind: 'hire',
      id: `hire:${h.number}`,
      roleId: h.roleId,
      fixedDate: null,
      planned: plannedOf(h),
    })),
  ];

  for (const hire of hires) {
    const months = leadTimeMonths(planning, hire.roleId);
    hire.event = {
      kind: hire.kind,
      id: hire.id,
      roleId: hire.roleId,
      roleName: role(hire.roleId).name,
      memberName: null,
      skillName: null,
      toLevel: null,
      ...(hire.fixedDate !== null
        ? { date: hire.fixedDate, basis: 'scenario' as const, months: null }
        : { date: addMonths(today, months), basis: 'lead-time' as const, months }),
    };
  }
  // Each leaver, earliest first, is replaced by the earliest hire in their role not yet replacing someone.
  const byStart = [...hires].sort((a, b) => compareStrings(a.event!.date, b.event!.date));
  const replacementOf = new Map<string, HireEntry>();
  const used = new Set<HireEntry>();
  for (const departure of departures) {
    const hire = byStart.find((h) => h.roleId === departure.roleId && !used.has(h));
    if (hire === undefined) continue;
    replacementOf.set(departure.id, hire);
    used.add(hire);
  }

  // The plan lists the best few members per skill as alternatives: the first of each is the one grown.
  const upskilled = plan.upskilling.filter((u, i, list) => list.findIndex((v) => v.skillId === u.skillId) === i);
  const upskills: (Dated & { memberId: string; skillId: string; level: number })[] = upskilled.map((u) => {
    const months = upskillMonths(planning, u.requiredLevel - u.currentLevel);
    const roleId = memberById.get(u.memberId)?.role ?? hires.find((h) => h.id === u.memberId)?.roleId ?? '';
    return {
      kind: 'upskill',
      id: `upskill:${u.memberId}:${u.skillId}`,
      roleId,
      roleName: role(roleId).name,
      memberName: u.name,
      skillName: u.skillName,
      toLevel: u.requiredLevel,
      date: addMonths(today, months),
      basis: 'upskill-duration',
      months,
      memberId: u.memberId,
      skillId: u.skillId,
      level: u.requiredLevel,
    };
  });

  // The quarters: from today's to one past the last change, within the bounds.
  const first = quarterOf(today);
  const all: Dated[] = [...departures, ...moves, ...hires.map((h) => h.event!), ...upskills];
  const lastChange = all.reduce((last, e) => Math.max(last, quarterOf(e.date)), first);
  const count = Math.min(MAX_TIMELINE_QUARTERS, Math.max(MIN_TIMELINE_QUARTERS, lastChange + 1 - first + 1));
  // A change dated before today is in effect from the first quarter.
  const positionOf = (date: string): number | null => {
    const at = Math.max(0, quarterOf(date) - first);
    return at < count ? at : null;
  };
  const placed = <T extends Dated>(e: T): T & Pick<TimelineEvent, 'quarterLabel' | 'quarterIndex'> => ({
    ...e,
    quarterLabel: quarterLabel(Math.max(first, quarterOf(e.date))),
    quarterIndex: positionOf(e.date),
  });
  const inEffect = (e: Dated, at: number) => {
    const position = positionOf(e.date);
    return position !== null && position <= at;
  };

  const quarters: TimelineQuarter[] = [];
  let previous: {
    key: string;
    figures: Omit<TimelineQuarter, 'label' | 'start' | 'end' | 'atRisk' | 'events'>;
  } | null = null;
  for (let at = 0; at < count; at++) {
    const leaving = departures.filter((d) => inEffect(d, at));
    const moving = moves.filter((m) => inEffect(m, at));
    const started = hires.filter((h) => inEffect(h.event!, at));
    const grown = upskills.filter((u) => inEffect(u, at));
    const key = [...leaving, ...moving, ...started.map((h) => h.event!), ...grown].map((e) => e.id).join('\u0000');
    if (previous === null || previous.key !== key) {
      const applied = scenarioTeam(
        members,
        {
          id: 'timeline',
          name: 'timeline',
          departures: leaving.map((d) => d.id),
          roleMoves: moving.map((m) => ({ memberId: m.memberId, toRole: m.toRole })),
          plannedHires: started.map((h) => h.planned),
        },
        framework,
        organisation,
      );
      const team = withUpskilling(applied.members, grown);
      // The figures alone: a full analysis per quarter would also plan hires and score every member.
      const summary = teamFigures({ framework, organisation, members: team, unowned: applied.unowned });
      previous = {
        key,
        figures: {
          members: summary.members,
          requiredSkills: summary.requiredSkills,
          skillsCovered: Math.max(0, summary.requiredSkills - summary.skillsWithGaps - summary.unknownSkills),
          singlePointsOfFailure: summary.singlePointsOfFailure,
          carriedFte: round2(summary.engineeringFteCarriedByScientists),
          unownedEngineeringFte: round2(summary.unownedEngineeringFte),
        },
      };
    }
    const quarter = first + at;
    quarters.push({
      label: quarterLabel(quarter),
      start: quarterStart(quarter),
      end: quarterEnd(quarter),
      ...previous.figures,
      atRisk: false,
      events: all.filter((e) => positionOf(e.date) === at).map((e) => e.id),
    });
  }

  const riskWindows: RiskWindow[] = departures.map((d) => {
    const from = positionOf(d.date);
    const hire = replacementOf.get(d.id)?.event ?? null;
    // Without a replacement the window runs to the end of the projection.
    const until = hire === null ? count : (positionOf(hire.date) ?? count);
    const quarterCount = from === null ? 0 : Math.max(0, until - from);
    if (from !== null) for (let at = from; at < from + quarterCount; at++) quarters[at]!.atRisk = true;
    return {
      departureId: d.id,
      leaverName: d.memberName ?? d.id,
      roleId: d.roleId,
      roleName: d.roleName,
      from: quarterLabel(Math.max(first, quarterOf(d.date))),
      to: quarterCount > 0 ? quarters[from! + quarterCount - 1]!.label : null,
      quarters: quarterCount,
      replacementId: hire?.id ?? null,
      replacementStart: hire?.date ?? null,
    };
  });

  const events = all
    .map(placed)
    .sort(
      (a, b) => compareStrings(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareStrings(a.id, b.id),
    );
  return { today, quarters, events, riskWindows };
}

/** A recommended hire as a planned one: its role's targets, with its must-haves at the level the team needs. */
function plannedOf(hire: Hire): PlannedHire {
  const levels: Record<string, number> = {};
  for (const m of hire.mustHave) levels[m.skillId] = m.level;
  return {
    id: `timeline:hire-${hire.number}`,
    role: hire.roleId,
    ...(hire.productTeam !== null ? { productTeam: hire.productTeam } : {}),
    levels,
  };
}

/** The team with each finished upskilling's level reached (new objects only for those members). */
function withUpskilling(
  team: readonly Member[],
  grown: readonly { memberId: string; skillId: string; level: number }[],
): Member[] {
  if (grown.length === 0) return [...team];
  const byMember = new Map<string, Record<string, number>>();
  for (const g of grown) byMember.set(g.memberId, { ...byMember.get(g.memberId), [g.skillId]: g.level });
  return team.map((m) => {
    const levels = byMember.get(m.id);
    return levels === undefined ? m : { ...m, levels: { ...m.levels, ...levels } };
  });
}
