import { describe, expect, it } from 'vitest';
import { memberHistory } from '@shared/rounds/member-history';
import { todayLabel, type RoundView } from '@shared/rounds/round-view';
import { builtinFramework } from '../../support/fixtures';
import { renameSkill, retireSkill, withoutLevel } from './framework-edits';
import { mixedTeam } from './round-fixtures';

describe('memberHistory', () => {
  const framework = builtinFramework();
  const { organisation, members } = mixedTeam(framework);
  const chloe = members.find((m) => m.id === 'chloe')!;
  const q1: RoundView = {
    label: { ref: 'q1', name: 'Q1', date: '2027-03-31' },
    organisation,
    members,
    framework,
    selfAssessments: [
      {
        memberId: 'chloe',
        receivedOn: '2027-03-20',
        formId: 'f1',
        ratings: { python: 3, 'bi-dashboards': 'not-observed' },
        skillNotes: {},
        decisions: {},
      },
    ],
  };
  // Q2: Chloe had left for a while; today she is back, after version-control-ci was retired.
  const q2: RoundView = {
    ...q1,
    label: { ref: 'q2', name: 'Q2', date: '2027-06-30' },
    members: members.filter((m) => m !== chloe),
    selfAssessments: [],
  };
  const current = renameSkill(retireSkill(framework, 'version-control-ci'), 'python', 'Python 3');
  const back = { ...withoutLevel(chloe, 'version-control-ci'), name: 'Chloe Martin-Roy', productTeam: 'Search' };
  const today: RoundView = {
    label: todayLabel('2027-09-01'),
    organisation,
    members: [back],
    framework: current,
    selfAssessments: [],
  };

  const history = memberHistory('chloe', [q1, q2, today], current);

  it('gives a point for every round the member was in, oldest first', () => {
    expect(history.name).toBe('Chloe Martin-Roy');
    expect(history.points.map((p) => p.round.ref)).toEqual(['q1', 'today']);
    expect(history.points[0]).toMatchObject({ role: chloe.role, productTeam: 'Payments', levels: chloe.levels });
    expect(history.points[0]!.self).toEqual({ python: 3, 'bi-dashboards': 'not-observed' });
    expect(history.points[1]).toMatchObject({ productTeam: 'Search' });
    expect(history.points[1]!.self).toBeUndefined();
  });

  it("lists skills by id in today's framework order, renamed as today, retired ones last", () => {
    const ids = history.skills.map((s) => s.skillId);
    const rated = new Set([...Object.keys(chloe.levels), 'python', 'bi-dashboards']);
    const expected = current.skills.filter((s) => rated.has(s.id)).map((s) => s.id);
    expect(chloe.levels['version-control-ci']).toBe(1);
    expected.push('version-control-ci');
    expect(ids).toEqual(expected);
    expect(history.skills.find((s) => s.skillId === 'python')).toEqual({
      skillId: 'python',
      name: 'Python 3',
      retired: false,
    });
    const retired = history.skills.filter((s) => s.retired);
    expect(retired).toEqual([{ skillId: 'version-control-ci', name: 'Version control and CI', retired: true }]);
  });

  it('gives no point for someone in no round', () => {
    expect(memberHistory('nobody', [q1, today], current).points).toEqual([]);
  });
});
