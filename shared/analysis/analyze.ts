import type { CoveragePolicy, Framework, Member, Organisation, PlanningSettings } from '../domain';
import { budgetPlanOf } from './budget-plan';
import { coverageFrom } from './coverage';
import { memberResult } from './fit';
import { indexFramework, type FrameworkIndex } from './framework-index';
import { round2 } from './numbers';
import { computeHiringPlan, hiresKey, planHires, type PlannedHires } from './hiring-plan';
import { countRow, emptyMatrix, fillRow, LEVEL_BINS, NOT_ASSESSED, type LevelMatrix } from './level-matrix';
import {
  compareCarrierRows,
  engineeringRows,
  fillEngineeringRow,
  separationFrom,
  sortedCarrierRows,
  type EngineeringLoad,
  type EngineeringRows,
} from './separation';
import {
  countTeamRow,
  countTeams,
  teamCoverageOf,
  teamGapsKey,
  teamGapsToPlan,
  type TeamCounts,
} from './team-coverage';
import { NO_UNOWNED_WORK, reportedUnowned, withUnownedLoad, type UnownedWork } from './unowned-work';
import { structureOf } from './structure-of';
import { coverageCounts } from './team-figures';
import type { Analysis, EngineeringCarrier, MemberResult, RoleSeparation, StructureAdvice } from './types';

export interface AnalysisInput {
  framework: Framework;
  organisation: Organisation;
  members: readonly Member[];
  /** Work left by people who leave (a scenario's departures), for the plan to absorb. */
  unowned?: readonly UnownedWork[];
  /** The planning settings: with a hire limit, the analysis adds the best plan within it. */
  planning?: PlanningSettings;
}

/** Everything a `TeamAnalyzer` keeps per member, one row each, in member order. */
interface State {
  framework: Framework;
  policy: CoveragePolicy;
  threshold: number;
  index: FrameworkIndex;
  members: readonly Member[];
  matrix: LevelMatrix;
  histogram: Int32Array;
  /** Per product team and required skill, the holders and the not assessed. */
  teamCounts: TeamCounts;
  /** Members per role id: which `when-staffed` roles set requirements. */
  roleCounts: Map<string, number>;
  rows: EngineeringRows;
  results: MemberResult[];
  /** Rows of the carriers of engineering work, in the order the separation lists them. */
  carrierOrder: number[];
  /** The last separation, kept while no member's engineering row changes. */
  derived: Derived | null;
}

/** What the last analysis derived from the rows, reused while its inputs stay the same. */
interface Derived {
  organisation: Organisation;
  unowned: readonly UnownedWork[];
  separation: RoleSeparation;
  load: EngineeringLoad;
  hiresKey: string;
  hires: PlannedHires;
  /** The structure advice; null when a member's product team or role changed since. */
  structure: StructureAdvice | null;
}

/** Past this share of changed members, filling every row again is cheaper than patching. */
const PATCH_LIMIT = 1 / 8;

/**
 * The whole analysis of a team against a framework, kept up to date across changes.
 *
 * The first `analyze` fills one row per member: levels into a matrix, a level histogram
 * per skill, fits, and engineering work. A later call with the same framework and policy
 * and as many members finds the changed members by identity (the data is immutable, so an
 * edit replaces only the member it edits) and refills only their rows; coverage, sums and
 * the hiring plan are then derived from the rows. The result is the same, to the bit, as a
 * fresh analysis — a property test holds it to that.
 */
export class TeamAnalyzer {
  private state: State | null = null;
  private readonly clock: PhaseClock;

  /**
   * `onPhase`, when given, hears how long each phase of each analysis took (ms): what the
   * bench reports as where the time of an analysis goes. Without it nothing is timed.
   */
  constructor(options: { onPhase?: (phase: AnalysisPhase, ms: number) => void } = {}) {
    this.clock = phaseClock(options.onPhase);
  }

  analyze(input: AnalysisInput): Analysis {
    const state = this.patched(input) ?? this.filled(input, this.clock);
    this.state = state;
    return assemble(input, state, this.clock);
  }

