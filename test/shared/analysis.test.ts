import { describe, expect, it } from 'vitest';
import { analyzeTeam, compareScenario, distributeLoad, indexFramework, roleFit } from '@shared/analysis';
import { OTHER_ROLE_ID } from '@shared/domain';
import { builtinFramework, member, organisation, sampleTeam, tinyFramework } from '../support/fixtures';

// Two areas, two roles: "sci" needs a=3 (weight 3) and b=2; "eng" needs c=3 and d=2.
const fw = tinyFramework(
  [
    { id: 'a' },
    { id: 'b' },
    { id: 'c', area: 'data-engineering' },
    { id: 'd', area: 'data-engineering' },
    { id: 'pipes', area: 'data-engineering', kind: 'responsibility' },
    { id: 'models', area: 'data-science', kind: 'responsibility' },
  ],
  [
    { id: 'sci', area: 'data-science', targets: { a: [3, 3], b: 2, models: 2 } },
    { id: 'eng', area: 'data-engineering', targets: { c: 3, d: 2, pipes: 3 } },
  ],
);

describe('member fit', () => {
  const index = indexFramework(fw, { minPeople: 2 });
  const sci = index.roleById.get('sci')!;

  it("is the weighted share of the assessed targets reached, against those targets and the member's other strengths", () => {
    // a: 2/3 of target × weight 3 = 2; b: full × 1 = 1; models not assessed → 3 of 4 → 75.
    expect(roleFit({ a: 2, b: 4 }, sci, index)).toBeCloseTo(75);
    // models assessed at 0 ("none") counts: 3 of 5 → 60.
    expect(roleFit({ a: 2, b: 4, models: 0 }, sci, index)).toBeCloseTo(60);
    expect(roleFit({ a: 4, b: 4, models: 4 }, sci, index)).toBe(100);
    // c at the top level (4 of 4) outside the role counts as one mean target weight (5/3).
    expect(roleFit({ a: 3, b: 2, models: 2, c: 4 }, sci, index)).toBeCloseTo(75);
  });

  it('has no fit when none of the role targets was assessed, rather than a fit of 0', () => {
    expect(roleFit({}, sci, index)).toBeNull();
    expect(roleFit({ c: 3, d: 2 }, sci, index)).toBeNull();
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation(),
      members: [member('x', 'sci', { c: 3 })],
    });
    expect(result.members[0]!.fits[0]).toEqual({ roleId: 'sci', fit: null });
    expect(result.members[0]).toMatchObject({ bestRoleId: 'eng', mismatch: false });
  });

  it('keeps a narrow role from being the best fit of a broad member who meets its few targets', () => {
    const withNarrow = tinyFramework(
      [{ id: 'a' }, { id: 'b' }, { id: 'models', area: 'data-science', kind: 'responsibility' }],
      [
        { id: 'sci', area: 'data-science', targets: { a: [3, 3], b: 2, models: 2 } },
        { id: 'narrow', area: 'shared', targets: { b: 2 } },
      ],
    );
    const result = analyzeTeam({
      framework: withNarrow,
      organisation: organisation(),
      members: [member('x', 'sci', { a: 3, b: 2, models: 2 })],
    });
    // narrow: its one target met (1), against 1 + (3 + 2) / 4 of strengths it does not use.
    expect(result.members[0]!.fits).toEqual([
      { roleId: 'sci', fit: 100 },
      { roleId: 'narrow', fit: 44.4 },
    ]);
    expect(result.members[0]).toMatchObject({ bestRoleId: 'sci', mismatch: false });
  });

  it('flags a mismatch only when the best fit beats the own role by more than 10 points, ties going to the own role', () => {
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation(),
      members: [
        member('x', 'sci', { a: 0, b: 0, models: 0, c: 3, d: 2, pipes: 3 }),
        member('y', 'eng', { a: 3, b: 2, models: 2, c: 3, d: 2, pipes: 3 }),
        member('z', 'sci', { a: 3, b: 2, models: 2, c: 3, d: 2, pipes: 3 }),
      ],
    });
    expect(result.members[0]).toMatchObject({ bestRoleId: 'eng', mismatch: true });
    expect(result.members[0]!.fits).toEqual([
      { roleId: 'sci', fit: 0 },
      { roleId: 'eng', fit: 100 },
    ]);
    // y: eng 3 of 3 against 3 + 7/4 → 63.2; sci 5 of 5 against 5 + 8 × (5/3) / 4 → 60.
    expect(result.members[1]!.fits).toEqual([
      { roleId: 'sci', fit: 60 },
      { roleId: 'eng', fit: 63.2 },
    ]);
    expect(result.members[1]).toMatchObject({ bestRoleId: 'eng', mismatch: false });
    // z: the same levels employed as a scientist: eng is best, but by 3.2 points only.
    expect(result.members[2]).toMatchObject({ bestRoleId: 'eng', mismatch: false });
    expect(result.summary.mismatches).toBe(1);
  });

  it('leaves a member with no framework role out of fit and mismatch', () => {
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation(),
      members: [member('o', OTHER_ROLE_ID, { c: 3, d: 2, pipes: 3 }, { title: 'Data product manager' })],
    });
    expect(result.members[0]).toMatchObject({ fits: [], bestRoleId: null, mismatch: false });
    // …but counts for coverage.
    expect(result.coverage.find((c) => c.skillId === 'c')!.holders).toBe(1);
  });
});

