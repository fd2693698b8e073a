import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { changedFigures, type ScenarioComparison } from '@shared/analysis';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { PALETTE } from '@renderer/charts/setup';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { DataTable } from '@renderer/components/common/DataTable';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import '@renderer/components/common/table-scroll.css';
import { RecommendedHires } from './PlanSections';
import type { ScenarioChangeLine } from './scenario-changes';

/*
 * Today and the scenario side by side: the headline figures with their change, which
 * skills change, and a grouped bar chart of the gap per changed skill (with its table).
 */

const round2 = (value: number) => Math.round(value * 100) / 100;

/** "+2", "−1", "0": a real minus sign, so screen readers and eyes agree. */
export function formatDelta(delta: number): string {
  const value = round2(delta);
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '0';
}

const dateText = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function ScenarioComparisonView({
  comparison,
  changes,
}: {
  comparison: ScenarioComparison;
  /** The scenario's changes, as lines with their dates. */
  changes: readonly ScenarioChangeLine[];
}) {
  const { today, scenario, skillChanges, hireChanges } = comparison;
  // Only what changed: an unchanged figure says nothing about the scenario.
  const figures = changedFigures(today, scenario);
  const unowned = comparison.scenarioAnalysis.unownedWork;
  const closed = skillChanges.filter((c) => c.gapScenario < c.gapToday);
  const opened = skillChanges.filter((c) => c.gapScenario > c.gapToday);
  const holdersOnly = skillChanges.filter((c) => c.gapScenario === c.gapToday);

  return (
    <section className="comparison" aria-labelledby="comparison-title">
      <h3 id="comparison-title" className="comparison__title">
        Today vs “{comparison.scenarioName}”
      </h3>
      {changes.length > 0 ? (
        <ul className="scenario-changes" aria-label="What the scenario changes">
          {changes.map((c, i) => (
            <li key={i}>
              {c.text}
              {c.date ? (
                <>
                  {' '}
                  <time dateTime={c.date}>on {dateText.format(new Date(`${c.date}T00:00:00Z`))}</time>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {figures.length === 0 ? <p className="plan-muted">No headline figure changes with this scenario.</p> : null}
      <div className="table-scroll" hidden={figures.length === 0}>
        <table className="data-table comparison-table" aria-label="Today vs scenario">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                Today
              </th>
              <th scope="col" className="num">
                Scenario
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => {
              const delta = f.scenario - f.today;
              const tone = delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same';
              return (
                <tr key={f.label} data-figure={f.label}>
                  <th scope="row">{f.label}</th>
                  <td className="num" data-column="today">
                    {f.today}
                  </td>
                  <td className="num" data-column="scenario">
                    {f.scenario}
                  </td>
                  <td className={`num delta delta--${tone}`} data-column="change">
                    {formatDelta(delta)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {hireChanges.length > 0 ? (
        <div className="skill-changes">
          <SkillChangeList
            title="Hires by role"
            items={hireChanges.map((h) => `${h.roleName}: ${h.today} today, ${h.scenario} with the scenario`)}
          />
        </div>
      ) : null}

      {unowned.length > 0 ? (
        <DataTable
          caption="Work left by leavers, for the plan to absorb (FTE)"
          header={['Leaver', 'Product team', 'Work left', 'of which engineering', 'Largest responsibilities']}
          numeric={[2, 3]}
          rows={unowned.map((w) => [
            w.name,
            w.productTeam || '—',
            w.fte,
            w.engineeringFte,
            w.responsibilities
              .slice(0, 3)
              .map((r) => `${r.name} ${r.fte}`)
              .join(', '),
          ])}
        />
      ) : null}

      {skillChanges.length === 0 ? (
        <p className="plan-muted">The scenario changes no skill’s coverage.</p>
      ) : (
        <>
          <div className="skill-changes">
            <SkillChangeList title="Gaps closed or smaller" items={closed.map((c) => c.name)} />
            <SkillChangeList title="Gaps opened or larger" items={opened.map((c) => c.name)} />
            <SkillChangeList title="More or fewer holders, same gap" items={holdersOnly.map((c) => c.name)} />
          </div>
          <GapChart comparison={comparison} />
        </>
      )}
      <RecommendedHires
        analysis={comparison.scenarioAnalysis}
        title={`Hires with “${comparison.scenarioName}”`}
        id="scenario-hires-title"
        level={3}
      />
    </section>
  );
}

function SkillChangeList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="skill-changes__group">
      <h4>{title}</h4>
      <ul>
        {items.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </div>
  );
}

function GapChart({ comparison }: { comparison: ScenarioComparison }) {
  const { skillChanges } = comparison;
  // Through the hook, so a theme switch redraws the axes and legend in the new colours.
  const colours = useThemeColours();
  const data: ChartData<'bar'> = {
    labels: skillChanges.map((c) => c.name),
    datasets: [
      { label: 'Today', data: skillChanges.map((c) => c.gapToday), backgroundColor: PALETTE.neutral },
      { label: 'Scenario', data: skillChanges.map((c) => c.gapScenario), backgroundColor: PALETTE.scientist },
    ],
  };
  const x = valueAxis(colours, 'Gap (people missing)');
  const options: ChartOptions<'bar'> = {
    ...baseChartOptions(colours),
    indexAxis: 'y',
    scales: {
      x: { ...x, beginAtZero: true, ticks: { ...x.ticks, precision: 0 } },
      y: categoryAxis(colours),
    },
  };
  // A definite height from the number of skills: sized by its canvas, the box would keep the
  // width the chart had when the window was narrower, and squeeze it.
  const height = `${skillChanges.length * 2.2 + 6}rem`;
  return (
    <ChartOrTable
      title="Gaps per changed skill"
      description="People missing at the required level, today and in the scenario."
      chart={
        <div className="gap-chart" style={{ height }}>
          <Bar
            data={data}
            options={options}
            role="img"
            aria-label={`Gap per changed skill, today vs ${comparison.scenarioName}`}
          />
        </div>
      }
      table={
        <DataTable
          caption="Gaps per changed skill, today vs scenario"
          header={['Skill', 'Gap today', 'Gap in scenario', 'Holders today', 'Holders in scenario']}
          numeric={[1, 2, 3, 4]}
          rows={skillChanges.map((c) => [c.name, c.gapToday, c.gapScenario, c.holdersToday, c.holdersScenario])}
        />
      }
    />
  );
}
