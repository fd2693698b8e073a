import type { Member, Organisation, SizeClass } from '../domain';
import { round2 } from './numbers';
import {
  ENGINEERING_AREA,
  productTeamsOf,
  roleHeadcounts,
  SCIENCE_AREA,
  type RoleInfo,
  type TeamLoadSource,
} from './product-teams';
import type {
  ProductTeamHeadcount,
  StructureAdvice,
  StructureStage,
  StructureUnit,
  TeamAdvice,
  TeamHeadcount,
} from './structure-types';
import { compareStrings, countOf, listOf } from './text';

/**
 * Where the advice changes, in one place (the README's "Team structure" section states them).
 * - A product sub-team (or a team inside a product team) is at least 2 engineers: one person
 *   is a single point of failure, not a team; architecture likewise gets 2.
 * - Sub-teams only pay off with 2+ product teams, and only once at least 2 of them can get
 *   one next to the architecture sub-team (2 × 2 + 2 = 6 engineers); below that, one shared team.
 * - "Large" (the article's "very large with multiple product teams") needs both 2+ product
 *   teams and 50+ people: many people in one product team, or many small product teams with
 *   a handful of people, are not the organisation the article's large structure is for.
 * - A data-science POD needs 2+ scientists in the product team: a POD of one is one person.
 */
export const STRUCTURE_THRESHOLDS = {
  engineersPerSubTeam: 2,
  architectureEngineers: 2,
  minSubTeams: 2,
  largeProductTeams: 2,
  largePeople: 50,
  mediumPeople: 15,
  podScientists: 2,
} as const;

const T = STRUCTURE_THRESHOLDS;

/**
 * Size class from the named product teams and the people in the data team: large takes both
 * several product teams and many people; medium either; small neither.
 */
export function deriveSizeClass(productTeams: number, people: number): SizeClass {
  if (productTeams >= T.largeProductTeams && people >= T.largePeople) return 'large';
  if (productTeams >= T.largeProductTeams || people >= T.mediumPeople) return 'medium';
  return 'small';
}

const DS_SOURCE =
  'It is seen that most companies set up centralized (horizontal) data science team which has small sub-teams / PODs dedicated to building / training machine learning models for different products.';
const DE_LARGE_SOURCE =
  'If the organization is very large with multiple product teams, one could have small data engineering teams reporting to the product teams and one centralized data engineering team which will be responsible for maintaining architectural standards, best practices, tools & frameworks R&D / POCs in relation to data.';
const DE_SMALL_SOURCE =
  'If the organization is small/medium, one could have a centralized data engineering team with small sub-teams doing data engineering tasks related to specific products while one sub-team responsbible for architecture standards and best practices.';

export interface StructureInput {
  organisation: Organisation;
  members: readonly Pick<Member, 'productTeam' | 'role'>[];
  roleOf: (roleId: string) => RoleInfo;
  /** The separation's carriers of engineering work and its threshold. */
  carriers: readonly TeamLoadSource[];
  thresholdPercent: number;
}

const count = (n: number, word: string): string => countOf(n, word, `${word}s`);
const fte = (x: number): string => `${round2(x)} FTE`;

/** At most `max` items, then how many more: 40 product teams stay readable. */
function limited(items: readonly string[], max = 6): string {
  return items.length <= max ? items.join('; ') : `${items.slice(0, max).join('; ')}; …and ${items.length - max} more`;
}

/** "Payments: 2 scientists, 0 engineers, 0.8 FTE carried". */
function teamFigures(t: ProductTeamHeadcount): string {
  const load = t.carriedFte > 0 ? `, ${fte(t.carriedFte)} of engineering work carried` : '';
  return `${t.label}: ${count(t.scientists, 'scientist')}, ${count(t.engineers, 'engineer')}${load}`;
}

const loadFigures = (t: ProductTeamHeadcount, threshold: number): string =>
  `${t.label}: ${fte(t.carriedFte)} carried, ${t.carriersOverThreshold} over the ${threshold} % threshold`;

/** Product teams by demand for engineering: carried load, then scientists, then people, then name. */
const byDemand = (a: ProductTeamHeadcount, b: ProductTeamHeadcount): number =>
  b.carriedFte - a.carriedFte || b.scientists - a.scientists || b.people - a.people || compareStrings(a.name, b.name);

