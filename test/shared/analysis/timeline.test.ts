import { describe, expect, it } from 'vitest';
import { analyzeTeam, compareScenario } from '@shared/analysis';
import { projectTimeline, type TimelineInput } from '@shared/analysis/timeline';
import { eventText, riskWindowText } from '@shared/analysis/timeline-text';
import { addMonths, quarterEnd, quarterLabel, quarterOf, quarterStart } from '@shared/analysis/timeline-dates';
import { decodeDataFile, initialData } from '@shared/data';
import type { Member, Scenario } from '@shared/domain';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../support/nine-person-team';

const framework = builtinFramework();
const organisation = nineOrganisation();
const members = nineMembers(framework);

/** The nine-person team with a scenario: its plan, projected from `today`. */
function projected(scenario: Scenario | null, today: string, planning?: TimelineInput['planning']) {
  const input = { framework, organisation, members };
  const plan = scenario ? compareScenario(input, scenario).scenarioAnalysis.plan : analyzeTeam(input).plan;
  return projectTimeline({ ...input, scenario, plan, planning, today });
}

const femiLeaves = (date?: string, extra: Partial<Scenario> = {}): Scenario => ({
  id: 'femi-leaves',
  name: 'The data engineer leaves',
  plannedHires: [],
  roleMoves: [],
  departures: ['femi'],
  ...(date ? { dates: { femi: date } } : {}),
  ...extra,
});

describe('timeline dates', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-05-01', 0)).toBe('2026-05-01');
  });

  it('numbers quarters consecutively across years, with their first and last days', () => {
    expect(quarterOf('2026-12-31') + 1).toBe(quarterOf('2027-01-01'));
    expect(quarterLabel(quarterOf('2026-08-15'))).toBe('Q3 2026');
    expect(quarterStart(quarterOf('2026-08-15'))).toBe('2026-07-01');
    expect(quarterEnd(quarterOf('2026-02-03'))).toBe('2026-03-31');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => quarterOf('2026-02-30')).toThrow(/not a calendar date/);
    expect(() => addMonths('next week', 1)).toThrow(/not an ISO date/);
  });
});

