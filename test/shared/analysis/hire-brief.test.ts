import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, type Analysis, type Hire } from '@shared/analysis';
import { roundedWork } from '@shared/analysis/hire-brief';
import { reportFor } from '@shared/reports';
import { builtinFramework, member, organisation, sampleTeam, tinyFramework } from '../../support/fixtures';
import { randomCase } from '../../support/arbitraries';
import { nineMembers, nineOrganisation } from '../../support/nine-person-team';

/*
 * The facts of a hire's brief: the work it takes over (from the members' allocations), the
 * must-haves (gaps closed and work taken over), the nice-to-haves (the rest of the profile)
 * and the seniority the must-have levels call for.
 */

const hundredths = (x: number) => Math.round(x * 100);
const takenOver = (h: Hire) => h.takesOver.reduce((sum, w) => sum + hundredths(w.fte), 0);

/** What every hire of every plan must satisfy, whatever the team. */
function checkHire(h: Hire, analysis: Analysis) {
  // The work adds up to what the hire absorbs, in hundredths, each part shown is > 0, largest first.
  expect(takenOver(h)).toBe(hundredths(h.absorbsFte) + hundredths(h.replacesFte));
  for (const w of h.takesOver) expect(w.fte).toBeGreaterThan(0);
  expect(h.takesOver.map((w) => w.fte)).toEqual([...h.takesOver.map((w) => w.fte)].sort((a, b) => b - a));
  if (h.absorbsFte === 0 && h.replacesFte === 0) expect(h.takesOver).toEqual([]);
  // Each responsibility taken over is a must-have; a must-have is a gap closed or work taken over.
  const must = new Map(h.mustHave.map((m) => [m.skillId, m]));
  for (const w of h.takesOver) if (w.skillId !== 'engineering-load') expect(must.get(w.skillId)?.why).toMatch(/load/);
  for (const m of h.mustHave) {
    expect(h.takesOver.some((w) => w.skillId === m.skillId)).toBe(m.why !== 'gap');
    expect(m.level).toBeGreaterThan(0);
  }
  // The screening list is the must-haves; nice-to-have is the rest of the profile, no overlap.
  expect(h.screenFor).toEqual(
    h.mustHave.map(({ skillId, name, level, levelName }) => ({ skillId, name, level, levelName })),
  );
  for (const n of h.niceToHave) expect(must.has(n.skillId)).toBe(false);
  expect(['Junior', 'Mid-level', 'Senior', 'Lead']).toContain(h.seniority.label);
  expect(h.seniority.basis.length).toBeGreaterThan(0);
  expect(analysis.plan.hires).toContain(h);
}

