import { describe, expect, it } from 'vitest';
import { checkTeamAgainstFramework, type Scenario } from '@shared/domain';
import { withDatesOfItsChanges } from '@shared/domain';
import { draftOf, draftProblems, scenarioOf } from '@renderer/screens/plan/scenario-draft';
import { scenarioChangeLines } from '@renderer/screens/plan/scenario-changes';
import { builtinFramework, sampleTeam } from '../support/fixtures';

/* A change can carry a date: kept through the form, checked, pruned with its change. */

const team = sampleTeam();
const framework = builtinFramework();
const dated: Scenario = {
  id: 'dated',
  name: 'Dated',
  plannedHires: [
    { id: 'h1', role: 'data-engineer', productTeam: 'Checkout' },
    { id: 'h2', role: 'data-engineer', productTeam: 'Checkout' },
    { id: 'h3', role: 'data-engineer', productTeam: 'Checkout' },
  ],
  roleMoves: [{ memberId: 'kwame-mensah', toRole: 'data-engineer' }],
  departures: ['priya-raman'],
  dates: { h1: '2027-04-01', h2: '2027-04-01', 'kwame-mensah': '2027-01-15', 'priya-raman': '2027-03-31' },
};

describe('dated scenario changes', () => {
  it('survive a round trip through the form, hires grouped by date', () => {
    const draft = draftOf(dated);
    expect(draft.hires.map((h) => [h.count, h.date])).toEqual([
      [2, '2027-04-01'],
      [1, ''],
    ]);
    expect(draft.departureDates).toEqual({ 'priya-raman': '2027-03-31' });
    const saved = scenarioOf(draft, { existing: dated, scenarioIds: new Set(['dated']), members: team.members });
    expect(saved).toEqual(dated);
  });

  it('are read as lines in date order, undated ones first', () => {
    expect(scenarioChangeLines(dated, team.members, framework)).toEqual([
      { text: '1 × Data engineer for Checkout joins', date: null },
      { text: 'Kwame Mensah moves to Data engineer', date: '2027-01-15' },
      { text: 'Priya Raman leaves', date: '2027-03-31' },
      { text: '2 × Data engineer for Checkout join', date: '2027-04-01' },
    ]);
  });

  it('refuses a date that is not a calendar date, and one that names no change', () => {
    const draft = draftOf(dated);
    draft.departureDates['priya-raman'] = '2027-02-30';
    expect(draftProblems(draft)).toEqual(['A departure date is not a date.']);
    const stray = { ...dated, dates: { ...dated.dates, 'ana-lima': '2027-01-01' } };
    const issues = checkTeamAgainstFramework({ ...team, scenarios: [stray] }, framework);
    expect(issues).toContainEqual({
      path: ['scenarios', 0, 'dates', 'ana-lima'],
      message: '"ana-lima" is no planned hire, role move or departure of this scenario',
    });
  });

  it('are dropped with their change, and renamed with it', () => {
    const withoutPriya = withDatesOfItsChanges({ ...dated, departures: [] });
    expect(withoutPriya.dates).not.toHaveProperty('priya-raman');
    expect(Object.keys(withoutPriya.dates!)).toHaveLength(3);
    const renamed = withDatesOfItsChanges({ ...dated, departures: ['priya-2'] }, (id) =>
      id === 'priya-raman' ? 'priya-2' : id,
    );
    expect(renamed.dates!['priya-2']).toBe('2027-03-31');
    const none = withDatesOfItsChanges({ ...dated, plannedHires: [], roleMoves: [], departures: [] });
    expect(none).not.toHaveProperty('dates');
  });
});
