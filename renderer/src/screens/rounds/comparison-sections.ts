import type { GapRef, LevelChange, MemberRef, RoundComparison } from '@shared/rounds/types';
import type { TableData } from '../dashboard/data/table';

/*
 * "What changed" between two rounds as the screen shows it: sections of plain tables, each
 * with a line saying what it is, built from the comparison main computed (rounds:compare).
 * Pure, so the wording and the grouping are tested without React.
 */

export interface ComparisonSection {
  id: string;
  title: string;
  /** One line over the table: the count, or that nothing changed. */
  lead: string;
  /** Null when there is nothing to list. */
  table: TableData | null;
}

const NOT_ASSESSED = 'not assessed';
const levelText = (level: number | null) => (level === null ? NOT_ASSESSED : String(level));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const teamText = (team: string | null) => (team ? team : '—');
const gapPlace = (gap: GapRef) => (gap.productTeam ? gap.productTeam : 'Organisation');

/** A role's name from its id (the comparison carries ids); a role no longer in the framework goes by its id. */
export type RoleNamer = (roleId: string) => string;

function membersSection(
  id: string,
  title: string,
  members: readonly MemberRef[],
  none: string,
  roleName: RoleNamer,
): ComparisonSection {
  return {
    id,
    title,
    lead: members.length === 0 ? none : plural(members.length, 'member', 'members'),
    table:
      members.length === 0
        ? null
        : {
            header: ['Member', 'Role', 'Product team'],
            rows: members.map((m) => [m.name, roleName(m.role), teamText(m.productTeam)]),
            numeric: [],
          },
  };
}

/** Levels that moved, one row per member: each skill with its old and new level. */
function levelsByMember(id: string, title: string, changes: readonly LevelChange[], none: string): ComparisonSection {
  const byMember = new Map<string, { name: string; skills: string[] }>();
  for (const c of changes) {
    const row = byMember.get(c.memberId) ?? { name: c.name, skills: [] };
    row.skills.push(`${c.skillName} ${levelText(c.from)} → ${levelText(c.to)}`);
    byMember.set(c.memberId, row);
  }
  const rows = [...byMember.values()];
  return {
    id,
    title,
    lead:
      changes.length === 0
        ? none
        : `${plural(changes.length, 'level', 'levels')}, ${plural(rows.length, 'member', 'members')}`,
    table:
      rows.length === 0
        ? null
        : { header: ['Member', 'Skills'], rows: rows.map((r) => [r.name, r.skills.join('; ')]), numeric: [] },
  };
}

function gapsSection(id: string, title: string, gaps: readonly GapRef[], none: string): ComparisonSection {
  return {
    id,
    title,
    lead: gaps.length === 0 ? none : plural(gaps.length, 'gap', 'gaps'),
    table:
      gaps.length === 0
        ? null
        : { header: ['Skill', 'Where'], rows: gaps.map((g) => [g.name, gapPlace(g)]), numeric: [] },
  };
}

const rose = (c: LevelChange) => c.from !== null && c.to !== null && c.to > c.from;
const fell = (c: LevelChange) => c.from !== null && c.to !== null && c.to < c.from;

/** The comparison's sections, in reading order. */
export function comparisonSections(
  comparison: RoundComparison,
  roleName: RoleNamer = (roleId) => roleId,
): ComparisonSection[] {
  const { framework } = comparison;
  const frameworkRows: (string | number)[][] = [
    ...framework.added.map((s) => ['Added', s.name, '']),
    ...framework.retired.map((s) => ['Retired', s.name, '']),
    ...framework.renamed.map((s) => ['Renamed', s.from, s.to]),
  ];
  const versionChanged = framework.from.id !== framework.to.id || framework.from.version !== framework.to.version;
  const frameworkLead =
    (versionChanged
      ? `Framework ${framework.from.id} ${framework.from.version} → ${framework.to.id} ${framework.to.version}; skills compared by id.`
      : `Same framework (${framework.to.id} ${framework.to.version}).`) +
    (frameworkRows.length === 0 ? ' No skill added, retired or renamed.' : '');
  const assessedOrNot = comparison.levelChanges.filter((c) => c.from === null || c.to === null);
  const fte = comparison.engineeringFteCarried;
  const hired = comparison.plannedHires.filter((h) => h.hired).length;

  return [
    membersSection('joined', 'Joined', comparison.joined, 'Nobody joined.', roleName),
    membersSection('left', 'Left', comparison.left, 'Nobody left.', roleName),
    {
      id: 'roles',
      title: 'Role changes',
      lead:
        comparison.roleChanges.length === 0
          ? 'Nobody changed role.'
          : plural(comparison.roleChanges.length, 'member', 'members'),
      table:
        comparison.roleChanges.length === 0
          ? null
          : {
              header: ['Member', 'From', 'To'],
              rows: comparison.roleChanges.map((r) => [r.name, roleName(r.from), roleName(r.to)]),
              numeric: [],
            },
    },
    levelsByMember('levels-up', 'Levels up', comparison.levelChanges.filter(rose), 'No level went up.'),
    levelsByMember('levels-down', 'Levels down', comparison.levelChanges.filter(fell), 'No level went down.'),
    levelsByMember(
      'levels-assessed',
      'Newly assessed or no longer assessed',
      assessedOrNot,
      'Every skill assessed in one round was assessed in the other.',
    ),
    {
      id: 'by-skill',
      title: 'Levels by skill',
      lead:
        comparison.bySkill.length === 0
          ? 'No level changed.'
          : plural(comparison.bySkill.length, 'skill changed', 'skills changed'),
      table:
        comparison.bySkill.length === 0
          ? null
          : {
              header: ['Skill', 'Up', 'Down'],
              rows: comparison.bySkill.map((s) => [s.name, s.up, s.down]),
              numeric: [1, 2],
            },
    },
    gapsSection('gaps-closed', 'Gaps closed', comparison.gapsClosed, 'No gap closed.'),
    gapsSection('gaps-opened', 'Gaps opened', comparison.gapsOpened, 'No gap opened.'),
    {
      id: 'planned-hires',
      title: 'Planned hires',
      lead:
        comparison.plannedHires.length === 0
          ? `${comparison.from.name}'s plan asked for no hire.`
          : `${hired} of ${plural(comparison.plannedHires.length, 'planned hire', 'planned hires')} made by ${comparison.to.name}.`,
      table:
        comparison.plannedHires.length === 0
          ? null
          : {
              // A row per gap the hire was to close, so each says closed or still open on its own.
              header: ['Role', 'Product team', 'Hired', 'Gap it was to close', 'Gap now'],
              rows: comparison.plannedHires.flatMap((h) => {
                const hire = [h.roleName, teamText(h.productTeam), h.hired ? 'hired' : 'still open'];
                return h.gaps.length === 0
                  ? [[...hire, '—', '—']]
                  : h.gaps.map((g) => [
                      ...hire,
                      `${g.name} (${gapPlace(g)})`,
                      g.status === 'closed' ? 'gap closed' : 'still open',
                    ]);
              }),
              numeric: [],
            },
    },
    {
      id: 'engineering',
      title: 'Engineering FTE carried by scientists',
      lead: `${fte.from} FTE in ${comparison.from.name}, ${fte.to} FTE in ${comparison.to.name}.`,
      table: null,
    },
    {
      id: 'framework',
      title: 'Framework changes',
      lead: frameworkLead,
      table:
        frameworkRows.length === 0
          ? null
          : { header: ['Change', 'Skill', 'Now called'], rows: frameworkRows, numeric: [] },
    },
  ];
}
