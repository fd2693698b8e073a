import type { TrendsTables } from '../../rounds/trends-table';
import type { RoundsTable } from './table';
import { roundTitle } from './table';

/*
 * The trend charts' tables as what every format writes: one row per series (a skill, a
 * role, a product team's measure), one column per round, oldest first and today last. A
 * skill a round's framework did not have is an empty cell, and its notes say why.
 */

export function trendsReportTables(t: TrendsTables): RoundsTable[] {
  const rounds = t.columns.map(roundTitle);
  const skillHeader = ['Skill', 'Skill id', 'Notes', ...rounds];
  const skillNotes = (notes: string[]) => notes.join('; ');
  const flagged = t.skills.filter((s) => s.cells.some((c) => c?.singlePointOfFailure));
  return [
    {
      title: 'Coverage per skill: people at the required level',
      header: skillHeader,
      rows: t.skills.map((s) => [s.name, s.skillId, skillNotes(s.notes), ...s.cells.map((c) => c?.holders ?? null)]),
      empty: 'No skills.',
    },
    {
      title: 'People needed per skill',
      header: skillHeader,
      rows: t.skills.map((s) => [s.name, s.skillId, skillNotes(s.notes), ...s.cells.map((c) => c?.needed ?? null)]),
      empty: 'No skills.',
    },
    {
      title: 'Gaps per skill: people missing against the coverage policy',
      header: skillHeader,
      rows: t.skills.map((s) => [s.name, s.skillId, skillNotes(s.notes), ...s.cells.map((c) => c?.gap ?? null)]),
      empty: 'No skills.',
    },
    {
      title: 'Single points of failure',
      header: skillHeader,
      rows: [
        ['All skills', '', 'skills held by one person where the policy asks for more', ...t.singlePointsOfFailure],
        ...flagged.map((s) => [
          s.name,
          s.skillId,
          skillNotes(s.notes),
          ...s.cells.map((c) => (c === null ? null : c.singlePointOfFailure ? 'yes' : 'no')),
        ]),
      ],
      empty: '',
    },
    {
      title: 'Engineering FTE carried by data scientists',
      header: ['Measure', ...rounds],
      rows: [
        ['Carried', ...t.engineeringFte.carried],
        ['Above the threshold', ...t.engineeringFte.aboveThreshold],
      ],
      empty: '',
    },
    {
      title: 'Headcount by role',
      header: ['Role', 'Role id', ...rounds],
      rows: [...t.headcountByRole.map((r) => [r.name, r.roleId, ...r.counts]), ['Total', '', ...t.headcountTotal]],
      empty: '',
    },
    {
      title: 'Coverage per product team',
      header: ['Product team', 'Measure', ...rounds],
      rows: t.productTeams.flatMap((team) => [
        [team.label, 'members', ...team.cells.map((c) => c?.members ?? null)],
        [team.label, 'required skills covered', ...team.cells.map((c) => c?.covered ?? null)],
        [team.label, 'skills with a gap', ...team.cells.map((c) => c?.gaps ?? null)],
      ]),
      empty: 'No product teams.',
    },
    {
      title: 'Stale assessments',
      header: ['Measure', ...rounds],
      rows: [
        ['Levels recorded', ...t.stale.levelsAssessed],
        ['Levels older than the stale age', ...t.stale.levelsStale],
      ],
      empty: '',
    },
    {
      title: 'Planned hires',
      header: ['Measure', ...rounds],
      rows: [['Hires the plan asked for', ...t.plannedHires]],
      empty: '',
    },
  ];
}
