import { z } from 'zod';
import type { Framework, Member, Organisation } from '../domain';
import { memoPerObjectAndKey } from '../identity';
import { indexFramework, type FrameworkIndex } from './framework-index';
import { round1, round2 } from './numbers';
import { engineeringRows, fillEngineeringRow, RowKind } from './separation';

/** The framework's data-preparation responsibility: the survey figure counts this work. */
export const DATA_PREPARATION_ID = 'data-preparation';

/**
 * The team's own figures that published benchmarks sit beside. People are counted by role
 * family as the role separation counts them (heads, not FTE): the data-science family are
 * scientists, the data-engineering family engineers; machine-learning, analytics and BI
 * roles are neither, and members with no framework role are counted apart.
 */
export const TeamBenchmarkFigures = z.object({
  scientists: z.int().describe('Members in a data-science role (people).'),
  engineers: z.int().describe('Members in a data-engineering role (people).'),
  otherFrameworkRoles: z
    .int()
    .describe('Members in another framework role (ML engineers, analytics engineers, analysts, BI): in neither count.'),
  noFrameworkRole: z.int().describe('Members with no framework role.'),
  engineersPerScientist: z
    .number()
    .nullable()
    .describe('Data engineers per data scientist, by people; null when the team has no data scientist.'),
  scientistsWithAllocation: z
    .int()
    .describe('Scientists whose time allocation is filled in: the time shares cover these.'),
  scientistPreparationPercent: z
    .number()
    .nullable()
    .describe("FTE-weighted share of those scientists' time on data preparation; null when none has an allocation."),
  scientistEngineeringPercent: z
    .number()
    .nullable()
    .describe("FTE-weighted share of those scientists' time on data-engineering responsibilities."),
  dataTeamPeople: z.int().describe('Members of the data team (people).'),
  dataTeamFte: z.number().describe('Members of the data team (FTE).'),
  companyHeadcount: z
    .int()
    .nullable()
    .describe("The company's headcount as entered in Settings; null when not entered."),
  dataTeamPercentOfCompany: z
    .number()
    .nullable()
    .describe("The data team's people as a percentage of the company's headcount; null without a headcount."),
});
export type TeamBenchmarkFigures = z.infer<typeof TeamBenchmarkFigures>;

export interface BenchmarkInput {
  framework: Framework;
  organisation: Organisation;
  /** The team's members only: candidates are never part of these figures. */
  members: readonly Member[];
}

/** What one member adds to the team's figures; kept per member object (see `contributionOf`). */
interface Contribution {
  kind: number;
  fte: number;
  /** A scientist with some time allocated: counted in the time shares. */
  allocated: boolean;
  preparationFte: number;
  engineeringFte: number;
}

/** The indexed framework and the threshold every member's contribution is read against. */
interface ContributionKey {
  index: FrameworkIndex;
  hasPreparation: boolean;
  threshold: number;
}

/** One key per framework while the organisation is the same object (policy and threshold come from it). */
const contributionKeyOf = memoPerObjectAndKey((framework: Framework, organisation: Organisation): ContributionKey => {
  const index = indexFramework(framework, organisation.coverage);
  return {
    index,
    hasPreparation: index.skillById.get(DATA_PREPARATION_ID)?.kind === 'responsibility',
    threshold: organisation.engineeringLoadThreshold,
  };
});

/** A one-row scratch for reading a member's engineering row: nothing of it outlives one call. */
const scratch = engineeringRows(1);

/**
 * A member's part of the figures, computed once per member object and key: after an edit
 * only the changed member is read again (an unchanged member is the same object).
 */
const contributionOf = memoPerObjectAndKey((member: Member, key: ContributionKey): Contribution => {
  fillEngineeringRow(scratch, 0, member, key.index, key.threshold);
  const kind = scratch.kind[0]!;
  // A scientist with no allocation entered has unknown time, not zero time: left out.
  const allocated = kind === RowKind.Scientist && Object.values(member.allocation).some((share) => share > 0);
  return {
    kind,
    fte: member.fte,
    allocated,
    preparationFte: allocated ? (member.fte * (member.allocation[DATA_PREPARATION_ID] ?? 0)) / 100 : 0,
    engineeringFte: allocated ? (member.fte * scratch.percent[0]!) / 100 : 0,
  };
});

/** The team's figures for the benchmarks panel, from the same role families and engineering rows as the separation. */
export function teamBenchmarkFigures({ framework, organisation, members }: BenchmarkInput): TeamBenchmarkFigures {
  const key = contributionKeyOf(framework, organisation);
  let scientists = 0;
  let engineers = 0;
  let otherFrameworkRoles = 0;
  let noFrameworkRole = 0;
  let withAllocation = 0;
  let allocatedFte = 0;
  let preparationFte = 0;
  let engineeringFte = 0;
  let teamFte = 0;
  // Summed in member order, as ever: the same additions give the same figures.
  for (const member of members) {
    const part = contributionOf(member, key);
    teamFte += part.fte;
    const kind = part.kind;
    if (kind === RowKind.Engineer) engineers++;
    else if (kind === RowKind.Specialist) otherFrameworkRoles++;
    else if (kind === RowKind.Other) noFrameworkRole++;
    if (kind !== RowKind.Scientist) continue;
    scientists++;
    if (!part.allocated) continue;
    withAllocation++;
    allocatedFte += part.fte;
    preparationFte += part.preparationFte;
    engineeringFte += part.engineeringFte;
  }
  const hasPreparation = key.hasPreparation;
  const headcount = organisation.companyHeadcount ?? null;
  return {
    scientists,
    engineers,
    otherFrameworkRoles,
    noFrameworkRole,
    engineersPerScientist: scientists === 0 ? null : round2(engineers / scientists),
    scientistsWithAllocation: withAllocation,
    scientistPreparationPercent:
      withAllocation === 0 || !hasPreparation ? null : round1((preparationFte / allocatedFte) * 100),
    scientistEngineeringPercent: withAllocation === 0 ? null : round1((engineeringFte / allocatedFte) * 100),
    dataTeamPeople: members.length,
    dataTeamFte: round2(teamFte),
    companyHeadcount: headcount,
    dataTeamPercentOfCompany: headcount === null ? null : round1((members.length / headcount) * 100),
  };
}
