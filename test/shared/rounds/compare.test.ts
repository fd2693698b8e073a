import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import type { Framework, Member, Organisation } from '@shared/domain';
import { compareRounds } from '@shared/rounds/compare';
import { todayLabel, type RoundView } from '@shared/rounds/round-view';
import { randomCase, randomMembers } from '../../support/arbitraries';
import { bigOrganisation } from '../../support/big-organisation';
import { builtinFramework } from '../../support/fixtures';
import { addSkill, renameSkill, retireSkill, withoutLevel } from './framework-edits';
import { mixedTeam } from './round-fixtures';

const view = (
  ref: string,
  team: { organisation: Organisation; members: readonly Member[]; framework: Framework },
): RoundView => ({
  label: ref === 'today' ? todayLabel('2027-06-30') : { ref, name: `Round ${ref}`, date: '2027-03-31' },
  ...team,
  selfAssessments: [],
});

const targetsOf = (framework: Framework, roleId: string): Record<string, number> =>
  Object.fromEntries(
    Object.entries(framework.roles.find((r) => r.id === roleId)!.targets).map(([id, t]) => [id, t.level]),
  );

const joiner = (framework: Framework, id: string, role: string, productTeam: string): Member => ({
  id,
  name: `New ${id}`,
  role,
  productTeam,
  fte: 1,
  levels: targetsOf(framework, role),
  allocation: {},
});