function headcountOf(input: StructureInput, teams: readonly ProductTeamHeadcount[]): TeamHeadcount {
  // Summed over the teams' role counts (every member is in exactly one), not the members again.
  const roles = new Map<string, number>();
  for (const t of teams) for (const r of t.roles) roles.set(r.roleId, (roles.get(r.roleId) ?? 0) + r.people);
  const byRole = roleHeadcounts(roles, input.roleOf);
  const areas = new Map<string, number>();
  let noFrameworkRole = 0;
  for (const r of byRole) {
    if (r.area === null) noFrameworkRole += r.people;
    else areas.set(r.area, (areas.get(r.area) ?? 0) + r.people);
  }
  let carried = 0;
  let over = 0;
  for (const c of input.carriers) {
    carried += c.engineeringFte;
    if (c.overThreshold) over++;
  }
  return {
    people: input.members.length,
    scientists: areas.get(SCIENCE_AREA) ?? 0,
    engineers: areas.get(ENGINEERING_AREA) ?? 0,
    productTeams: teams.filter((t) => !t.unassigned).length,
    areas: [...areas]
      .map(([area, people]) => ({ area, people }))
      .sort((a, b) => b.people - a.people || compareStrings(a.area, b.area)),
    roles: byRole,
    noFrameworkRole,
    carriedFte: round2(carried),
    carriersOverThreshold: over,
    thresholdPercent: input.thresholdPercent,
  };
}

/** How many product teams the engineers can give a sub-team of their own, next to architecture. */
export function subTeamsStaffed(engineers: number, productTeams: number): number {
  const staffed = Math.floor((engineers - T.architectureEngineers) / T.engineersPerSubTeam);
  return Math.max(0, Math.min(productTeams, staffed));
}

/** The data-engineering stage: by engineers first, then (for the article's two structures) by size. */
export function structureStage(engineers: number, productTeams: number, sizeClass: SizeClass): StructureStage {
  if (engineers === 0) return 'first-engineer';
  if (productTeams < T.minSubTeams || subTeamsStaffed(engineers, productTeams) < T.minSubTeams) return 'shared-team';
  return sizeClass === 'large' ? 'embedded-teams' : 'product-sub-teams';
}

function dataScienceAdvice(h: TeamHeadcount, teams: readonly ProductTeamHeadcount[]): TeamAdvice {
  if (h.scientists === 0) {
    return {
      summary: 'No data scientists yet: there is no data science team to organise.',
      basis: `0 data scientists among ${h.people} ${h.people === 1 ? 'person' : 'people'}.`,
      units: [],
      source: null,
    };
  }
  const withScientists = teams.filter((t) => t.scientists > 0);
  const pods = withScientists
    .filter((t) => !t.unassigned && t.scientists >= T.podScientists)
    .sort((a, b) => b.scientists - a.scientists || compareStrings(a.name, b.name));
  const rest = withScientists.filter((t) => !pods.includes(t));
  const perTeam = (list: readonly ProductTeamHeadcount[]) =>
    limited(list.map((t) => `${t.label}: ${count(t.scientists, 'scientist')}`));
  if (pods.length === 0) {
    return {
      summary: `Keep the ${count(h.scientists, 'data scientist')} in one central data science team that serves every product team; no POD yet.`,
      basis: `${count(h.scientists, 'data scientist')}; no product team has ${T.podScientists} or more (${perTeam(withScientists)}).`,
      units: [
        {
          name: 'Central data science team',
          purpose: 'Shared methods, model quality and the ML roadmap; takes model work from every product team.',
          basis: `${count(h.scientists, 'data scientist')} in ${count(withScientists.length, 'group')} by product team.`,
        },
      ],
      source: null,
    };
  }
  const podNames = pods.length <= 6 ? listOf(pods.map((t) => t.label)) : `${pods.length} product teams`;
  const central: StructureUnit = {
    name: 'Central data science team',
    purpose:
      rest.length > 0
        ? `Shared methods, model quality and the ML roadmap; takes the model work of the ${count(rest.length, 'product team')} with fewer than ${T.podScientists} scientists.`
        : 'Shared methods, model quality and the ML roadmap for every POD.',
    basis:
      rest.length > 0
        ? `${perTeam(rest)}.`
        : `${count(h.scientists, 'data scientist')}, all in product teams with a POD.`,
  };
  return {
    summary: `Keep one central data science team with a small POD for ${podNames}: the product teams with ${T.podScientists} or more scientists.`,
    basis: `${count(h.scientists, 'data scientist')}: ${perTeam(pods)}${rest.length > 0 ? `; fewer than ${T.podScientists}: ${perTeam(rest)}` : ''}.`,
    units: [
      central,
      ...pods.map((t) => ({
        name: `Data science POD for ${t.label}`,
        purpose: 'Builds, trains and monitors the models of its product.',
        basis: `${t.label}: ${count(t.scientists, 'scientist')}.`,
      })),
    ],
    source: DS_SOURCE,
  };
}