describe("the nine-person team's timeline", () => {
  it("today's plan: the data-engineer hire starts after the 3-month lead time and takes the load off the scientists then", () => {
    const timeline = projected(null, '2026-02-10');
    expect(timeline.quarters.map((q) => q.label)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    const engineer = timeline.events.find((e) => e.kind === 'hire' && e.roleId === 'data-engineer')!;
    expect([engineer.date, engineer.basis, engineer.months, engineer.quarterLabel]).toEqual([
      '2026-05-10',
      'lead-time',
      3,
      'Q2 2026',
    ]);
    const [q1, q2] = timeline.quarters;
    expect(q1!.carriedFte).toBeCloseTo(0.8);
    expect(q2!.carriedFte).toBeLessThan(q1!.carriedFte);
    expect(q2!.events).toContain(engineer.id);
    expect(timeline.riskWindows).toEqual([]);
    expect(timeline.quarters.every((q) => !q.atRisk)).toBe(true);
  });

  it('a Q3 departure of the data engineer with a 3-month lead time leaves Q3 uncovered until the replacement starts in Q4', () => {
    // Told in July that the engineer leaves in August: hiring takes three months.
    const timeline = projected(femiLeaves('2026-08-15'), '2026-07-06', { leadTimeMonths: { 'data-engineer': 3 } });
    expect(timeline.quarters.map((q) => q.label)).toEqual(['Q3 2026', 'Q4 2026', 'Q1 2027', 'Q2 2027']);
    const [window] = timeline.riskWindows;
    expect(window).toMatchObject({
      departureId: 'femi',
      roleId: 'data-engineer',
      from: 'Q3 2026',
      to: 'Q3 2026',
      quarters: 1,
      replacementStart: '2026-10-06',
    });
    const replacement = timeline.events.find((e) => e.id === window!.replacementId)!;
    expect([replacement.kind, replacement.roleId, replacement.quarterLabel]).toEqual([
      'hire',
      'data-engineer',
      'Q4 2026',
    ]);
    expect(timeline.quarters.filter((q) => q.atRisk).map((q) => q.label)).toEqual(['Q3 2026']);

    // Q3: the engineer is gone and nobody has taken their work; Q4: the hires close every gap.
    const [q3, q4] = timeline.quarters;
    expect(q3!.members).toBe(8);
    expect(q3!.unownedEngineeringFte).toBeGreaterThan(0);
    expect(q3!.skillsCovered).toBeLessThan(q4!.skillsCovered);
    expect(q3!.singlePointsOfFailure).toBeGreaterThan(q4!.singlePointsOfFailure);
    expect(q4!.unownedEngineeringFte).toBe(0);
    expect(q4!.skillsCovered).toBe(q4!.requiredSkills);
  });

  it('the same departure known in April is covered in time when hiring starts today; a longer lead time opens a window', () => {
    const early = projected(femiLeaves('2026-08-15'), '2026-04-20', { leadTimeMonths: { 'data-engineer': 3 } });
    expect(early.riskWindows[0]).toMatchObject({ from: 'Q3 2026', quarters: 0, to: null });
    expect(early.quarters.some((q) => q.atRisk)).toBe(false);

    const slow = projected(femiLeaves('2026-08-15'), '2026-04-20', { leadTimeMonths: { 'data-engineer': 9 } });
    expect(slow.riskWindows[0]).toMatchObject({ from: 'Q3 2026', to: 'Q4 2026', quarters: 2 });
    expect(slow.quarters.filter((q) => q.atRisk).map((q) => q.label)).toEqual(['Q3 2026', 'Q4 2026']);
  });

  it("a planned hire's date in the scenario is its target start, and makes it the replacement", () => {
    const planned = femiLeaves('2026-08-15', {
      plannedHires: [{ id: 'new-de', role: 'data-engineer' }],
      dates: { femi: '2026-08-15', 'new-de': '2027-02-01' },
    });
    const timeline = projected(planned, '2026-07-06', { leadTimeMonths: { 'data-engineer': 12 } });
    expect(timeline.events.find((e) => e.id === 'new-de')).toMatchObject({
      basis: 'scenario',
      months: null,
      quarterLabel: 'Q1 2027',
    });
    expect(timeline.riskWindows[0]).toMatchObject({ replacementId: 'new-de', from: 'Q3 2026', to: 'Q4 2026' });
  });

  it('an undated departure is from today; a leaver whose role the plan does not hire for stays at risk to the end', () => {
    const scenario: Scenario = { ...femiLeaves(), departures: ['ivo'] };
    const input = { framework, organisation, members };
    // A plan that hires nobody: the leaver has no replacement.
    const plan = { ...compareScenario(input, scenario).scenarioAnalysis.plan, hires: [] };
    const timeline = projectTimeline({ ...input, scenario, plan, today: '2026-01-05' });
    expect(timeline.events.find((e) => e.id === 'ivo')).toMatchObject({ basis: 'today', date: '2026-01-05' });
    expect(timeline.riskWindows[0]).toMatchObject({
      from: 'Q1 2026',
      replacementId: null,
      quarters: timeline.quarters.length,
    });
    expect(timeline.quarters.every((q) => q.atRisk)).toBe(true);
  });

  it('upskilling takes levels to grow × months per level, and counts from the quarter it ends', () => {
    // Ana one level short of a skill nobody holds: growing it is the plan's alternative.
    const short: Member[] = members.map((m) =>
      m.id === 'femi' ? { ...m, levels: { ...m.levels, 'data-security': 1 } } : m,
    );
    const input = { framework, organisation, members: short };
    const plan = analyzeTeam(input).plan;
    const candidate = plan.upskilling[0];
    expect(candidate).toBeDefined();
    const timeline = projectTimeline({ ...input, plan, today: '2026-01-01', planning: { upskillMonthsPerLevel: 4 } });
    const grow = timeline.events.find((e) => e.kind === 'upskill')!;
    const levels = candidate!.requiredLevel - candidate!.currentLevel;
    expect(grow.months).toBe(4 * levels);
    expect(grow.date).toBe(addMonths('2026-01-01', 4 * levels));
  });

  it('is the same every time for the same today, and refuses a today that is not a date', () => {
    expect(projected(femiLeaves('2026-08-15'), '2026-04-20')).toEqual(
      projected(femiLeaves('2026-08-15'), '2026-04-20'),
    );
    expect(() => projected(null, '20 April')).toThrow(/not an ISO date/);
  });

  it('draws at most five years: a change dated later is listed without a quarter', () => {
    const timeline = projected(femiLeaves('2040-01-01'), '2026-04-20');
    expect(timeline.quarters).toHaveLength(20);
    expect(timeline.events.find((e) => e.id === 'femi')!.quarterIndex).toBeNull();
    expect(timeline.riskWindows[0]!.quarters).toBe(0);
  });
});

describe('departure dates in the data file', () => {
  it('need no new field: a version-6 file whose departure has no date loads, and its departure is from today', () => {
    const data = {
      ...initialData(sampleTeam(), framework),
      organisation,
      members,
      scenarios: [{ id: 'undated', name: 'Undated', plannedHires: [], roleMoves: [], departures: ['femi'] }],
    };
    expect(data.schemaVersion).toBe(6);
    const decoded = decodeDataFile(JSON.stringify(data));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migrated).toBe(false);
    const scenario = decoded.data.scenarios[0]!;
    expect(scenario.dates).toBeUndefined();
    const timeline = projected(scenario, '2026-07-06');
    expect(timeline.events.find((e) => e.id === 'femi')).toMatchObject({ date: '2026-07-06', basis: 'today' });
    expect(timeline.riskWindows[0]).toMatchObject({ from: 'Q3 2026', to: 'Q3 2026', quarters: 1 });
  });

  it("keep the date the scenario's dates give the departure, as stored", () => {
    const decoded = decodeDataFile(
      JSON.stringify({
        ...initialData(sampleTeam(), framework),
        organisation,
        members,
        scenarios: [femiLeaves('2026-08-15')],
      }),
    );
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.data.scenarios[0]!.dates).toEqual({ femi: '2026-08-15' });
  });
});