describe("a hire's brief on the sample team", () => {
  const framework = builtinFramework();
  const team = sampleTeam();
  const report = reportFor({ framework, organisation: team.organisation, members: team.members }, team.scenarios);
  const plan = report.analysis.plan;
  const checkout = plan.hires.find((h) => h.roleId === 'data-engineer' && h.productTeam === 'Checkout')!;

  it("names the Checkout scientists' pipeline, deployment, integration and modelling work the engineer takes over", () => {
    // Kwame (1 FTE): pipelines 30 %, deployment 20 %, modelling 10 %; Tomasz (1 FTE):
    // integration 20 %, deployment 10 %. The hire takes all 0.9 FTE of it.
    const carriers = report.analysis.separation.carriers.filter((c) => c.productTeam === 'Checkout' && c.overThreshold);
    expect(carriers.map((c) => c.name).sort()).toEqual(['Kwame Mensah', 'Tomasz Nowak']);
    expect(checkout.absorbsFte).toBe(0.9);
    expect(checkout.takesOver).toEqual([
      { skillId: 'data-pipelines', name: 'Data pipelines (ETL)', fte: 0.3 },
      { skillId: 'ml-deployment-pipelines', name: 'ML build / deployment pipelines', fte: 0.3 },
      { skillId: 'product-integration', name: 'Product integration', fte: 0.2 },
      { skillId: 'data-modelling', name: 'Data modelling', fte: 0.1 },
    ]);
  });

  it('must have the gaps it closes and the work it takes over, at level with the scale description', () => {
    const why = Object.fromEntries(checkout.mustHave.map((m) => [m.skillId, m.why]));
    expect(why).toMatchObject({
      'data-security': 'gap',
      'data-pipelines': 'load',
      'data-modelling': 'load',
      'ml-deployment-pipelines': 'gap-and-load',
    });
    const engineer = framework.roles.find((r) => r.id === 'data-engineer')!;
    const pipelines = checkout.mustHave.find((m) => m.skillId === 'data-pipelines')!;
    expect(pipelines.level).toBe(engineer.targets['data-pipelines']!.level);
    expect(pipelines.levelDescription).toBe(framework.scale.levels[pipelines.level]!.description);
    expect(pipelines.levelDescription.length).toBeGreaterThan(0);
    // Nice-to-have is the rest of the data engineer's profile.
    const profile = Object.entries(engineer.targets)
      .filter(([, t]) => t.level > 0)
      .map(([id]) => id)
      .sort();
    expect([...checkout.mustHave, ...checkout.niceToHave].map((s) => s.skillId).sort()).toEqual(
      expect.arrayContaining(profile),
    );
    expect(checkout.niceToHave.length).toBeGreaterThan(0);
    expect(checkout.seniority).toEqual({
      label: 'Mid-level',
      basis: expect.stringMatching(/^Must have .* at Practitioner, a level below the top \(Expert\)\.$/),
    });
  });

  it("holds for every hire of today's plan and of every scenario's plan", () => {
    for (const h of plan.hires) checkHire(h, report.analysis);
    for (const sc of report.scenarios)
      for (const h of sc.plan.hires) checkHire(h, { ...report.analysis, plan: sc.plan });
    // A coverage-only hire takes nothing over.
    const scientist = plan.hires.find((h) => h.roleId === 'data-scientist')!;
    expect(scientist.takesOver).toEqual([]);
    expect(scientist.mustHave.every((m) => m.why === 'gap')).toBe(true);
  });

  it('states the assumptions behind "the fewest hires", from the data', () => {
    expect(plan.assumptions).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Each hire meets every target of their role's profile"),
        expect.stringContaining('Each hire works 1 FTE'),
        expect.stringContaining(`threshold is ${team.organisation.engineeringLoadThreshold} %`),
        expect.stringContaining('unknown, not 0'),
      ]),
    );
    for (const sc of report.scenarios) expect(sc.plan.assumptions.length).toBeGreaterThan(0);
  });
});

describe("a hire's brief on the 9-person mixed team", () => {
  const framework = builtinFramework();
  const result = analyzeTeam({ framework, organisation: nineOrganisation(), members: nineMembers(framework) });

  it("names the scientists' pipeline, warehouse and deployment work the engineering hires take over", () => {
    const engineers = result.plan.hires.filter((h) => h.absorbsFte > 0);
    expect(engineers.length).toBeGreaterThan(0);
    const work = new Map<string, number>();
    for (const h of engineers) for (const w of h.takesOver) work.set(w.skillId, (work.get(w.skillId) ?? 0) + w.fte);
    expect([...work.keys()]).toEqual(
      expect.arrayContaining(['data-pipelines', 'data-warehouse-solutions', 'ml-deployment-pipelines']),
    );
    for (const h of result.plan.hires) checkHire(h, result);
  });
});

describe('a departure: the replacement takes over the leaver own-role work', () => {
  const fw = tinyFramework(
    [
      { id: 'a' },
      { id: 'train', kind: 'responsibility' },
      { id: 'eda', kind: 'responsibility' },
      { id: 'pipes', area: 'data-engineering', kind: 'responsibility' },
    ],
    [
      { id: 'sci', area: 'data-science', targets: { a: 3, train: 3, eda: 2 } },
      { id: 'eng', area: 'data-engineering', targets: { pipes: 3 } },
    ],
  );
  const org = organisation({ coverage: { minPeople: 1 } });
  const members = [
    member('s1', 'sci', { a: 3, train: 3, eda: 2 }, { allocation: { train: 60, eda: 40 } }),
    member('s2', 'sci', { a: 3, train: 3, eda: 2 }, { allocation: { train: 50, eda: 50 } }),
    member('e1', 'eng', { pipes: 3 }, { allocation: { pipes: 100 } }),
  ];
  const report = reportFor({ framework: fw, organisation: org, members }, [
    { id: 'leave', name: 's1 leaves', plannedHires: [], roleMoves: [], departures: ['s1'] },
  ]);

  it('lists the responsibilities replaced, in FTE, summing to replacesFte', () => {
    const hire = report.scenarios[0]!.plan.hires.find((h) => h.replacesFte > 0)!;
    expect(hire.roleId).toBe('sci');
    expect(hire.replacesFte).toBe(1);
    expect(hire.takesOver).toEqual([
      { skillId: 'train', name: 'TRAIN', fte: 0.6 },
      { skillId: 'eda', name: 'EDA', fte: 0.4 },
    ]);
    expect(hire.mustHave.find((m) => m.skillId === 'train')).toMatchObject({ level: 3, why: 'load' });
    checkHire(hire, { ...report.analysis, plan: report.scenarios[0]!.plan });
  });
});