describe('compareRounds on a mixed team', () => {
  const framework = builtinFramework();
  const { organisation, members } = mixedTeam(framework);
  const before = view('q1', { organisation, members, framework });

  // Today: a renamed, a retired and an added skill; Ana left; a data engineer joined Search
  // and an ML engineer Growth; Eve moved from data science to analysis; Chloe's levels moved.
  const later = addSkill(
    renameSkill(retireSkill(framework, 'version-control-ci'), 'data-storytelling', 'Storytelling with data'),
    'dbt',
    'dbt',
  );
  const chloe = members.find((m) => m.id === 'chloe')!;
  const [upSkill, downSkill, droppedSkill] = Object.entries(chloe.levels)
    .filter(([id, level]) => level > 0 && level < 4 && id !== 'version-control-ci')
    .map(([id]) => id);
  const unassessed = framework.skills.find(
    (s) => chloe.levels[s.id] === undefined && s.id !== 'version-control-ci',
  )!.id;
  const chloeToday: Member = withoutLevel(
    {
      ...chloe,
      levels: {
        ...chloe.levels,
        [upSkill!]: chloe.levels[upSkill!]! + 1,
        [downSkill!]: chloe.levels[downSkill!]! - 1,
        [unassessed]: 2,
      },
    },
    droppedSkill!,
  );
  const todayMembers = [
    ...members
      .filter((m) => m.id !== 'ana')
      .map((m) => (m.id === 'chloe' ? chloeToday : m.id === 'eve' ? { ...m, role: 'data-analyst' } : m))
      .map((m) => withoutLevel(m, 'version-control-ci')),
    joiner(later, 'zoe', 'data-engineer', 'Search'),
    joiner(later, 'yan', 'ml-engineer', 'Growth'),
  ];
  const today = view('today', { organisation, members: todayMembers, framework: later });
  const comparison = compareRounds(before, today);

  it('lists who joined and left, and role changes', () => {
    expect(comparison.from).toEqual(before.label);
    expect(comparison.to).toEqual({ ref: 'today', name: 'Today', date: '2027-06-30' });
    expect(comparison.joined.map((m) => [m.memberId, m.role, m.productTeam])).toEqual([
      ['zoe', 'data-engineer', 'Search'],
      ['yan', 'ml-engineer', 'Growth'],
    ]);
    expect(comparison.left).toEqual([
      { memberId: 'ana', name: 'Ana Costa', role: 'data-scientist', productTeam: 'Payments' },
    ]);
    expect(comparison.roleChanges).toEqual([
      { memberId: 'eve', name: members.find((m) => m.id === 'eve')!.name, from: 'data-scientist', to: 'data-analyst' },
    ]);
  });

  it('says how the framework changed, by skill id', () => {
    expect(comparison.framework.retired).toEqual([{ skillId: 'version-control-ci', name: 'Version control and CI' }]);
    expect(comparison.framework.renamed).toEqual([
      { skillId: 'data-storytelling', from: 'Data storytelling', to: 'Storytelling with data' },
    ]);
    expect(comparison.framework.added).toEqual([{ skillId: 'dbt', name: 'dbt' }]);
  });

  it("lists level changes with null for not assessed, and never a retired skill's levels", () => {
    const sorted = [...comparison.levelChanges].sort((a, b) => a.skillId.localeCompare(b.skillId));
    const expected = [
      { skillId: upSkill!, from: chloe.levels[upSkill!]!, to: chloe.levels[upSkill!]! + 1 },
      { skillId: downSkill!, from: chloe.levels[downSkill!]!, to: chloe.levels[downSkill!]! - 1 },
      { skillId: droppedSkill!, from: chloe.levels[droppedSkill!]!, to: null },
      { skillId: unassessed, from: null, to: 2 },
    ].sort((a, b) => a.skillId.localeCompare(b.skillId));
    expect(sorted.map(({ memberId, skillId, from, to }) => ({ memberId, skillId, from, to }))).toEqual(
      expected.map((e) => ({ memberId: 'chloe', ...e })),
    );
    expect(comparison.levelChanges.some((c) => c.skillId === 'version-control-ci')).toBe(false);
    // A renamed skill keeps its id: everyone's level of it is compared, and none changed.
    expect(members.filter((m) => m.levels['data-storytelling'] !== undefined).length).toBeGreaterThan(1);
    expect(comparison.levelChanges.some((c) => c.skillId === 'data-storytelling')).toBe(false);
    // Up and down count levels measured on both sides only.
    expect(comparison.bySkill).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ skillId: upSkill, up: 1, down: 0 }),
        expect.objectContaining({ skillId: downSkill, up: 0, down: 1 }),
      ]),
    );
    expect(comparison.bySkill).toHaveLength(2);
  });

  it('lists gaps closed and opened against each side’s own analysis', () => {
    const a = analyzeTeam(before);
    const b = analyzeTeam(today);
    const gapsA = new Set(a.coverage.filter((c) => c.gap > 0).map((c) => c.skillId));
    const gapsB = new Set(b.coverage.filter((c) => c.gap > 0).map((c) => c.skillId));
    const compared = (id: string) => id !== 'version-control-ci' && id !== 'dbt';
    expect(comparison.gapsClosed.map((g) => g.skillId).sort()).toEqual(
      [...gapsA].filter((id) => !gapsB.has(id) && compared(id)).sort(),
    );
    expect(comparison.gapsOpened.map((g) => g.skillId).sort()).toEqual(
      [...gapsB].filter((id) => !gapsA.has(id) && compared(id)).sort(),
    );
    expect(comparison.gapsClosed.map((g) => g.skillId)).toContain('data-pipelines');
    expect(comparison.gapsClosed.every((g) => g.productTeam === '')).toBe(true);
  });

  it("follows the earlier plan's hires: hired when someone of the role joined, each gap closed or still open", () => {
    const byRole = new Map(comparison.plannedHires.map((h) => [h.roleId, h]));
    expect(comparison.plannedHires.map((h) => h.roleId)).toEqual(analyzeTeam(before).plan.hires.map((h) => h.roleId));
    expect(byRole.get('data-engineer')).toMatchObject({ hired: true, productTeam: 'Search' });
    expect(byRole.get('ml-engineer')!.hired).toBe(true);
    expect(byRole.get('analytics-engineer')!.hired).toBe(false);
    // Eve became a data analyst without joining: the analyst hire is not done.
    expect(byRole.get('data-analyst')!.hired).toBe(false);
    expect(byRole.get('data-engineer')!.gaps.find((g) => g.skillId === 'data-pipelines')).toEqual({
      skillId: 'data-pipelines',
      name: 'Data pipelines (ETL)',
      productTeam: '',
      status: 'closed',
    });
    expect(byRole.get('analytics-engineer')!.gaps.map((g) => [g.skillId, g.status])).toEqual([
      ['data-modelling', 'still-open'],
      ['sql', 'still-open'],
    ]);
  });

  it('carries the engineering FTE on both sides', () => {
    expect(comparison.engineeringFteCarried).toEqual({
      from: analyzeTeam(before).separation.engineeringFteCarriedByScientists,
      to: analyzeTeam(today).separation.engineeringFteCarriedByScientists,
    });
    expect(comparison.engineeringFteCarried.from).toBeGreaterThan(0);
  });
});

