import type { Analysis } from '@shared/analysis/types';
import type { TeamCellStatus } from '@shared/analysis';
import { lazyTable, type TableData } from './table';

/*
 * Product teams × required skills: who holds each skill inside each team. At organisation
 * scale the risk is inside teams, so the teams with gaps come first and the grid shows at
 * most MAX_GRID_TEAMS of them; the table view has every team.
 */

export const MAX_GRID_TEAMS = 25;

export const TEAM_CELL_LABELS: Record<TeamCellStatus, string> = {
  'not-required': 'not required',
  unknown: 'not assessed',
  uncovered: 'nobody',
  'below-policy': 'below the team policy',
  covered: 'covered',
};

export interface TeamCoverageGrid {
  columns: { skillId: string; name: string; area: string }[];
  rows: {
    key: string;
    label: string;
    members: number;
    gapCount: number;
    cells: { text: string; status: TeamCellStatus; title: string }[];
  }[];
  /** Teams not in the grid (all without a gap when any is left out). */
  hiddenTeams: number;
  minPeople: number;
  table: TableData;
}

export function teamCoverageGrid(analysis: Analysis): TeamCoverageGrid {
  const tc = analysis.teamCoverage;
  const areaOf = new Map(analysis.coverage.map((c) => [c.skillId, c.area]));
  const columns = tc.skills.map((s) => ({ skillId: s.skillId, name: s.name, area: areaOf.get(s.skillId) ?? 'shared' }));
  const cellText = (held: number, status: TeamCellStatus) =>
    status === 'not-required' ? '' : status === 'unknown' ? '?' : String(held);
  const shown = tc.teams.slice(0, MAX_GRID_TEAMS);
  const rows = shown.map((team) => ({
    key: team.productTeam,
    label: team.label,
    members: team.members,
    gapCount: team.gapCount,
    cells: team.status.map((status, c) => ({
      text: cellText(team.holders[c]!, status),
      status,
      title: `${team.label} · ${columns[c]!.name}: ${team.holders[c]} of ${tc.minPeople} needed, ${TEAM_CELL_LABELS[status]}${team.notAssessed[c]! > 0 ? `; ${team.notAssessed[c]} not assessed` : ''}`,
    })),
  }));
  return {
    columns,
    rows,
    hiddenTeams: tc.teams.length - shown.length,
    minPeople: tc.minPeople,
    table: lazyTable(['Product team', 'Members', 'Skills with a gap', ...columns.map((c) => c.name)], [1, 2], () =>
      tc.teams.map((team) => [
        team.label,
        team.members,
        team.gapCount,
        ...team.status.map((status, c) =>
          status === 'not-required'
            ? '—'
            : status === 'unknown'
              ? 'not assessed'
              : `${team.holders[c]} (${TEAM_CELL_LABELS[status]})`,
        ),
      ]),
    ),
  };
}