describe('seniority from the must-have levels', () => {
  // One scientist holds nothing of the engineering skills: every engineering target is a gap.
  const seniorityFor = (targets: Record<string, number>) => {
    const skills = Object.keys(targets).map((id) => ({ id, area: 'data-engineering' as const }));
    const fw = tinyFramework(
      [{ id: 'a' }, ...skills],
      [
        { id: 'sci', area: 'data-science', targets: { a: 2 } },
        { id: 'eng', area: 'data-engineering', targets },
      ],
    );
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({ coverage: { minPeople: 1 } }),
      members: [member('s', 'sci', { a: 2, ...Object.fromEntries(Object.keys(targets).map((id) => [id, 0])) })],
    });
    const hire = result.plan.hires.find((h) => h.roleId === 'eng')!;
    return hire.seniority;
  };

  it('Expert in one skill: Senior', () => {
    expect(seniorityFor({ x: 4, y: 2 })).toEqual({
      label: 'Senior',
      basis: 'Must have X at Expert, the top of the scale.',
    });
  });
  it('Expert in three skills: Lead', () => {
    expect(seniorityFor({ x: 4, y: 4, z: 4 }).label).toBe('Lead');
  });
  it('Practitioner at most: Mid-level', () => {
    expect(seniorityFor({ x: 3, y: 2 })).toEqual({
      label: 'Mid-level',
      basis: 'Must have X at Practitioner, a level below the top (Expert).',
    });
  });
  it('Working at most: Junior', () => {
    expect(seniorityFor({ x: 2, y: 1 })).toEqual({
      label: 'Junior',
      basis: 'Must have X at Working, 2 levels below the top (Expert).',
    });
  });
});

describe('rounding the work taken over', () => {
  it('three equal thirds of 1 FTE: 0.34 + 0.33 + 0.33', () => {
    const work = new Map([
      ['b', 1 / 3],
      ['a', 1 / 3],
      ['c', 1 / 3],
    ]);
    expect(roundedWork(work, 1, (id) => id)).toEqual([
      { skillId: 'a', name: 'a', fte: 0.34 },
      { skillId: 'b', name: 'b', fte: 0.33 },
      { skillId: 'c', name: 'c', fte: 0.33 },
    ]);
  });

  it('property: the parts always add up to the total in hundredths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.0001, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (parts, total) => {
          const work = new Map(parts.map((fte, i) => [`s${i}`, fte]));
          const out = roundedWork(work, total, (id) => id);
          expect(out.reduce((sum, w) => sum + hundredths(w.fte), 0)).toBe(hundredths(total));
        },
      ),
    );
  });

  it('property: on random teams every hire takes over exactly what it absorbs', () => {
    fc.assert(
      fc.property(randomCase, (input) => {
        const result = analyzeTeam(input);
        for (const h of result.plan.hires) checkHire(h, result);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the plan assumptions follow the data', () => {
  it('count the unknown skills, and give the threshold and policy set for the team', () => {
    const fw = tinyFramework(
      [{ id: 'a' }, { id: 'b' }],
      [{ id: 'sci', area: 'data-science', targets: { a: 3, b: 2 } }],
    );
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({ coverage: { minPeople: 3 }, engineeringLoadThreshold: 35 }),
      // Nobody assessed on b.
      members: [member('s', 'sci', { a: 3 })],
    });
    expect(result.plan.assumptions).toEqual([
      "Each hire meets every target of their role's profile (a hire counts as holding each of the role's skills at its target level).",
      'Each hire works 1 FTE, and engineering work is planned in tenths of an FTE.',
      'Levels are as assessed; a skill nobody was assessed on is unknown, not 0 (1 required skill is unknown and not hired for until assessed).',
      "The engineering-load threshold is 35 % of a scientist's time; hires take over the engineering work of the scientists above it.",
      "The coverage policy needs 3 people at each required skill's level (the highest target of the roles, on a scale up to Expert).",
    ]);
  });
});
