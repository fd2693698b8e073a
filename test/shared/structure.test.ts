import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeTeam,
  deriveSizeClass,
  NO_PRODUCT_TEAM_LABEL,
  productTeamsOf,
  roleLookup,
  STRUCTURE_THRESHOLDS,
  structureAdvice,
  structureStage,
  type StructureAdvice,
} from '@shared/analysis';
import { OTHER_ROLE_ID, type Member } from '@shared/domain';
import { article, member, organisation, tinyFramework } from '../support/fixtures';

// A framework with the roles of a real data team; ML, analytics and BI in the 'shared' area.
const fw = (() => {
  const base = tinyFramework(
    [
      { id: 'stats' },
      { id: 'sql', area: 'data-engineering' },
      { id: 'pipes', area: 'data-engineering', kind: 'responsibility' },
      { id: 'models', area: 'data-science', kind: 'responsibility' },
    ],
    [
      { id: 'data-scientist', area: 'data-science', targets: { stats: 3, models: 2 } },
      { id: 'data-engineer', area: 'data-engineering', targets: { sql: 3, pipes: 3 } },
      { id: 'ml-engineer', area: 'shared', targets: { models: 3 } },
      { id: 'analytics-engineer', area: 'shared', targets: { sql: 3 } },
      { id: 'bi-developer', area: 'shared', targets: { sql: 2 } },
    ],
  );
  const names: Record<string, string> = {
    'data-scientist': 'Data scientist',
    'data-engineer': 'Data engineer',
    'ml-engineer': 'ML engineer',
    'analytics-engineer': 'Analytics engineer',
    'bi-developer': 'BI developer',
  };
  return { ...base, roles: base.roles.map((r) => ({ ...r, name: names[r.id]! })) };
})();

let next = 0;
const person = (role: string, productTeam: string, allocation: Record<string, number> = {}): Member =>
  member(`m${next++}`, role, {}, { productTeam, allocation });

const advise = (members: Member[], extra: Parameters<typeof organisation>[0] = {}) =>
  analyzeTeam({ framework: fw, organisation: organisation(extra), members }).structure;

/** Every line of advice with the numbers it gives. */
const lines = (s: StructureAdvice) =>
  [s.dataScience, s.dataEngineering].flatMap((a) => [
    { text: a.summary, basis: a.basis },
    ...a.units.map((u) => ({ text: `${u.name}: ${u.purpose}`, basis: u.basis })),
  ]);

/** The product-team labels that got a data-science POD. */
const podsOf = (s: StructureAdvice) =>
  s.dataScience.units.filter((u) => u.name.startsWith('Data science POD for ')).map((u) => u.name.slice(21));

// The 9-person team: 5 scientists, 1 data engineer, 1 ML engineer, 1 analytics engineer and
// 1 BI developer in 3 product teams; Payments' scientists run pipelines.
const nine = [
  person('data-scientist', 'Payments', { pipes: 40, models: 60 }),
  person('data-scientist', 'Payments', { pipes: 10, models: 90 }),
  person('ml-engineer', 'Payments'),
  person('data-scientist', 'Search'),
  person('data-scientist', 'Search'),
  person('analytics-engineer', 'Search'),
  person('data-scientist', 'Risk'),
  person('data-engineer', 'Risk', { pipes: 100 }),
  person('bi-developer', 'Risk'),
];

