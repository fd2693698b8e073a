import { roleLookup } from '../../analysis';
import type { Framework } from '../../domain';
import type { RoundComparison } from '../../rounds/types';
import { teamLabel } from '../document/wording';
import type { RoundsTable } from './table';

/*
 * A comparison of two rounds as tables: what every format writes (Markdown sections, XLSX
 * sheets, CSV rows). Role ids become names through the later round's framework.
 */

export const NOT_ASSESSED_TEXT = 'not assessed';

const level = (value: number | null): string | number => value ?? NOT_ASSESSED_TEXT;

export function comparisonTables(c: RoundComparison, framework: Pick<Framework, 'roles'>): RoundsTable[] {
  const role = (id: string) => roleLookup(framework)(id).name;
  const fw = c.framework;
  const frameworkRows: (string | number | null)[][] = [
    ...fw.added.map((s) => ['added', s.name, s.skillId, '']),
    ...fw.retired.map((s) => ['retired', s.name, s.skillId, 'its levels are not compared']),
    ...fw.renamed.map((s) => ['renamed', s.to, s.skillId, `was ${s.from}`]),
  ];
  return [
    {
      title: 'Framework',
      header: ['Change', 'Skill', 'Skill id', 'Note'],
      rows: frameworkRows,
      empty: `The same skills in both rounds (${fw.from.id} ${fw.from.version} → ${fw.to.id} ${fw.to.version}).`,
    },
    {
      title: 'Joined',
      header: ['Name', 'Role', 'Product team'],
      rows: c.joined.map((m) => [m.name, role(m.role), teamLabel(m.productTeam)]),
      empty: 'Nobody joined.',
    },
    {
      title: 'Left',
      header: ['Name', 'Role', 'Product team'],
      rows: c.left.map((m) => [m.name, role(m.role), teamLabel(m.productTeam)]),
      empty: 'Nobody left.',
    },
    {
      title: 'Role changes',
      header: ['Name', 'From', 'To'],
      rows: c.roleChanges.map((r) => [r.name, role(r.from), role(r.to)]),
      empty: 'Nobody changed role.',
    },
    {
      title: 'Levels by skill',
      header: ['Skill', 'Up', 'Down'],
      rows: c.bySkill.map((s) => [s.name, s.up, s.down]),
      empty: 'No level went up or down.',
    },
    {
      title: 'Level changes',
      header: ['Name', 'Skill', 'From', 'To'],
      rows: c.levelChanges.map((l) => [l.name, l.skillName, level(l.from), level(l.to)]),
      empty: 'No level changed.',
    },
    {
      title: 'Gaps closed',
      header: ['Skill', 'Where'],
      rows: c.gapsClosed.map((g) => [g.name, g.productTeam === '' ? 'Organisation' : g.productTeam]),
      empty: 'No gap closed.',
    },
    {
      title: 'Gaps opened',
      header: ['Skill', 'Where'],
      rows: c.gapsOpened.map((g) => [g.name, g.productTeam === '' ? 'Organisation' : g.productTeam]),
      empty: 'No gap opened.',
    },
    {
      title: 'Planned hires',
      header: ['Role', 'Product team', 'Hired', 'Gaps closed', 'Gaps still open'],
      rows: c.plannedHires.map((h) => [
        h.roleName,
        h.productTeam === null ? 'Any' : teamLabel(h.productTeam),
        h.hired ? 'yes' : 'no',
        h.gaps
          .filter((g) => g.status === 'closed')
          .map((g) => g.name)
          .join(', '),
        h.gaps
          .filter((g) => g.status === 'still-open')
          .map((g) => g.name)
          .join(', '),
      ]),
      empty: `The plan of ${c.from.name} asked for no hires.`,
    },
    {
      title: 'Engineering FTE carried by data scientists',
      header: ['From', 'To', 'Change'],
      rows: [
        [
          c.engineeringFteCarried.from,
          c.engineeringFteCarried.to,
          Math.round((c.engineeringFteCarried.to - c.engineeringFteCarried.from) * 100) / 100,
        ],
      ],
      empty: '',
    },
  ];
}