  /** The previous state with the changed members' rows refilled, or null when it cannot be. */
  private patched({ framework, organisation, members }: AnalysisInput): State | null {
    const previous = this.state;
    if (
      previous === null ||
      previous.framework !== framework ||
      previous.threshold !== organisation.engineeringLoadThreshold ||
      previous.members.length !== members.length ||
      !samePolicy(previous.policy, organisation.coverage)
    ) {
      return null;
    }
    const changed: number[] = [];
    const limit = Math.max(8, members.length * PATCH_LIMIT);
    for (let m = 0; m < members.length; m++) {
      if (members[m] !== previous.members[m] && changed.push(m) > limit) return null;
    }
    const { index, matrix, histogram, teamCounts, rows, results, carrierOrder } = previous;
    // A role that sets requirements only while staffed, gaining or losing its last member,
    // changes which skills are required: the index is rebuilt, with every row.
    const roleCounts = new Map(previous.roleCounts);
    for (const row of changed) {
      const before = previous.members[row]!.role;
      const after = members[row]!.role;
      if (before === after) continue;
      roleCounts.set(before, (roleCounts.get(before) ?? 0) - 1);
      roleCounts.set(after, (roleCounts.get(after) ?? 0) + 1);
      for (const id of [before, after]) {
        const staffedBefore = (previous.roleCounts.get(id) ?? 0) > 0;
        if (staffedBefore !== roleCounts.get(id)! > 0 && index.roleById.get(id)?.role.requires === 'when-staffed') {
          return null;
        }
      }
    }
    const compare = compareCarrierRows(rows);
    // Out of the carrier order while the rows still hold the old carriers it is sorted by.
    for (const row of changed) {
      if (rows.carriers[row] === null) continue;
      const at = lowerBound(carrierOrder, row, compare);
      carrierOrder.splice(carrierOrder[at] === row ? at : carrierOrder.indexOf(row), 1);
    }
    let engineeringSame = true;
    for (const row of changed) {
      const member = members[row]!;
      const before = engineeringRowOf(rows, row);
      countRow(histogram, matrix, row, -1);
      countTeamRow(teamCounts, matrix, row, previous.members[row]!, -1);
      matrix.cells.fill(NOT_ASSESSED, row * matrix.width, (row + 1) * matrix.width);
      fillRow(matrix.cells, matrix.width, row, member, index);
      countRow(histogram, matrix, row, 1);
      countTeamRow(teamCounts, matrix, row, member, 1);
      fillEngineeringRow(rows, row, member, index, organisation.engineeringLoadThreshold);
      if (engineeringSame && !sameEngineeringRow(before, engineeringRowOf(rows, row))) engineeringSame = false;
      results[row] = memberResult(member, index, matrix, row, rows.percent[row]!);
      if (rows.carriers[row] !== null) carrierOrder.splice(lowerBound(carrierOrder, row, compare), 0, row);
    }
    const kept = engineeringSame && previous.derived?.organisation === organisation ? previous.derived : null;
    // The structure advice also counts product teams and roles, which an edit can change alone.
    const teamsSame = changed.every(
      (row) =>
        members[row]!.productTeam === previous.members[row]!.productTeam &&
        members[row]!.role === previous.members[row]!.role,
    );
    const derived = kept === null || teamsSame ? kept : { ...kept, structure: null };
    return { ...previous, policy: organisation.coverage, members, roleCounts, derived };
  }