describe('product teams from the members', () => {
  it('lists the teams people belong to before the settings name any, members with no team last', () => {
    const teams = productTeamsOf(
      [],
      [person('data-scientist', 'Search'), person('data-engineer', ''), person('data-scientist', 'Payments')],
      roleLookup(fw),
    );
    expect(teams.map((t) => [t.label, t.unassigned, t.listed, t.people, t.scientists, t.engineers])).toEqual([
      ['Payments', false, false, 1, 1, 0],
      ['Search', false, false, 1, 1, 0],
      [NO_PRODUCT_TEAM_LABEL, true, false, 1, 0, 1],
    ]);
  });

  it('keeps teams typed in the settings with nobody yet, and counts a team listed and staffed once', () => {
    const teams = productTeamsOf(['Search', 'Growth'], [person('ml-engineer', 'Search')], roleLookup(fw));
    expect(teams.map((t) => [t.name, t.listed, t.people])).toEqual([
      ['Growth', true, 0],
      ['Search', true, 1],
    ]);
    expect(teams[1]!.roles).toEqual([{ roleId: 'ml-engineer', roleName: 'ML engineer', area: 'shared', people: 1 }]);
  });

  it('sizes the organisation from those teams: no longer "small from 0 product teams"', () => {
    const s = advise(nine);
    expect(s.headcount).toMatchObject({ people: 9, scientists: 5, engineers: 1, productTeams: 3 });
    expect(s).toMatchObject({ sizeClass: 'medium', derived: true });
  });

  it('counts members with no framework role, and role families by their area string', () => {
    const s = advise([...nine, person(OTHER_ROLE_ID, 'Risk')]);
    expect(s.headcount.noFrameworkRole).toBe(1);
    expect(s.headcount.areas).toEqual([
      { area: 'data-science', people: 5 },
      { area: 'shared', people: 3 },
      { area: 'data-engineering', people: 1 },
    ]);
    // An area the analysis does not know (as other role families will add) is counted by name.
    const unknown = structureAdvice({
      organisation: organisation(),
      members: [person('mle', 'A'), person('mle', 'B')],
      roleOf: () => ({ name: 'ML engineer', area: 'machine-learning' }),
      carriers: [],
      thresholdPercent: 20,
    });
    expect(unknown.headcount.areas).toEqual([{ area: 'machine-learning', people: 2 }]);
    expect(unknown.headcount).toMatchObject({ scientists: 0, engineers: 0 });
    expect(unknown.stage).toBe('first-engineer');
  });
});

describe('stages and thresholds', () => {
  it('sizes large only with several product teams and many people', () => {
    expect(deriveSizeClass(0, 0)).toBe('small');
    expect(deriveSizeClass(1, 14)).toBe('small');
    expect(deriveSizeClass(1, 15)).toBe('medium');
    expect(deriveSizeClass(1, 2000)).toBe('medium');
    expect(deriveSizeClass(2, 3)).toBe('medium');
    expect(deriveSizeClass(2, 49)).toBe('medium');
    expect(deriveSizeClass(2, 50)).toBe('large');
  });

  it('moves from a first engineer to one shared team to product sub-teams at the stated numbers', () => {
    const { engineersPerSubTeam, architectureEngineers, minSubTeams } = STRUCTURE_THRESHOLDS;
    const subTeamsFrom = engineersPerSubTeam * minSubTeams + architectureEngineers;
    expect(subTeamsFrom).toBe(6);
    expect(structureStage(0, 3, 'medium')).toBe('first-engineer');
    expect(structureStage(1, 3, 'medium')).toBe('shared-team');
    expect(structureStage(subTeamsFrom - 1, 3, 'medium')).toBe('shared-team');
    expect(structureStage(subTeamsFrom, 3, 'medium')).toBe('product-sub-teams');
    expect(structureStage(subTeamsFrom, 3, 'small')).toBe('product-sub-teams');
    expect(structureStage(subTeamsFrom, 3, 'large')).toBe('embedded-teams');
    // One product team: sub-teams per product never apply.
    expect(structureStage(100, 1, 'large')).toBe('shared-team');
    expect(structureStage(0, 40, 'large')).toBe('first-engineer');
  });

  it('gives the same boundary through the whole analysis', () => {
    const team = (engineers: number) => [
      person('data-scientist', 'A'),
      person('data-scientist', 'B'),
      ...Array.from({ length: engineers }, (_, i) => person('data-engineer', i % 2 ? 'A' : 'B')),
    ];
    expect(advise(team(5)).stage).toBe('shared-team');
    const six = advise(team(6));
    expect(six.stage).toBe('product-sub-teams');
    expect(six.dataEngineering.units.map((u) => u.name)).toEqual([
      'Sub-team for A',
      'Sub-team for B',
      'Architecture sub-team',
    ]);
    expect(article().replace(/\s+/g, ' ')).toContain(six.dataEngineering.source);
  });

  it('with engineers for only some product teams, gives sub-teams to those with the most demand and pools the rest', () => {
    const members = [
      person('data-scientist', 'A'),
      person('data-scientist', 'B', { pipes: 50, models: 50 }),
      person('data-scientist', 'C'),
      person('data-scientist', 'C'),
      ...Array.from({ length: 6 }, () => person('data-engineer', '')),
    ];
    const s = advise(members);
    expect(s.stage).toBe('product-sub-teams');
    expect(s.dataEngineering.units.map((u) => u.name)).toEqual([
      'Sub-team for B',
      'Sub-team for C',
      'Architecture sub-team',
      'Central pool',
    ]);
    expect(s.dataEngineering.units.at(-1)!.basis).toBe('A: 1 scientist, 0 engineers.');
  });

  it('keeps the override from the settings, still gated by the engineers there are', () => {
    const s = advise(nine, { sizeClass: 'large' });
    expect(s).toMatchObject({ sizeClass: 'large', derived: false, stage: 'shared-team' });
  });
});

