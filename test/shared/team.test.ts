import { describe, expect, it } from 'vitest';
import { parseTeam, parseTeamText } from '@shared/io';
import { builtinFramework, sampleTeam } from '../support/fixtures';

const fw = builtinFramework();

function expectProblem(data: unknown, path: string, message: RegExp): void {
  const parsed = parseTeam(data, fw);
  expect(parsed.ok, JSON.stringify(parsed)).toBe(false);
  if (!parsed.ok) {
    expect(parsed.error.path).toBe(path);
    expect(parsed.error.message).toMatch(message);
  }
}

describe('the sample team (resources/sample-team.json)', () => {
  const team = sampleTeam();

  it('is valid against the built-in framework and marked as sample', () => {
    const parsed = parseTeam(team, fw);
    expect(parsed.ok).toBe(true);
    expect(team.sample).toBe(true);
  });

  it("shows the article's problem: several product teams, few engineers, scientists on pipelines", () => {
    expect(team.organisation.productTeams.length).toBeGreaterThanOrEqual(2);
    const engineers = team.members.filter((m) => m.role === 'data-engineer');
    const scientists = team.members.filter((m) => m.role === 'data-scientist');
    expect(engineers.length).toBeLessThanOrEqual(1);
    const engineering = new Set(
      fw.skills.filter((s) => s.area === 'data-engineering' && s.kind === 'responsibility').map((s) => s.id),
    );
    const heavy = scientists.filter(
      (m) => Object.entries(m.allocation).reduce((sum, [id, pct]) => sum + (engineering.has(id) ? pct : 0), 0) >= 25,
    );
    expect(heavy.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a team file with a mistake names the place', () => {
  it('a wrong type deep in a member', () => {
    const team = sampleTeam();
    (team.members[2]!.levels as Record<string, unknown>)['data-pipelines'] = 'three';
    expectProblem(team, 'members[2].levels.data-pipelines', /expected number, received string/);
  });

  it('an unknown skill id in levels and in allocation', () => {
    const a = sampleTeam();
    a.members[1]!.levels['spark-magic'] = 2;
    expectProblem(a, 'members[1].levels.spark-magic', /unknown skill id "spark-magic"/);
    const b = sampleTeam();
    b.members[0]!.allocation['coffee-runs'] = 5;
    expectProblem(b, 'members[0].allocation.coffee-runs', /unknown responsibility id/);
  });

  it('time allocated to a skill rather than a responsibility', () => {
    const team = sampleTeam();
    team.members[0]!.allocation = { 'data-storytelling': 10 };
    expectProblem(team, 'members[0].allocation.data-storytelling', /is a skill, not a responsibility/);
  });

  it('more than 100 % of time', () => {
    const team = sampleTeam();
    team.members[3]!.allocation = { 'data-pipelines': 60, 'model-training': 41 };
    expectProblem(team, 'members[3].allocation', /adds up to 101 %, more than 100 %/);
  });

  it('an unknown role, a level above the scale, a duplicate member id', () => {
    const a = sampleTeam();
    a.members[4]!.role = 'wizard';
    expectProblem(a, 'members[4].role', /unknown role "wizard"/);
    const b = sampleTeam();
    b.members[0]!.levels['data-pipelines'] = 9;
    expectProblem(b, 'members[0].levels.data-pipelines', /above the scale's top level 4/);
    const c = sampleTeam();
    c.members[5]!.id = c.members[0]!.id;
    expectProblem(c, 'members[5].id', /duplicate member id/);
  });

  it('a scenario that names a member or role that does not exist', () => {
    const a = sampleTeam();
    a.scenarios![1]!.roleMoves[0]!.memberId = 'nobody';
    expectProblem(a, 'scenarios[1].roleMoves[0].memberId', /unknown member id "nobody"/);
    const b = sampleTeam();
    b.scenarios![0]!.plannedHires[0]!.role = 'unicorn';
    expectProblem(b, 'scenarios[0].plannedHires[0].role', /unknown role/);
  });

  it('unknown fields, missing fields, and a prototype key', () => {
    const a = sampleTeam() as unknown as Record<string, unknown>;
    a.extra = 1;
    expectProblem(a, 'extra', /unknown field/);
    const b = sampleTeam();
    delete (b.members[0] as Partial<(typeof b.members)[0]>).fte;
    expectProblem(b, 'members[0].fte', /expected number, received undefined/);
    const text = JSON.stringify(sampleTeam()).replace('"levels":{', '"levels":{"__proto__":{"polluted":1},');
    const parsed = parseTeamText(text, fw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'unsafe-key', path: 'members[0].levels.__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts the problems beyond the first', () => {
    const team = sampleTeam();
    team.members[0]!.levels['nope-a'] = 1;
    team.members[1]!.levels['nope-b'] = 1;
    const parsed = parseTeam(team, fw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.more).toBe(1);
  });
});