describe('role moves on the timeline', () => {
  it('take effect from their date: a scientist moved to data engineering in Q4 stops carrying engineering work then', () => {
    const scenario: Scenario = {
      id: 'dev-moves',
      name: 'Dev moves to data engineering',
      plannedHires: [],
      roleMoves: [{ memberId: 'dev', toRole: 'data-engineer' }],
      departures: [],
      dates: { dev: '2026-11-02' },
    };
    // Lead times long enough that no hire starts inside the first year.
    const timeline = projected(scenario, '2026-07-06', {
      leadTimeMonths: Object.fromEntries(framework.roles.map((r) => [r.id, 24])),
    });
    const move = timeline.events.find((e) => e.kind === 'role-move')!;
    expect([move.id, move.roleId, move.quarterLabel, move.basis]).toEqual([
      'move:dev',
      'data-engineer',
      'Q4 2026',
      'scenario',
    ]);
    const [q3, q4] = timeline.quarters;
    expect(q3!.carriedFte).toBeCloseTo(0.8);
    // Dev's 45 % is now their own job: only Chloe's 35 % is carried.
    expect(q4!.carriedFte).toBeCloseTo(0.35);
    expect(timeline.riskWindows).toEqual([]);
  });
});

describe('the timeline in words', () => {
  const event = (roleId: string, roleName: string) =>
    ({
      kind: 'planned-hire',
      id: 'h1',
      roleId,
      roleName,
      memberName: null,
      skillName: null,
      toLevel: null,
      date: '2026-10-01',
      basis: 'scenario',
      months: null,
      quarterLabel: 'Q4 2026',
      quarterIndex: 1,
    }) as const;

  it('writes role names in sentences in lower case, keeping the capitals of BI and ML', () => {
    expect(eventText(event('data-engineer', 'Data engineer'), { names: true })).toBe(
      'Planned data engineer hire starts',
    );
    expect(eventText(event('data-analyst', 'Data analyst / BI developer'), { names: false })).toBe(
      'Planned data analyst / BI developer hire starts',
    );
    expect(eventText(event('ml-engineer', 'ML engineer'), { names: false })).toBe('Planned ML engineer hire starts');
  });
});

describe('a departure after the last quarter shown', () => {
  it('is said to fall after the timeline, not covered by a hire that starts years before it', () => {
    const timeline = projected(femiLeaves('2032-06-01'), '2026-07-06');
    expect(timeline.quarters).toHaveLength(20);
    const [window] = timeline.riskWindows;
    expect(riskWindowText(window!, timeline, { names: true })).toBe(
      "Femi Adeyemi leaves in Q2 2032, after the timeline's last quarter (Q2 2031): not projected.",
    );
  });
});