function firstEngineerAdvice(h: TeamHeadcount, loaded: readonly ProductTeamHeadcount[]): TeamAdvice {
  if (h.carriedFte === 0) {
    return {
      summary:
        'No data engineering team to set up yet: nobody carries data-engineering work. Hire a first data engineer when the scientists start to.',
      basis: `0 data engineers; 0 FTE of engineering work carried by the ${count(h.scientists, 'data scientist')}.`,
      units: [],
      source: null,
    };
  }
  const first = loaded[0];
  const loads = limited(loaded.map((t) => loadFigures(t, h.thresholdPercent)));
  return {
    summary: `Hire a first data engineer${first && !first.unassigned ? `, starting with ${first.label}` : ''}; they are the start of one shared data engineering team.`,
    basis: `0 data engineers; ${fte(h.carriedFte)} of engineering work carried outside data engineering, ${count(h.carriersOverThreshold, 'member')} over the ${h.thresholdPercent} % threshold (${loads}).`,
    units: [
      {
        name: 'First data engineer',
        purpose: 'Takes over the pipelines, data models and deployments others carry today, heaviest load first.',
        basis: `${loads}.`,
      },
    ],
    source: null,
  };
}

function sharedTeamAdvice(
  h: TeamHeadcount,
  named: readonly ProductTeamHeadcount[],
  loaded: readonly ProductTeamHeadcount[],
): TeamAdvice {
  const needed = T.engineersPerSubTeam * T.minSubTeams + T.architectureEngineers;
  const why =
    named.length < T.minSubTeams
      ? `with ${count(named.length, 'product team')}, sub-teams per product do not apply`
      : `sub-teams per product start at ${needed} engineers (${T.engineersPerSubTeam} per sub-team for at least ${T.minSubTeams} product teams, plus ${T.architectureEngineers} for architecture)`;
  const units: StructureUnit[] = [
    {
      name: 'Shared data engineering team',
      purpose:
        'Pipelines, data models, the warehouse and model deployment for every product team, with one set of standards.',
      basis: `${count(h.engineers, 'data engineer')}.`,
    },
  ];
  if (loaded.length > 0 && h.engineers >= loaded.length) {
    for (const t of loaded) {
      units.push({
        name: `Embedded with ${t.label}`,
        purpose: `One engineer of the shared team works with ${t.label}, taking over the engineering work its members carry.`,
        basis: `${loadFigures(t, h.thresholdPercent)}.`,
      });
    }
  } else if (loaded.length > 0) {
    units.push({
      name: 'Rotation',
      purpose: `The shared team rotates between ${listOf(loaded.map((t) => t.label))}, heaviest load first.`,
      basis: `${count(h.engineers, 'data engineer')} for ${count(loaded.length, 'product team')} with carried load (${limited(loaded.map((t) => loadFigures(t, h.thresholdPercent)))}).`,
    });
  }
  return {
    summary: `Keep the ${count(h.engineers, 'data engineer')} in one shared data engineering team, without sub-teams.`,
    basis: `${count(h.engineers, 'data engineer')} for ${count(named.length, 'product team')}${named.length > 0 ? ` (${limited(named.map(teamFigures))})` : ''}; ${why}.`,
    units,
    source: null,
  };
}

