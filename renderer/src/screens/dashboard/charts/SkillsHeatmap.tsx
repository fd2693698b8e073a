import { useMemo } from 'react';
import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { AGGREGATE_ABOVE } from '../data/product-teams';
import { heatKey, heatStep, NOT_ASSESSED_LABEL, skillsHeatmap } from '../data/skills-heatmap';
import { AreaKey } from './AreaKey';
import { ChartTable } from './ChartTable';
import { SkillGridHead } from './SkillGridHead';
import { HeatKey } from './HeatKey';

/** Members (or product teams) by skills, each cell the level on a light-to-dark ramp. */
export function SkillsHeatmap({ data, analysis }: { data: AppData; analysis: Analysis }) {
  const heat = useMemo(() => skillsHeatmap(analysis, data), [analysis, data]);
  const key = useMemo(() => heatKey(data.framework.scale), [data.framework.scale]);
  const caption = heat.aggregated
    ? `Average skill level per product team (the team has more than ${AGGREGATE_ABOVE} members)`
    : 'Skill level per member';
  const grid = (
    <div className="heatmap-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <SkillGridHead corner={heat.aggregated ? 'Product team (members)' : 'Member'} columns={heat.columns} />
        <tbody>
          {heat.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="heatmap__row">
                {row.label}
                {heat.aggregated ? <span className="heatmap__count"> ({row.count})</span> : null}
              </th>
              {row.levels.map((level, i) =>
                level === null ? (
                  // Not assessed is not 0: a hatched cell with a dash, and the words for screen readers.
                  <td
                    key={heat.columns[i]!.skillId}
                    className="heatmap__cell heat-none"
                    title={`${row.label} · ${heat.columns[i]!.name}: ${NOT_ASSESSED_LABEL}`}
                  >
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">{NOT_ASSESSED_LABEL}</span>
                  </td>
                ) : (
                  <td
                    key={heat.columns[i]!.skillId}
                    className={`heatmap__cell heat-${heatStep(level, heat.max)}`}
                    title={`${row.label} · ${heat.columns[i]!.name}: ${level}`}
                  >
                    {level}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <ChartOrTable
      title="Skills heatmap"
      description={`${caption}, 0 to ${heat.max}; darker is stronger; a hatched cell with a dash is not assessed.`}
      chart={
        <>
          {grid}
          <HeatKey steps={key} averages={heat.aggregated} />
          <AreaKey areas={heat.columns.map((c) => c.area)} title="Bar above each skill: its area" />
        </>
      }
      table={<ChartTable caption={caption} data={heat.table} />}
    />
  );
}