describe('coverage', () => {
  const result = analyzeTeam({
    framework: fw,
    organisation: organisation({ coverage: { minPeople: 2, overrides: { d: { people: 1 } } } }),
    members: [
      member('p', 'sci', { a: 3, b: 1, c: 3 }),
      member('q', 'sci', { a: 4, b: 2 }),
      member('r', 'eng', { c: 2, d: 2 }),
    ],
  });
  const cov = (id: string) => result.coverage.find((c) => c.skillId === id)!;

  it('counts people at the required level, the best level, the gap and the people depended on', () => {
    expect(cov('a')).toMatchObject({
      requiredLevel: 3,
      needed: 2,
      holders: 2,
      bestLevel: 4,
      gap: 0,
      status: 'covered',
      dependsOn: ['p', 'q'],
    });
    expect(cov('b')).toMatchObject({
      requiredLevel: 2,
      holders: 1,
      gap: 1,
      status: 'single-point-of-failure',
      dependsOn: ['q'],
    });
    expect(cov('c')).toMatchObject({
      requiredLevel: 3,
      holders: 1,
      bestLevel: 3,
      gap: 1,
      dependsOn: ['p'],
      closableBy: ['eng'],
    });
    expect(cov('d')).toMatchObject({ needed: 1, holders: 1, gap: 0, status: 'covered' });
  });

  it('counts only assessed people: a skill nobody was assessed on is unknown, not a gap', () => {
    expect(cov('b')).toMatchObject({ assessed: 2, notAssessed: 1 });
    expect(cov('pipes')).toMatchObject({
      holders: 0,
      assessed: 0,
      notAssessed: 3,
      bestLevel: null,
      gap: 0,
      status: 'unknown',
    });
    expect(result.plan.assessFirst.map((s) => s.skillId)).toEqual(['models', 'pipes']);
    expect(result.plan.hires.flatMap((h) => h.screenFor.map((s) => s.skillId))).not.toContain('pipes');
  });

  it('tells a level of 0 ("none") from not assessed', () => {
    const r = analyzeTeam({
      framework: fw,
      organisation: organisation(),
      members: [member('p', 'sci', { pipes: 0 }), member('q', 'sci', {})],
    });
    expect(r.coverage.find((c) => c.skillId === 'pipes')).toMatchObject({
      assessed: 1,
      notAssessed: 1,
      bestLevel: 0,
      gap: 2,
      status: 'uncovered',
    });
  });

  it('keeps the one skill order (by area, then as the file lists them) and reports every skill', () => {
    expect(result.coverage.map((c) => c.skillId)).toEqual(['a', 'b', 'models', 'c', 'd', 'pipes']);
    expect(result.summary).toMatchObject({
      requiredSkills: 6,
      skillsWithGaps: 2,
      totalGap: 1 + 1,
      uncoveredSkills: 0,
      unknownSkills: 2,
    });
  });

  it('a skill no role targets is not required', () => {
    const fw2 = tinyFramework([{ id: 'a' }, { id: 'z' }], [{ id: 'sci', area: 'data-science', targets: { a: 2 } }]);
    const r = analyzeTeam({ framework: fw2, organisation: organisation(), members: [member('m', 'sci', { z: 3 })] });
    expect(r.coverage[1]).toMatchObject({ skillId: 'z', status: 'not-required', gap: 0, bestLevel: 3 });
  });
});

