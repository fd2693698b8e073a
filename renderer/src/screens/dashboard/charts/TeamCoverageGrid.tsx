import { useMemo } from 'react';
import type { Analysis } from '@shared/analysis/types';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { TEAM_CELL_LABELS, teamCoverageGrid } from '../data/team-coverage-grid';
import { ChartTable } from './ChartTable';
import { SkillGridHead } from './SkillGridHead';
import { count, formatCount } from '../data/numbers';

const SCOPE_TEXT = {
  org: 'The policy asks for coverage across the organisation; this view shows where it sits inside teams.',
  team: 'The policy asks every product team to cover the required skills itself.',
  both: 'The policy asks for coverage across the organisation and inside every product team.',
} as const;

/** Product teams × required skills: holders inside each team, gaps marked. */
export function TeamCoverageGrid({ analysis }: { analysis: Analysis }) {
  const grid = useMemo(() => teamCoverageGrid(analysis), [analysis]);
  const tc = analysis.teamCoverage;
  const caption = `People at the required level in each product team (${tc.minPeople} needed per team)`;
  const body = (
    <>
      <p className="team-grid__summary">
        {SCOPE_TEXT[tc.scope]}
        {tc.scopeDerived ? ' The scope follows the team size; set it in Settings.' : ''}{' '}
        {tc.gapCount === 0
          ? 'No product team has a gap.'
          : `${formatCount(tc.teamsWithGaps)} of ${count(tc.teams.length, 'product team', 'product teams')} ${tc.teamsWithGaps === 1 ? 'has' : 'have'} ${count(tc.gapCount, 'gap', 'gaps')}.`}
      </p>
      <div className="heatmap-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="team-grid">
          <caption className="visually-hidden">{caption}</caption>
          <SkillGridHead corner="Product team (members)" columns={grid.columns} />
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.key} data-team={row.label}>
                <th scope="row" className="heatmap__row">
                  {row.label}
                  <span className="heatmap__count"> ({row.members})</span>
                </th>
                {row.cells.map((cell, i) => (
                  <td
                    key={grid.columns[i]!.skillId}
                    className={`team-grid__cell team-grid__cell--${cell.status}`}
                    title={cell.title}
                    aria-label={cell.title}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="team-grid__key" aria-label="Key">
        {(['uncovered', 'below-policy', 'covered', 'unknown', 'not-required'] as const).map((status) => (
          <li key={status}>
            <span className={`team-grid__swatch team-grid__cell--${status}`} aria-hidden="true">
              {status === 'unknown' ? '?' : status === 'not-required' ? '' : status === 'uncovered' ? '0' : '1'}
            </span>{' '}
            {TEAM_CELL_LABELS[status]}
          </li>
        ))}
      </ul>
      {grid.hiddenTeams > 0 ? (
        <p className="plan-muted">
          {grid.hiddenTeams} more product {grid.hiddenTeams === 1 ? 'team' : 'teams'}, all without a gap, are in the
          table view.
        </p>
      ) : null}
    </>
  );
  return (
    <ChartOrTable
      title="Coverage by product team"
      description="Holders of each required skill inside each product team; teams with gaps first."
      chart={body}
      table={<ChartTable caption={caption} data={grid.table} />}
    />
  );
}
