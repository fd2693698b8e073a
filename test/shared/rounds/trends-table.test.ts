import { describe, expect, it } from 'vitest';
import type { Member } from '@shared/domain';
import { todayLabel } from '@shared/rounds/round-view';
import { trendPoint } from '@shared/rounds/trend-point';
import { trendsTable } from '@shared/rounds/trends-table';
import { builtinFramework } from '../../support/fixtures';
import { addSkill, renameSkill, retireSkill, withoutLevel } from './framework-edits';
import { closeRound, mixedTeam } from './round-fixtures';

describe('trendsTable', () => {
  const v1 = builtinFramework();
  const { organisation, members } = mixedTeam(v1);
  const q1 = closeRound({ organisation, members, framework: v1 }, { id: 'q1', name: '2027 Q1', date: '2027-03-31' });
  // Q2: a new framework version retires version-control-ci, renames Python and adds dbt;
  // a data engineer joins a new product team.
  const v2 = {
    ...addSkill(renameSkill(retireSkill(v1, 'version-control-ci'), 'python', 'Python 3'), 'dbt', 'dbt'),
    version: '2.0.0',
  };
  const q2Members: Member[] = [
    ...members.map((m) => withoutLevel(m, 'version-control-ci')),
    { ...members.find((m) => m.role === 'data-engineer')!, id: 'new', name: 'New', productTeam: 'Ledger', levels: {} },
  ];
  const q2 = closeRound(
    { organisation, members: q2Members, framework: v2 },
    { id: 'q2', name: '2027 Q2', date: '2027-06-30' },
  );
  const todayMembers = q2Members.filter((m) => m.id !== 'ana');
  const today = {
    label: todayLabel('2027-08-01'),
    point: trendPoint({ organisation, members: todayMembers, framework: v2 }, '2027-08-01'),
  };

  // Entries out of order: the table sorts them by date.
  const tables = trendsTable([q2.entry, q1.entry], today, v2, [v1, v2]);

  it('has the rounds oldest first and today last', () => {
    expect(tables.columns.map((c) => [c.ref, c.name, c.date, c.frameworkVersion])).toEqual([
      ['q1', '2027 Q1', '2027-03-31', v1.version],
      ['q2', '2027 Q2', '2027-06-30', '2.0.0'],
      ['today', 'Today', '2027-08-01', '2.0.0'],
    ]);
  });

  it('matches skills by id across framework versions and says what changed', () => {
    const row = (id: string) => tables.skills.find((s) => s.skillId === id)!;
    expect(tables.skills.map((s) => s.skillId)).toEqual([...v2.skills.map((s) => s.id), 'version-control-ci']);
    expect(row('python').name).toBe('Python 3');
    expect(row('python').notes).toEqual(['renamed from "Python"']);
    expect(row('python').cells.every((c) => c !== null)).toBe(true);
    expect(row('dbt').cells[0]).toBeNull();
    expect(row('dbt').cells[1]).not.toBeNull();
    expect(row('dbt').notes).toEqual(['added in framework 2.0.0 (2027 Q2)']);
    expect(row('version-control-ci')).toMatchObject({ name: 'Version control and CI', retired: true });
    expect(row('version-control-ci').notes).toEqual(['retired after 2027 Q1: not in the current framework']);
    expect(row('version-control-ci').cells.slice(1)).toEqual([null, null]);
    const q1Figures = q1.entry.trend.skills.find((s) => s.skillId === 'sql')!;
    expect(row('sql').cells[0]).toEqual({
      holders: q1Figures.holders,
      needed: q1Figures.needed,
      gap: q1Figures.gap,
      singlePointOfFailure: q1Figures.singlePointOfFailure,
    });
  });

  it('names a retired skill by its id when no past framework is given', () => {
    const bare = trendsTable([q1.entry, q2.entry], today, v2);
    expect(bare.skills.find((s) => s.skillId === 'version-control-ci')!.name).toBe('version-control-ci');
    expect(bare.skills.find((s) => s.skillId === 'python')!.notes).toEqual([]);
  });

  it('counts single points of failure, engineering FTE, headcount, product teams and stale levels per column', () => {
    const points = [q1.entry.trend, q2.entry.trend, today.point];
    expect(tables.singlePointsOfFailure).toEqual(
      points.map((p) => p.skills.filter((s) => s.singlePointOfFailure).length),
    );
    expect(tables.engineeringFte.carried).toEqual(points.map((p) => p.engineeringFteCarried));
    expect(tables.headcountTotal).toEqual([9, 10, 9]);
    expect(tables.headcountByRole.find((r) => r.roleId === 'data-engineer')).toEqual({
      roleId: 'data-engineer',
      name: v2.roles.find((r) => r.id === 'data-engineer')!.name,
      counts: [1, 2, 2],
    });
    expect(tables.headcountByRole.find((r) => r.roleId === 'data-scientist')!.counts).toEqual([5, 5, 4]);
    expect(tables.productTeams.map((t) => t.productTeam)).toEqual(['Growth', 'Ledger', 'Payments', 'Search']);
    const ledger = tables.productTeams.find((t) => t.productTeam === 'Ledger')!;
    expect(ledger.cells[0]).toBeNull();
    expect(ledger.cells[1]).toMatchObject({ members: 1 });
    expect(tables.stale.levelsStale).toEqual(points.map((p) => p.levelsStale));
    expect(tables.plannedHires).toEqual(points.map((p) => p.plannedHires));
  });
});