describe('role separation', () => {
  const members = [
    member('s1', 'sci', {}, { productTeam: 'Checkout', fte: 0.5, allocation: { pipes: 60, models: 40 } }),
    member('s2', 'sci', {}, { productTeam: 'Search', allocation: { pipes: 10, models: 90 } }),
    member('e1', 'eng', {}, { allocation: { pipes: 100 } }),
  ];
  const result = analyzeTeam({
    framework: fw,
    organisation: organisation({ productTeams: ['Checkout', 'Search'] }),
    members,
  });

  it('sums the engineering FTE carried by scientists and flags those over the threshold', () => {
    const sep = result.separation;
    expect(sep.engineeringFteCarriedByScientists).toBe(0.4);
    expect(sep.engineeringFteOverThreshold).toBe(0.3);
    expect(sep.carriers.map((c) => [c.memberId, c.engineeringPercent, c.engineeringFte, c.overThreshold])).toEqual([
      ['s1', 60, 0.3, true],
      ['s2', 10, 0.1, false],
    ]);
    // s1 is 40 points over the 20 % threshold at 0.5 FTE: 0.2 FTE must go, 0.3 FTE could.
    expect(sep.engineeringFteAboveThreshold).toBe(0.2);
    expect(sep.byProductTeam).toEqual([{ productTeam: 'Checkout', engineeringFte: 0.3, aboveThresholdFte: 0.2 }]);
    expect(sep).toMatchObject({ scientists: 2, engineers: 1 });
  });

  it('gives structure advice counted from the members (details in structure.test.ts)', () => {
    expect(result.structure.headcount).toMatchObject({ people: 3, scientists: 2, engineers: 1, productTeams: 2 });
    expect(result.structure.productTeams.map((t) => [t.label, t.people, t.carriedFte])).toEqual([
      ['Checkout', 1, 0.3],
      ['Search', 1, 0.1],
      ['No product team', 1, 0],
    ]);
    expect(result.structure).toMatchObject({ sizeClass: 'medium', derived: true, stage: 'shared-team' });
  });
});

