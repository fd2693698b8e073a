import { describe, expect, it } from 'vitest';
import { teamBenchmarkFigures } from '@shared/analysis/benchmarks';
import type { Member, Organisation } from '@shared/domain';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

const organisation: Organisation = {
  name: 'Mixed',
  productTeams: [],
  coverage: { minPeople: 2 },
  engineeringLoadThreshold: 20,
};

let next = 0;
const member = (role: string, allocation: Record<string, number> = {}, fte = 1): Member => ({
  id: `m-${++next}`,
  name: `Member ${next}`,
  role,
  productTeam: '',
  fte,
  levels: {},
  allocation,
});

/** Two scientists, three engineers, and people in ML, analytics, BI and no framework role. */
const mixed = (): Member[] => [
  member('data-scientist', { 'data-preparation': 40, 'data-pipelines': 20, 'model-training': 40 }, 1),
  member('data-scientist', { 'data-preparation': 10, 'product-integration': 40, 'model-training': 50 }, 0.5),
  member('data-scientist'), // no allocation yet: unknown time, not zero time
  member('data-engineer', { 'data-pipelines': 100 }),
  member('data-engineer'),
  member('data-engineer'),
  // These do engineering work too, but are neither scientists nor engineers.
  member('ml-engineer', { 'ml-deployment-pipelines': 80 }),
  member('analytics-engineer', { 'data-modelling': 70 }),
  member('data-analyst', { 'data-preparation': 50 }),
  member('data-analyst'),
  member('other'),
];

describe('the team figures beside the benchmarks', () => {
  it('counts scientists and engineers by role family, in people, leaving ML, analytics and BI out', () => {
    const t = teamBenchmarkFigures({ framework: builtinFramework(), organisation, members: mixed() });
    expect(t).toMatchObject({ scientists: 3, engineers: 3, otherFrameworkRoles: 4, noFrameworkRole: 1 });
    expect(t.engineersPerScientist).toBe(1);
    expect(t.dataTeamPeople).toBe(11);
    expect(t.dataTeamFte).toBe(10.5);
  });

  it("weights scientists' time by FTE, over the scientists whose allocation is entered", () => {
    const t = teamBenchmarkFigures({ framework: builtinFramework(), organisation, members: mixed() });
    expect(t.scientistsWithAllocation).toBe(2);
    // (1 × 40 + 0.5 × 10) / 1.5 = 30 %; engineering (1 × 20 + 0.5 × 40) / 1.5 = 26.7 %.
    expect(t.scientistPreparationPercent).toBe(30);
    expect(t.scientistEngineeringPercent).toBe(26.7);
  });

  it('sets the team against the company headcount only when one is entered', () => {
    const without = teamBenchmarkFigures({ framework: builtinFramework(), organisation, members: mixed() });
    expect(without.companyHeadcount).toBeNull();
    expect(without.dataTeamPercentOfCompany).toBeNull();
    const withHeadcount = teamBenchmarkFigures({
      framework: builtinFramework(),
      organisation: { ...organisation, companyHeadcount: 440 },
      members: mixed(),
    });
    expect(withHeadcount.companyHeadcount).toBe(440);
    expect(withHeadcount.dataTeamPercentOfCompany).toBe(2.5);
  });

  it('has no ratio and no time shares without scientists', () => {
    const t = teamBenchmarkFigures({
      framework: builtinFramework(),
      organisation,
      members: [member('data-engineer'), member('data-analyst', { 'data-preparation': 50 })],
    });
    expect(t.engineersPerScientist).toBeNull();
    expect(t.scientistPreparationPercent).toBeNull();
    expect(t.scientistEngineeringPercent).toBeNull();
  });

  it('agrees with the role separation on the sample team', () => {
    const team = sampleTeam();
    const t = teamBenchmarkFigures({
      framework: builtinFramework(),
      organisation: team.organisation,
      members: team.members,
    });
    expect(t.scientists).toBe(7);
    expect(t.engineers).toBe(1);
    expect(t.engineersPerScientist).toBe(0.14);
  });

  it('after an edit, the figures equal those of fresh member objects (nothing stale is kept per member)', () => {
    const framework = builtinFramework();
    const members = mixed();
    teamBenchmarkFigures({ framework, organisation, members });
    const edited = members.map((m, i) =>
      i === 0
        ? { ...m, allocation: { 'data-preparation': 70, 'model-training': 30 } }
        : i === 4
          ? { ...m, role: 'data-scientist', allocation: { 'data-pipelines': 50 } }
          : m,
    );
    const copies = edited.map((m) => ({ ...m, allocation: { ...m.allocation } }));
    expect(teamBenchmarkFigures({ framework, organisation, members: edited })).toEqual(
      teamBenchmarkFigures({ framework, organisation, members: copies }),
    );
    // Another threshold reads every member again.
    const stricter = { ...organisation, engineeringLoadThreshold: 5 };
    expect(teamBenchmarkFigures({ framework, organisation: stricter, members: edited })).toEqual(
      teamBenchmarkFigures({ framework, organisation: stricter, members: copies.map((m) => ({ ...m })) }),
    );
    expect(teamBenchmarkFigures({ framework, organisation, members: edited }).scientists).toBe(4);
  });
});
