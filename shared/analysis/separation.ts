import type { Member, Organisation } from '../domain';
import { isEngineeringArea, isScienceArea, type FrameworkIndex } from './framework-index';
import { PERCENT_TOLERANCE, round1, round2 } from './numbers';
import { compareStrings } from './text';
import type { EngineeringCarrier, RoleSeparation } from './types';

/** The engineering load the hiring plan must absorb, unrounded. */
export interface EngineeringLoad {
  /** FTE above the threshold, summed over the scientists over it: what hires must take at least. */
  excessFte: number;
  /** Per product team: all engineering FTE of its over-threshold scientists, and the excess part. */
  byTeam: { productTeam: string; overFte: number; excessFte: number }[];
}

/** True when an engineering share is over the threshold (beyond float noise). */
export const isOverThreshold = (percent: number, threshold: number): boolean => percent > threshold + PERCENT_TOLERANCE;

/**
 * What a member's role makes them in the separation: a scientist (data-science family), an
 * engineer (data-engineering family), another framework role that can carry engineering work
 * (machine learning, analytics, …), or no framework role at all ("other": left out of load).
 */
export const RowKind = { Other: 0, Scientist: 1, Engineer: 2, Specialist: 3 } as const;

/**
 * Each member's engineering work, one row per member in member order: what the separation
 * sums. Rows are filled one member at a time, so a changed member changes only its row.
 */
export interface EngineeringRows {
  kind: Uint8Array;
  /** Percent of the member's time on engineering responsibilities (their own role's included). */
  percent: Float64Array;
  /** Engineering FTE a member carries for others: work their own role does not target. */
  carriedFte: Float64Array;
  /** The exact percent of time behind `carriedFte`: what carriers are ordered by (they show it rounded). */
  carriedPercent: Float64Array;
  /** 1 when a carrier is over the threshold. */
  over: Uint8Array;
  /** The part of an over-threshold carrier's carried FTE above the threshold. */
  excessFte: Float64Array;
  /** The member as a carrier of engineering work, or null. */
  carriers: (EngineeringCarrier | null)[];
}

export function engineeringRows(size: number): EngineeringRows {
  return {
    kind: new Uint8Array(size),
    percent: new Float64Array(size),
    carriedFte: new Float64Array(size),
    carriedPercent: new Float64Array(size),
    over: new Uint8Array(size),
    excessFte: new Float64Array(size),
    carriers: new Array<EngineeringCarrier | null>(size).fill(null),
  };
}

/**
 * The responsibilities a member would carry for others if they spent time on them: every
 * engineering responsibility not their own role's work, for a member with a framework role
 * outside the data-engineering family; none for engineers or members with no framework role.
 */
export function carriedResponsibilities(member: Member, index: FrameworkIndex): ReadonlySet<string> | null {
  const role = index.roleById.get(member.role);
  if (role === undefined || isEngineeringArea(role.role.area)) return null;
  return new Set([...index.engineeringResponsibilities].filter((id) => !role.ownWork.has(id)));
}

/**
 * Fills row `row` of `rows` for `member`. Engineering work is carried when a member outside
 * the data-engineering family spends time on an engineering responsibility that is not their
 * own role's work (the role's `owns`): a data scientist running pipelines carries it, an analytics engineer
 * modelling data is doing their own job. Members with no framework role carry nothing.
 */