describe('hiring plan', () => {
  it('hires the fewest people by role profile, with reasons and skills to screen for', () => {
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({ coverage: { minPeople: 1 } }),
      members: [
        member(
          's',
          'sci',
          { a: 3, b: 2, models: 2, c: 0, d: 1, pipes: 2 },
          { productTeam: 'Checkout', allocation: { pipes: 50 } },
        ),
      ],
    });
    const plan = result.plan;
    expect(plan.byRole).toEqual([
      { roleId: 'sci', roleName: 'sci', count: 0 },
      { roleId: 'eng', roleName: 'eng', count: 1 },
    ]);
    expect(plan.optimal).toBe(true);
    expect(plan.hiresForEngineeringLoad).toBe(1);
    const hire = plan.hires[0]!;
    expect(hire).toMatchObject({
      number: 1,
      roleId: 'eng',
      priority: 'high',
      absorbsFte: 0.5,
      productTeam: 'Checkout',
    });
    expect(hire.screenFor.map((s) => [s.skillId, s.level, s.levelName])).toEqual([
      ['c', 3, 'Practitioner'],
      ['d', 2, 'Working'],
      ['pipes', 3, 'Practitioner'],
    ]);
    expect(hire.reasons.join(' ')).toMatch(/Nobody on the team holds C, D and PIPES/);
    expect(hire.reasons.join(' ')).toMatch(
      /Takes over 0.5 FTE of data-engineering work in Checkout, carried by data scientists \(s 50 %\)/,
    );
  });

  it("names a product team's five heaviest carriers in a hire's reason and counts the rest", () => {
    const full = { a: 3, b: 2, models: 2, c: 3, d: 2, pipes: 3 };
    const shares = [30, 60, 45, 50, 35, 40, 55];
    const members = [
      member('e', 'eng', full),
      member('e2', 'eng', full),
      ...shares.map((pct, i) => member(`s${i}`, 'sci', full, { productTeam: 'Checkout', allocation: { pipes: pct } })),
    ];
    const result = analyzeTeam({ framework: fw, organisation: organisation(), members });
    const reason = result.plan.hires.flatMap((h) => h.reasons).find((r) => r.includes('in Checkout'));
    expect(reason).toMatch(/\(s1 60 %, s6 55 %, s3 50 %, s2 45 %, s5 40 % and 2 more\)\.$/);
  });

  it('needs no hire when every target is held by enough people and no scientist is overloaded', () => {
    const full = { a: 3, b: 2, models: 2, c: 3, d: 2, pipes: 3 };
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation(),
      members: [member('m1', 'sci', full), member('m2', 'eng', full)],
    });
    expect(result.plan.hires).toEqual([]);
    expect(result.summary).toMatchObject({ skillsWithGaps: 0, hiresRecommended: 0, residualGaps: 0 });
  });

  it('lists gaps no role profile can close instead of hiding them', () => {
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({ coverage: { minPeople: 1, overrides: { a: { level: 4 } } } }),
      members: [member('m', 'sci', { a: 3, b: 2, models: 2, c: 3, d: 2, pipes: 3 })],
    });
    expect(result.plan.hires).toEqual([]);
    expect(result.plan.residualGaps).toHaveLength(1);
    expect(result.plan.residualGaps[0]).toMatchObject({ skillId: 'a', gap: 1 });
    expect(result.plan.residualGaps[0]!.reason).toMatch(/no role profile targets that level/);
  });

  it('reports engineering load as residual when the framework has no engineering role', () => {
    const sciOnly = tinyFramework(
      [{ id: 'a' }, { id: 'pipes', area: 'data-engineering', kind: 'responsibility' }],
      [{ id: 'sci', area: 'data-science', targets: { a: 2 } }],
    );
    const result = analyzeTeam({
      framework: sciOnly,
      organisation: organisation({ coverage: { minPeople: 1 } }),
      members: [member('m', 'sci', { a: 2 }, { allocation: { pipes: 80 } })],
    });
    expect(result.plan.residualGaps.map((g) => g.skillId)).toEqual(['engineering-load']);
    expect(result.plan.hires).toEqual([]);
  });

  it('splits the load of several product teams over the engineering hires', () => {
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({
        coverage: { minPeople: 1, overrides: { c: { people: 0 }, d: { people: 0 }, pipes: { people: 0 } } },
      }),
      members: [
        member('s1', 'sci', { a: 3, b: 2, models: 2 }, { productTeam: 'A', allocation: { pipes: 90 } }),
        member('s2', 'sci', {}, { productTeam: 'B', allocation: { pipes: 60 } }),
        member('s3', 'sci', {}, { productTeam: 'C', allocation: { pipes: 30 } }),
      ],
    });
    const hires = result.plan.hires;
    // 0.7 + 0.4 + 0.1 FTE above the 20 % threshold: two hires, who then take the rest too.
    expect(result.plan.hiresForEngineeringLoad).toBe(2);
    // Each team stays with one hire.
    expect(hires.map((h) => [h.roleId, h.productTeam, h.absorbsFte])).toEqual([
      ['eng', 'A', 0.9],
      ['eng', 'B', 0.9],
    ]);
    expect(hires[0]!.reasons.join(' ')).toMatch(/Takes over 0.9 FTE .* in A/);
    expect(hires[1]!.reasons.join(' ')).toMatch(/Takes over 0.6 FTE .* in B, .*Takes over 0.3 FTE .* in C,/);
    // The load hire screens for the work it takes over.
    expect(hires[0]!.screenFor.map((s) => s.skillId)).toEqual(['pipes']);
  });

  it('counts engineering hires by the load above the threshold, as a scenario with them confirms', () => {
    // 0.8 × 24 % and 1 × 82 % on engineering, threshold 22 %: 1.012 FTE carried, but only
    // 0.016 + 0.6 = 0.616 FTE above the threshold, so one engineering hire brings both within it.
    const members = [
      member('m0', 'sci', { a: 3, b: 2, models: 2 }, { fte: 0.8, allocation: { pipes: 24 } }),
      member('m2', 'sci', { a: 3, b: 2, models: 2 }, { allocation: { pipes: 82 } }),
    ];
    const input = {
      framework: fw,
      organisation: organisation({
        engineeringLoadThreshold: 22,
        coverage: { minPeople: 1, overrides: { c: { people: 0 }, d: { people: 0 }, pipes: { people: 0 } } },
      }),
      members,
    };
    const result = analyzeTeam(input);
    expect(result.separation.engineeringFteOverThreshold).toBe(1.01);
    expect(result.separation.engineeringFteAboveThreshold).toBe(0.62);
    expect(result.plan.hiresForEngineeringLoad).toBe(1);
    expect(result.plan.hires.map((h) => h.roleId)).toEqual(['eng']);
    const withHire = compareScenario(input, {
      id: 'one',
      name: 'One engineer',
      plannedHires: [{ id: 'h', role: 'eng' }],
      roleMoves: [],
      departures: [],
    });
    expect(withHire.scenario).toMatchObject({ scientistsOverThreshold: 0, hiresRecommended: 0 });
  });

  it('lists members one level short as upskilling alternatives', () => {
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({ coverage: { minPeople: 1 } }),
      members: [member('m', 'sci', { a: 2, b: 2, models: 2 }), member('n', 'eng', { c: 3, d: 2, pipes: 2 })],
    });
    expect(result.plan.upskilling.map((u) => [u.memberId, u.skillId, u.currentLevel, u.requiredLevel])).toEqual([
      ['m', 'a', 2, 3],
      ['n', 'pipes', 2, 3],
    ]);
  });
});

