import { describe, expect, it } from 'vitest';
import type { RoundComparison } from '@shared/rounds/types';
import { comparisonSections } from '@renderer/screens/rounds/comparison-sections';
import { closeRoundProblem, defaultRoundName } from '@renderer/screens/rounds/round-name';

/* The Rounds screen's pure parts: the suggested round name and the "What changed" sections. */

describe('the suggested round name', () => {
  it('names the calendar quarter of the date', () => {
    expect(defaultRoundName('2027-01-01')).toBe('2027 Q1 review');
    expect(defaultRoundName('2027-03-31')).toBe('2027 Q1 review');
    expect(defaultRoundName('2027-04-01')).toBe('2027 Q2 review');
    expect(defaultRoundName('2027-09-30')).toBe('2027 Q3 review');
    expect(defaultRoundName('2027-12-31')).toBe('2027 Q4 review');
    expect(defaultRoundName('not a date')).toBe('');
  });

  it('refuses an empty or too long name, a missing date and a name already taken', () => {
    expect(closeRoundProblem('2027 Q1 review', '2027-03-31', [])).toBeNull();
    expect(closeRoundProblem('   ', '2027-03-31', [])).toBe('Give the round a name.');
    expect(closeRoundProblem('x'.repeat(121), '2027-03-31', [])).toBe('The name is longer than 120 characters.');
    expect(closeRoundProblem('Q1', '', [])).toBe('Give the round a date.');
    expect(closeRoundProblem('Q1', '2027-02-30x', [])).toBe('Give the round a date.');
    expect(closeRoundProblem(' Q1 ', '2027-03-31', ['Q1'])).toBe('A round is already called “Q1”.');
  });
});

const base: RoundComparison = {
  from: { ref: 'q1', name: '2027 Q1 review', date: '2027-03-31' },
  to: { ref: 'today', name: 'Today', date: '2027-05-01' },
  framework: {
    from: { id: 'ds-vs-de', version: '1.0.0' },
    to: { id: 'ds-vs-de', version: '1.0.0' },
    added: [],
    retired: [],
    renamed: [],
  },
  joined: [],
  left: [],
  roleChanges: [],
  levelChanges: [],
  bySkill: [],
  gapsClosed: [],
  gapsOpened: [],
  plannedHires: [],
  engineeringFteCarried: { from: 1.2, to: 0.8 },
};

const sectionOf = (comparison: RoundComparison, id: string) => comparisonSections(comparison).find((s) => s.id === id)!;