export function fillEngineeringRow(
  rows: EngineeringRows,
  row: number,
  member: Member,
  index: FrameworkIndex,
  threshold: number,
): void {
  const role = index.roleById.get(member.role);
  const area = role?.role.area;
  const engineer = area !== undefined && isEngineeringArea(area);
  const canCarry = role !== undefined && !engineer;
  rows.kind[row] = engineer
    ? RowKind.Engineer
    : role === undefined
      ? RowKind.Other
      : isScienceArea(role.role.area)
        ? RowKind.Scientist
        : RowKind.Specialist;
  const engineering = index.engineeringResponsibilities;
  const allocation = member.allocation;
  let pct = 0;
  let carriedPct = 0;
  let responsibilities: { skillId: string; percent: number }[] | null = null;
  for (const id in allocation) {
    if (!engineering.has(id)) continue;
    const share = allocation[id]!;
    pct += share;
    if (canCarry && share > 0 && !role.ownWork.has(id)) {
      carriedPct += share;
      (responsibilities ??= []).push({ skillId: id, percent: share });
    }
  }
  rows.percent[row] = pct;
  rows.carriedFte[row] = 0;
  rows.carriedPercent[row] = 0;
  rows.over[row] = 0;
  rows.excessFte[row] = 0;
  rows.carriers[row] = null;
  if (!canCarry || carriedPct <= 0 || responsibilities === null) return;
  const fte = (member.fte * carriedPct) / 100;
  const over = isOverThreshold(carriedPct, threshold);
  rows.carriedFte[row] = fte;
  rows.carriedPercent[row] = carriedPct;
  if (over) {
    rows.over[row] = 1;
    rows.excessFte[row] = (member.fte * (carriedPct - threshold)) / 100;
  }
  // Sorted by the exact shares, then rounded in place (the list is this carrier's own).
  if (responsibilities.length > 1) {
    responsibilities.sort((a, b) => b.percent - a.percent || compareStrings(a.skillId, b.skillId));
  }
  for (const r of responsibilities) r.percent = round1(r.percent);
  rows.carriers[row] = {
    memberId: member.id,
    name: member.name,
    productTeam: member.productTeam,
    roleId: member.role,
    engineeringPercent: round1(carriedPct),
    engineeringFte: round2(fte),
    overThreshold: over,
    responsibilities,
  };
}

/**
 * The order carriers are listed in: largest exact share first (34.72 % before 34.66 %, though
 * both show as 34.7 %), then by name and id, then by member order (a stable sort's order),
 * so that it is total and a binary search finds a carrier's place.
 */
export function compareCarrierRows(rows: Pick<EngineeringRows, 'carriers' | 'carriedPercent'>) {
  const { carriers, carriedPercent } = rows;
  return (a: number, b: number): number => {
    const ca = carriers[a]!;
    const cb = carriers[b]!;
    return (
      carriedPercent[b]! - carriedPercent[a]! ||
      compareStrings(ca.name, cb.name) ||
      compareStrings(ca.memberId, cb.memberId) ||
      a - b
    );
  };
}

/** The rows of every carrier, in carrier order. */
export function sortedCarrierRows(rows: EngineeringRows): number[] {
  const order: number[] = [];
  rows.carriers.forEach((c, row) => {
    if (c !== null) order.push(row);
  });
  return order.sort(compareCarrierRows(rows));
}

/**
 * Role separation: how much data-engineering work members employed as scientists carry,
 * who is over the organisation's threshold; and, for
 * the hiring plan, the exact load above the threshold. Sums run in member order, so the
 * result does not depend on which rows were filled when.
 */
export function separationFrom(
  members: readonly Member[],
  organisation: Organisation,
  rows: EngineeringRows,
  carrierOrder: readonly number[],
): { separation: RoleSeparation; load: EngineeringLoad } {
  let scientists = 0;
  let engineers = 0;
  let carried = 0;
  let overThresholdFte = 0;
  let excessFte = 0;
  const byTeam = new Map<string, { overFte: number; excessFte: number }>();
  const { kind, carriedFte, over, excessFte: excessOf } = rows;
  for (let m = 0; m < members.length; m++) {
    const k = kind[m]!;
    if (k === RowKind.Engineer) engineers++;
    if (k === RowKind.Scientist) scientists++;
    const fte = carriedFte[m]!;
    if (fte === 0) continue;
    carried += fte;
    if (over[m] === 1) {
      const excess = excessOf[m]!;
      overThresholdFte += fte;
      excessFte += excess;
      const productTeam = members[m]!.productTeam;
      const team = byTeam.get(productTeam);
      if (team) {
        team.overFte += fte;
        team.excessFte += excess;
      } else byTeam.set(productTeam, { overFte: fte, excessFte: excess });
    }
  }
  const teams = [...byTeam.entries()]
    .map(([productTeam, t]) => ({ productTeam, ...t }))
    .sort((a, b) => b.overFte - a.overFte || compareStrings(a.productTeam, b.productTeam));

  const separation: RoleSeparation = {
    thresholdPercent: organisation.engineeringLoadThreshold,
    scientists,
    engineers,
    engineeringFteCarriedByScientists: round2(carried),
    engineeringFteOverThreshold: round2(overThresholdFte),
    engineeringFteAboveThreshold: round2(excessFte),
    carriers: carrierOrder.map((row) => rows.carriers[row]!),
    byProductTeam: teams.map((t) => ({
      productTeam: t.productTeam,
      engineeringFte: round2(t.overFte),
      aboveThresholdFte: round2(t.excessFte),
    })),
  };
  return { separation, load: { excessFte, byTeam: teams } };
}