describe('the sample team', () => {
  const team = sampleTeam();
  const input = { framework: builtinFramework(), organisation: team.organisation, members: team.members };
  const result = analyzeTeam(input);

  it('flags the scientists carrying engineering work and recommends data-engineer hires', () => {
    expect(result.separation.carriers.filter((c) => c.overThreshold).length).toBeGreaterThanOrEqual(3);
    const de = result.plan.hires.filter((h) => h.roleId === 'data-engineer');
    expect(de.length).toBeGreaterThanOrEqual(2);
    for (const h of de) expect(h.reasons.length).toBeGreaterThan(0);
    expect(result.summary.singlePointsOfFailure).toBeGreaterThan(0);
    expect(result.members.some((m) => m.mismatch && m.bestRoleId === 'data-engineer')).toBe(true);
  });

  it('compares a scenario side by side with today', () => {
    const hireTwo = team.scenarios!.find((s) => s.plannedHires.length === 2)!;
    const cmp = compareScenario(input, hireTwo);
    expect(cmp.today).toEqual(result.summary);
    expect(cmp.scenario.skillsWithGaps).toBeLessThan(cmp.today.skillsWithGaps);
    expect(cmp.carriedFteDelta).toBeLessThan(0);
    expect(cmp.hiresDelta).toBeLessThan(0);
    expect(cmp.skillChanges.length).toBeGreaterThan(0);
    for (const change of cmp.skillChanges) expect(change.holdersScenario).toBeGreaterThanOrEqual(change.holdersToday);

    const leaves = team.scenarios!.find((s) => s.departures.length > 0)!;
    const worse = compareScenario(input, leaves);
    expect(worse.scenario.skillsWithGaps).toBeGreaterThan(worse.today.skillsWithGaps);
    expect(worse.scenario.members).toBe(worse.today.members - 1);

    const move = team.scenarios!.find((s) => s.roleMoves.length > 0)!;
    const moved = compareScenario(input, move);
    expect(moved.scenario.engineers).toBe(moved.today.engineers + 1);
    expect(moved.carriedFteDelta).toBeLessThan(0);
  });
});

describe('distributing the engineering load over hires', () => {
  it('always places the part above the threshold, even when the rest cannot all be taken', () => {
    // One hire: A's 0.9 FTE would fill it, but B's 0.4 above the threshold must be taken too.
    const shares = distributeLoad(
      [
        { productTeam: 'A', overFte: 0.9, excessFte: 0.1 },
        { productTeam: 'B', overFte: 0.5, excessFte: 0.4 },
      ],
      1,
    );
    const byTeam = Object.fromEntries(shares[0]!.map((s) => [s.productTeam, s.fte]));
    expect(byTeam.A).toBeCloseTo(0.6);
    expect(byTeam.B).toBeCloseTo(0.4);
  });

  it('gives nothing to place to no hires, and never more than a hire can take', () => {
    expect(distributeLoad([{ productTeam: 'A', overFte: 3, excessFte: 0.5 }], 0)).toEqual([]);
    const shares = distributeLoad([{ productTeam: 'A', overFte: 3, excessFte: 1.5 }], 2);
    for (const list of shares) expect(list.reduce((sum, s) => sum + s.fte, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });
});