describe('the 9-person team', () => {
  const s = advise(nine);

  it('gets the advice for a handful of engineers: one shared team, embedded where the load is', () => {
    expect(s.stage).toBe('shared-team');
    expect(s.dataEngineering.summary).toBe(
      'Keep the 1 data engineer in one shared data engineering team, without sub-teams.',
    );
    expect(s.dataEngineering.basis).toBe(
      '1 data engineer for 3 product teams (Payments: 2 scientists, 0 engineers, 0.5 FTE of engineering work carried; Risk: 1 scientist, 1 engineer; Search: 2 scientists, 0 engineers); sub-teams per product start at 6 engineers (2 per sub-team for at least 2 product teams, plus 2 for architecture).',
    );
    expect(s.dataEngineering.units.map((u) => [u.name, u.basis])).toEqual([
      ['Shared data engineering team', '1 data engineer.'],
      ['Embedded with Payments', 'Payments: 0.5 FTE carried, 1 over the 20 % threshold.'],
    ]);
    expect(s.dataEngineering.source).toBeNull();
  });

  it('gets PODs only where two or more scientists work, and a central team for the rest', () => {
    expect(podsOf(s)).toEqual(['Payments', 'Search']);
    expect(s.dataScience.basis).toBe(
      '5 data scientists: Payments: 2 scientists; Search: 2 scientists; fewer than 2: Risk: 1 scientist.',
    );
    expect(article().replace(/\s+/g, ' ')).toContain(s.dataScience.source);
  });

  it('says on every line which numbers led to it', () => {
    for (const line of lines(s)) expect(line.basis, line.text).toMatch(/\d/);
  });
});