  /** Every row filled from scratch. */
  private filled({ framework, organisation, members }: AnalysisInput, clock: PhaseClock): State {
    clock.start();
    const threshold = organisation.engineeringLoadThreshold;
    const roleCounts = new Map<string, number>();
    for (const member of members) roleCounts.set(member.role, (roleCounts.get(member.role) ?? 0) + 1);
    const index = indexFramework(framework, organisation.coverage, new Set(roleCounts.keys()));
    const width = index.skills.length;
    const matrix = emptyMatrix(members.length, width);
    const histogram = new Int32Array(width * LEVEL_BINS);
    const rows = engineeringRows(members.length);
    const results = new Array<MemberResult>(members.length);
    clock.lap('index');
    for (let m = 0; m < members.length; m++) {
      fillRow(matrix.cells, width, m, members[m]!, index);
      countRow(histogram, matrix, m, 1);
    }
    clock.lap('levels');
    const teamCounts = countTeams(members, index, matrix);
    clock.lap('per-team counts');
    for (let m = 0; m < members.length; m++) fillEngineeringRow(rows, m, members[m]!, index, threshold);
    const carrierOrder = sortedCarrierRows(rows);
    clock.lap('engineering rows');
    for (let m = 0; m < members.length; m++) {
      results[m] = memberResult(members[m]!, index, matrix, m, rows.percent[m]!);
    }
    clock.lap('member results');
    return {
      framework,
      policy: organisation.coverage,
      threshold,
      index,
      members,
      matrix,
      histogram,
      teamCounts,
      roleCounts,
      rows,
      results,
      carrierOrder,
      derived: null,
    };
  }
}

/** One member's engineering row, to tell whether an edit changed it. */
interface EngineeringRow {
  kind: number;
  percent: number;
  carriedFte: number;
  carriedPercent: number;
  over: number;
  excessFte: number;
  carrier: EngineeringCarrier | null;
}

const engineeringRowOf = (rows: EngineeringRows, row: number): EngineeringRow => ({
  kind: rows.kind[row]!,
  percent: rows.percent[row]!,
  carriedFte: rows.carriedFte[row]!,
  carriedPercent: rows.carriedPercent[row]!,
  over: rows.over[row]!,
  excessFte: rows.excessFte[row]!,
  carrier: rows.carriers[row]!,
});

function sameCarrier(a: EngineeringCarrier | null, b: EngineeringCarrier | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.memberId === b.memberId &&
    a.name === b.name &&
    a.productTeam === b.productTeam &&
    a.roleId === b.roleId &&
    a.engineeringPercent === b.engineeringPercent &&
    a.engineeringFte === b.engineeringFte &&
    a.overThreshold === b.overThreshold &&
    a.responsibilities.length === b.responsibilities.length &&
    a.responsibilities.every(
      (r, i) => r.skillId === b.responsibilities[i]!.skillId && r.percent === b.responsibilities[i]!.percent,
    )
  );
}

/** Equal rows sum to equal separations (`Object.is`: a changed −0 or NaN counts as a change). */
const sameEngineeringRow = (a: EngineeringRow, b: EngineeringRow): boolean =>
  a.kind === b.kind &&
  Object.is(a.percent, b.percent) &&
  Object.is(a.carriedFte, b.carriedFte) &&
  Object.is(a.carriedPercent, b.carriedPercent) &&
  a.over === b.over &&
  Object.is(a.excessFte, b.excessFte) &&
  sameCarrier(a.carrier, b.carrier);