describe('what changed, as sections', () => {
  it('says plainly when nothing changed, with no empty tables', () => {
    const sections = comparisonSections(base);
    expect(sections.map((s) => [s.id, s.lead, s.table])).toEqual([
      ['joined', 'Nobody joined.', null],
      ['left', 'Nobody left.', null],
      ['roles', 'Nobody changed role.', null],
      ['levels-up', 'No level went up.', null],
      ['levels-down', 'No level went down.', null],
      ['levels-assessed', 'Every skill assessed in one round was assessed in the other.', null],
      ['by-skill', 'No level changed.', null],
      ['gaps-closed', 'No gap closed.', null],
      ['gaps-opened', 'No gap opened.', null],
      ['planned-hires', "2027 Q1 review's plan asked for no hire.", null],
      ['engineering', '1.2 FTE in 2027 Q1 review, 0.8 FTE in Today.', null],
      ['framework', 'Same framework (ds-vs-de 1.0.0). No skill added, retired or renamed.', null],
    ]);
  });

  it('groups level changes by member and splits up, down, and assessed or not', () => {
    const change = (memberId: string, skillName: string, from: number | null, to: number | null) => ({
      memberId,
      name: memberId.toUpperCase(),
      skillId: skillName.toLowerCase(),
      skillName,
      from,
      to,
    });
    const comparison: RoundComparison = {
      ...base,
      levelChanges: [
        change('ana', 'SQL', 1, 3),
        change('ana', 'Spark', 2, 1),
        change('ana', 'Python', 2, 3),
        change('bo', 'SQL', null, 2),
        change('bo', 'Spark', 3, null),
      ],
    };
    expect(sectionOf(comparison, 'levels-up')).toMatchObject({
      lead: '2 levels, 1 member',
      table: { header: ['Member', 'Skills'], rows: [['ANA', 'SQL 1 → 3; Python 2 → 3']] },
    });
    expect(sectionOf(comparison, 'levels-down').table!.rows).toEqual([['ANA', 'Spark 2 → 1']]);
    expect(sectionOf(comparison, 'levels-assessed').table!.rows).toEqual([
      ['BO', 'SQL not assessed → 2; Spark 3 → not assessed'],
    ]);
  });

  it('lists joined and left members and role changes by role name, gaps by place, and each planned hire with its gaps closed or still open', () => {
    const comparison: RoundComparison = {
      ...base,
      joined: [{ memberId: 'cy', name: 'Cy', role: 'de', productTeam: 'Checkout' }],
      left: [{ memberId: 'di', name: 'Di', role: 'gone', productTeam: '' }],
      roleChanges: [{ memberId: 'ed', name: 'Ed', from: 'ds', to: 'de' }],
      gapsClosed: [{ skillId: 'spark', name: 'Spark', productTeam: 'Checkout' }],
      gapsOpened: [{ skillId: 'sql', name: 'SQL', productTeam: '' }],
      plannedHires: [
        {
          roleId: 'de',
          roleName: 'Data engineer',
          productTeam: 'Checkout',
          hired: true,
          gaps: [
            { skillId: 'spark', name: 'Spark', productTeam: 'Checkout', status: 'closed' },
            { skillId: 'sql', name: 'SQL', productTeam: '', status: 'still-open' },
          ],
        },
        { roleId: 'ds', roleName: 'Data scientist', productTeam: null, hired: false, gaps: [] },
      ],
    };
    const names: Record<string, string> = { de: 'Data engineer', ds: 'Data scientist' };
    const sections = comparisonSections(comparison, (id) => names[id] ?? id);
    const rowsOf = (id: string) => sections.find((s) => s.id === id)!.table!.rows;
    expect(rowsOf('joined')).toEqual([['Cy', 'Data engineer', 'Checkout']]);
    // A role no longer in the framework goes by its id.
    expect(rowsOf('left')).toEqual([['Di', 'gone', '—']]);
    expect(rowsOf('roles')).toEqual([['Ed', 'Data scientist', 'Data engineer']]);
    expect(sectionOf(comparison, 'gaps-closed').table!.rows).toEqual([['Spark', 'Checkout']]);
    expect(sectionOf(comparison, 'gaps-opened').table!.rows).toEqual([['SQL', 'Organisation']]);
    const hires = sectionOf(comparison, 'planned-hires');
    expect(hires.lead).toBe('1 of 2 planned hires made by Today.');
    expect(hires.table!.rows).toEqual([
      ['Data engineer', 'Checkout', 'hired', 'Spark (Checkout)', 'gap closed'],
      ['Data engineer', 'Checkout', 'hired', 'SQL (Organisation)', 'still open'],
      ['Data scientist', '—', 'still open', '—', '—'],
    ]);
  });

  it('says the framework changed and lists skills added, retired and renamed', () => {
    const comparison: RoundComparison = {
      ...base,
      framework: {
        from: { id: 'ds-vs-de', version: '1.0.0' },
        to: { id: 'ds-vs-de', version: '1.1.0' },
        added: [{ skillId: 'dbt', name: 'dbt' }],
        retired: [{ skillId: 'hadoop', name: 'Hadoop' }],
        renamed: [{ skillId: 'sql', from: 'SQL', to: 'SQL and modelling' }],
      },
    };
    const section = sectionOf(comparison, 'framework');
    expect(section.lead).toBe('Framework ds-vs-de 1.0.0 → ds-vs-de 1.1.0; skills compared by id.');
    expect(section.table!.rows).toEqual([
      ['Added', 'dbt', ''],
      ['Retired', 'Hadoop', ''],
      ['Renamed', 'SQL', 'SQL and modelling'],
    ]);
  });
});