describe('compareRounds in a large organisation, per product team', () => {
  const framework = builtinFramework();
  const big = bigOrganisation(framework);
  const organisation = { ...big.organisation, coverage: { minPeople: 2, scope: 'both' as const, teamMinPeople: 2 } };
  const before = view('q1', { organisation, members: big.members, framework });
  const plan = analyzeTeam(before).plan;

  it("closes Payments 3's gap with the hire the plan asked for there, and not with a joiner elsewhere", () => {
    const teamHire = plan.hires.find((h) => h.productTeam === 'Payments 3');
    expect(teamHire).toBeDefined();
    const role = teamHire!.roleId;
    const elsewhere = view('today', {
      organisation,
      members: [...big.members, joiner(framework, 'x1', role, 'Payments 7')],
      framework,
    });
    const notThere = compareRounds(before, elsewhere).plannedHires.find((h) => h.productTeam === 'Payments 3')!;
    expect(notThere.hired).toBe(false);
    expect(notThere.gaps.some((g) => g.productTeam === 'Payments 3' && g.status === 'still-open')).toBe(true);

    const there = view('today', {
      organisation,
      members: [
        ...big.members,
        joiner(framework, 'x1', role, 'Payments 3'),
        joiner(framework, 'x2', role, 'Payments 3'),
      ],
      framework,
    });
    const comparison = compareRounds(before, there);
    const outcome = comparison.plannedHires.find((h) => h.productTeam === 'Payments 3')!;
    expect(outcome.hired).toBe(true);
    expect(outcome.gaps.filter((g) => g.productTeam === 'Payments 3').map((g) => g.status)).toContain('closed');
    expect(outcome.gaps.every((g) => g.status === 'closed')).toBe(true);
    expect(comparison.gapsClosed).toContainEqual({
      skillId: 'data-security',
      name: 'Data security',
      productTeam: 'Payments 3',
    });
    expect(comparison.gapsOpened).toEqual([]);
  });
});

describe('compareRounds, properties', () => {
  it('shows no change when a round is compared with itself', () => {
    fc.assert(
      fc.property(randomCase, (team) => {
        const round = view('a', team);
        const comparison = compareRounds(round, { ...round, label: todayLabel('2027-01-01') });
        expect(comparison).toMatchObject({
          joined: [],
          left: [],
          roleChanges: [],
          levelChanges: [],
          bySkill: [],
          gapsClosed: [],
          gapsOpened: [],
          framework: { added: [], retired: [], renamed: [] },
        });
        expect(comparison.engineeringFteCarried.from).toBe(comparison.engineeringFteCarried.to);
        // Nobody joined, so no planned hire is done; every gap it was to close is still open.
        for (const hire of comparison.plannedHires) {
          expect(hire.hired).toBe(false);
          expect(hire.gaps.every((g) => g.status === 'still-open')).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('swaps joined and left, and up and down, when compared the other way round', () => {
    const twoRounds = randomCase.chain((team) => randomMembers(team.framework, 10).map((others) => ({ team, others })));
    fc.assert(
      fc.property(twoRounds, ({ team, others }) => {
        const a = view('a', team);
        const b = view('b', { ...team, members: others });
        const ab = compareRounds(a, b);
        const ba = compareRounds(b, a);
        const ids = (list: { memberId: string }[]) => list.map((m) => m.memberId).sort();
        expect(ids(ab.joined)).toEqual(ids(ba.left));
        expect(ids(ab.left)).toEqual(ids(ba.joined));
        const swapped = ba.bySkill.map((s) => ({ ...s, up: s.down, down: s.up }));
        expect(ab.bySkill).toEqual(swapped);
        expect(ab.levelChanges.length).toBe(ba.levelChanges.length);
        expect(ab.gapsClosed).toEqual(ba.gapsOpened);
      }),
      { numRuns: 60 },
    );
  });
});