/** Policies are small: equal by value when not the same object. */
function samePolicy(a: CoveragePolicy, b: CoveragePolicy): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The first position in `sorted` whose row does not come before `row`. */
function lowerBound(sorted: readonly number[], row: number, compare: (a: number, b: number) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid]!, row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function assemble(
  { framework, organisation, members, unowned = NO_UNOWNED_WORK, planning }: AnalysisInput,
  state: State,
  clock: PhaseClock,
): Analysis {
  const { index, matrix, histogram, teamCounts, rows, carrierOrder } = state;
  clock.start();
  const { coverage, names } = coverageFrom(members, index, matrix, histogram);
  // The separation only changes with someone's engineering row (or the organisation); the
  // hires only with it or with the gaps. An edit of levels alone re-derives neither.
  const reuse = state.derived?.unowned === unowned ? state.derived : null;
  const { separation, load } = reuse ?? separatedWithUnowned(members, organisation, rows, carrierOrder, unowned);
  clock.lap('coverage and separation');
  const teamCoverage = teamCoverageOf(teamCounts, index, organisation.coverage, members.length);
  const teamGaps = teamGapsToPlan(teamCoverage, index);
  clock.lap('per-team coverage');
  const orgGaps = teamCoverage.scope !== 'team';
  const key = `${orgGaps ? hiresKey(coverage, names) : ''}\u0000${teamGapsKey(teamGaps)}`;
  const hires =
    reuse?.hiresKey === key
      ? reuse.hires
      : planHires({
          index,
          names,
          coverage,
          separation,
          load,
          unowned,
          teamGaps,
          orgGaps,
        });
  clock.lap('hiring plan');
  const structure = reuse?.structure ?? structureOf(organisation, members, index, separation);
  clock.lap('structure');
  state.derived = { organisation, unowned, separation, load, hiresKey: key, hires, structure };
  const plan = computeHiringPlan({ members, index, matrix, names, coverage, separation, load }, hires);
  const budgetPlan = planning?.hireLimit
    ? budgetPlanOf({ index, coverage, teamGaps, orgGaps, minimumHires: hires.hires, planning })
    : null;
  clock.lap('plan details and limit');
  const memberResults = state.results.slice();
  let mismatches = 0;
  for (const result of memberResults) if (result.mismatch) mismatches++;

  const analysis: Analysis = {
    framework: { id: framework.id, name: framework.name, version: framework.version },
    organisation: { name: organisation.name, productTeams: [...organisation.productTeams] },
    summary: {
      members: members.length,
      scientists: separation.scientists,
      engineers: separation.engineers,
      ...coverageCounts(coverage),
      teamGaps: teamCoverage.gapCount,
      teamsWithGaps: teamCoverage.teamsWithGaps,
      mismatches,
      engineeringFteCarriedByScientists: separation.engineeringFteCarriedByScientists,
      unownedFte: round2(unowned.reduce((sum, w) => sum + w.fte, 0)),
      unownedEngineeringFte: round2(unowned.reduce((sum, w) => sum + w.engineeringFte, 0)),
      scientistsOverThreshold: separation.carriers.filter((c) => c.overThreshold).length,
      hiresRecommended: plan.hires.length,
      residualGaps: plan.residualGaps.length,
    },
    members: memberResults,
    coverage,
    teamCoverage,
    separation,
    structure,
    plan,
    unownedWork: reportedUnowned(unowned),
    ...(budgetPlan ? { budgetPlan } : {}),
  };
  clock.lap('summary');
  return analysis;
}

/** The phases of an analysis, in the order they run (see TeamAnalyzer's `onPhase`). */
export type AnalysisPhase =
  | 'index'
  | 'levels'
  | 'per-team counts'
  | 'engineering rows'
  | 'member results'
  | 'coverage and separation'
  | 'per-team coverage'
  | 'hiring plan'
  | 'structure'
  | 'plan details and limit'
  | 'summary';

interface PhaseClock {
  start(): void;
  lap(phase: AnalysisPhase): void;
}

const NO_CLOCK: PhaseClock = { start: () => undefined, lap: () => undefined };

function phaseClock(onPhase: ((phase: AnalysisPhase, ms: number) => void) | undefined): PhaseClock {
  if (onPhase === undefined) return NO_CLOCK;
  let last = 0;
  return {
    start: () => {
      last = performance.now();
    },
    lap: (phase) => {
      const now = performance.now();
      onPhase(phase, now - last);
      last = now;
    },
  };
}

/** The separation, and the engineering load with the work leavers left added to it. */
function separatedWithUnowned(
  members: readonly Member[],
  organisation: Organisation,
  rows: EngineeringRows,
  carrierOrder: readonly number[],
  unowned: readonly UnownedWork[],
): { separation: RoleSeparation; load: EngineeringLoad } {
  const { separation, load } = separationFrom(members, organisation, rows, carrierOrder);
  return { separation, load: withUnownedLoad(load, unowned) };
}

/**
 * The whole analysis of a team against a framework. Pure and deterministic: the same
 * input gives the same output, in framework and member order. Inputs are expected to be
 * validated (schema + `checkTeamAgainstFramework`); unknown ids are ignored, not trusted.
 */
export function analyzeTeam(input: AnalysisInput): Analysis {
  return new TeamAnalyzer().analyze(input);
}