function articleAdvice(
  h: TeamHeadcount,
  stage: 'product-sub-teams' | 'embedded-teams',
  sizeClass: SizeClass,
  named: readonly ProductTeamHeadcount[],
): TeamAdvice {
  const staffed = subTeamsStaffed(h.engineers, named.length);
  const ranked = [...named].sort(byDemand);
  const top = ranked.slice(0, staffed);
  const rest = ranked.slice(staffed);
  const which =
    staffed === named.length
      ? `each of the ${count(named.length, 'product team')}`
      : `the ${staffed} of ${named.length} product teams with the most demand`;
  const basis = `${count(h.engineers, 'data engineer')} for ${count(named.length, 'product team')}: ${T.engineersPerSubTeam} per team plus ${T.architectureEngineers} for architecture staff ${staffed}; size ${sizeClass} (${count(h.productTeams, 'product team')}, ${countOf(h.people, 'person', 'people')}).`;
  const restUnit: StructureUnit[] =
    rest.length > 0
      ? [
          {
            name: 'Central pool',
            purpose: `Serves ${listOf(rest.map((t) => t.label).slice(0, 6))}${rest.length > 6 ? ` and ${rest.length - 6} more` : ''} until they have enough demand for a team of their own.`,
            basis: `${limited(rest.map(teamFigures))}.`,
          },
        ]
      : [];
  if (stage === 'product-sub-teams') {
    return {
      summary: `Build one central data engineering team with a small sub-team for ${which} and one sub-team for architecture standards and best practices.`,
      basis,
      units: [
        ...top.map((t) => ({
          name: `Sub-team for ${t.label}`,
          purpose: "The product's data pipelines, warehouse data and model deployment.",
          basis: `${teamFigures(t)}.`,
        })),
        {
          name: 'Architecture sub-team',
          purpose: 'Architecture standards and best practices for all sub-teams.',
          basis: `${T.architectureEngineers} of the ${count(h.engineers, 'data engineer')}.`,
        },
        ...restUnit,
      ],
      source: DE_SMALL_SOURCE,
    };
  }
  return {
    summary: `Place a small data engineering team inside ${which}, and keep one central data engineering team for architecture standards, best practices and tools & frameworks R&D.`,
    basis,
    units: [
      ...top.map((t) => ({
        name: `Data engineering team in ${t.label}`,
        purpose: "Reports to the product team: its pipelines, models' data and deployment.",
        basis: `${teamFigures(t)}.`,
      })),
      {
        name: 'Central data engineering team',
        purpose: 'Architecture standards, best practices, tools & frameworks R&D and proofs of concept.',
        basis: `${T.architectureEngineers} or more of the ${count(h.engineers, 'data engineer')}.`,
      },
      ...restUnit,
    ],
    source: DE_LARGE_SOURCE,
  };
}

/**
 * Team-structure advice sized to the team: the product teams people belong to, the headcount
 * by role and the engineering load carried outside data engineering decide the stage; the
 * article's two structures apply once there are enough engineers for them.
 */
export function structureAdvice(input: StructureInput): StructureAdvice {
  const { organisation } = input;
  const productTeams = productTeamsOf(organisation.productTeams, input.members, input.roleOf, input.carriers);
  const headcount = headcountOf(input, productTeams);
  const sizeClass = organisation.sizeClass ?? deriveSizeClass(headcount.productTeams, headcount.people);
  const stage = structureStage(headcount.engineers, headcount.productTeams, sizeClass);
  const named = productTeams.filter((t) => !t.unassigned);
  const loaded = productTeams.filter((t) => t.carriedFte > 0).sort(byDemand);
  const dataEngineering =
    stage === 'first-engineer'
      ? firstEngineerAdvice(headcount, loaded)
      : stage === 'shared-team'
        ? sharedTeamAdvice(headcount, named, loaded)
        : articleAdvice(headcount, stage, sizeClass, named);
  return {
    sizeClass,
    derived: organisation.sizeClass === undefined,
    stage,
    headcount,
    productTeams,
    dataScience: dataScienceAdvice(headcount, productTeams),
    dataEngineering,
  };
}