describe('data science PODs', () => {
  it('never advises a POD for a product team without scientists, nor for members with no product team', () => {
    const s = advise([
      person('data-scientist', ''),
      person('data-scientist', ''),
      person('data-scientist', 'Search'),
      person('data-engineer', 'Payments'),
      person('data-engineer', 'Payments'),
    ]);
    expect(podsOf(s)).toEqual([]);
    expect(s.dataScience.summary).toMatch(/one central data science team/);
    expect(s.dataScience.source).toBeNull();
  });

  it('has no data science team to organise without scientists', () => {
    const s = advise([person('data-engineer', 'A')]);
    expect(s.dataScience).toMatchObject({ units: [], source: null, basis: '0 data scientists among 1 person.' });
  });

  it('property: a POD only for a product team with two or more scientists, and one for each such team', () => {
    const roles = ['data-scientist', 'data-engineer', 'ml-engineer', OTHER_ROLE_ID];
    const teams = ['', 'A', 'B', 'C', 'D'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ role: fc.constantFrom(...roles), team: fc.constantFrom(...teams) }), { maxLength: 30 }),
        fc.subarray(teams.slice(1)),
        (people, listed) => {
          const s = advise(
            people.map((p) => person(p.role, p.team)),
            { productTeams: listed },
          );
          const scientists = (team: string) =>
            people.filter((p) => p.team === team && p.role === 'data-scientist').length;
          const expected = teams.slice(1).filter((t) => scientists(t) >= 2);
          expect(podsOf(s).sort()).toEqual(expected);
          for (const line of lines(s)) expect(line.basis).toMatch(/\d/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('first data engineer', () => {
  it('advises the first hire from the load scientists carry, starting where it is heaviest', () => {
    const s = advise([
      person('data-scientist', 'Search', { pipes: 10, models: 90 }),
      person('data-scientist', 'Payments', { pipes: 60, models: 40 }),
    ]);
    expect(s.stage).toBe('first-engineer');
    expect(s.dataEngineering.summary).toMatch(/^Hire a first data engineer, starting with Payments;/);
    expect(s.dataEngineering.basis).toBe(
      '0 data engineers; 0.7 FTE of engineering work carried outside data engineering, 1 member over the 20 % threshold (Payments: 0.6 FTE carried, 1 over the 20 % threshold; Search: 0.1 FTE carried, 0 over the 20 % threshold).',
    );
  });

  it('has nothing to set up while nobody carries engineering work', () => {
    const s = advise([person('data-scientist', 'Search')]);
    expect(s.stage).toBe('first-engineer');
    expect(s.dataEngineering.units).toEqual([]);
    expect(s.dataEngineering.basis).toBe(
      '0 data engineers; 0 FTE of engineering work carried by the 1 data scientist.',
    );
  });
});

describe('a 2,000-person organisation with 40 product teams', () => {
  // Per product team: 25 scientists, 10 engineers, 10 ML engineers and 5 others.
  const teams = Array.from({ length: 40 }, (_, i) => `Product ${String(i + 1).padStart(2, '0')}`);
  const members = teams.flatMap((team) => [
    ...Array.from({ length: 25 }, () => person('data-scientist', team)),
    ...Array.from({ length: 10 }, () => person('data-engineer', team)),
    ...Array.from({ length: 10 }, () => person('ml-engineer', team)),
    ...Array.from({ length: 5 }, () => person(OTHER_ROLE_ID, team)),
  ]);
  const s = advise(members);

  it("gets the article's large structure: DE teams inside product teams plus a central architecture team", () => {
    expect(members).toHaveLength(2000);
    expect(s).toMatchObject({ sizeClass: 'large', derived: true, stage: 'embedded-teams' });
    const units = s.dataEngineering.units.map((u) => u.name);
    expect(units).toHaveLength(41);
    expect(units.slice(0, 40).every((u) => u.startsWith('Data engineering team in Product '))).toBe(true);
    expect(units[40]).toBe('Central data engineering team');
    const text = article().replace(/\s+/g, ' ');
    expect(text).toContain(s.dataEngineering.source);
    expect(s.dataEngineering.source).toMatch(/^If the organization is very large with multiple product teams/);
    expect(podsOf(s)).toHaveLength(40);
    expect(text).toContain(s.dataScience.source);
  });

  it('keeps long lists readable: the basis names six teams and how many more', () => {
    expect(s.dataScience.basis).toMatch(/; …and 34 more\.$/);
  });

  it('takes the small/medium structure when the settings say small', () => {
    const small = advise(members, { sizeClass: 'small' });
    expect(small.stage).toBe('product-sub-teams');
    expect(small.dataEngineering.source).toMatch(/^If the organization is small\/medium/);
  });
});
