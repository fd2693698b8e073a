import { Chart } from 'chart.js';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { compareScenario } from '@shared/analysis';
import { projectTimeline } from '@shared/analysis/timeline';
import { initialData, type AppData } from '@shared/data';
import type { Scenario } from '@shared/domain';
import { SERIES } from '@shared/design/tokens';
import { PlanTimeline } from '@renderer/screens/plan/PlanTimeline';
import { riskShading, RISK_SHADING_ID, type RiskShadingOptions } from '@renderer/screens/plan/risk-shading';
import { timelineChartData } from '@renderer/screens/plan/timeline-chart-data';
import { builtinFramework, sampleTeam } from '../support/fixtures';
import { nineMembers, nineOrganisation } from '../support/nine-person-team';
import { byText, render, setValue, type Rendered } from './render';

/* The plan timeline on the Plan screen: its chart data, and the view with its table and risk windows. */

const framework = builtinFramework();
const femiLeaves: Scenario = {
  id: 'femi-leaves',
  name: 'The data engineer leaves',
  plannedHires: [],
  roleMoves: [],
  departures: ['femi'],
  dates: { femi: '2026-08-15' },
};

function nineData(): AppData {
  return {
    ...initialData(sampleTeam(), framework),
    sample: false,
    organisation: nineOrganisation(),
    members: nineMembers(framework),
    scenarios: [femiLeaves],
  };
}

const JULY = new Date('2026-07-06T10:00:00Z');

describe('timeline chart data', () => {
  const data = nineData();
  const input = { framework, organisation: data.organisation, members: data.members };
  const plan = compareScenario(input, femiLeaves).scenarioAnalysis.plan;
  const timeline = projectTimeline({ ...input, scenario: femiLeaves, plan, today: '2026-07-06' });
  const chart = timelineChartData(timeline);

  it('has a label, and a value per line, for each quarter; load in FTE on its own axis', () => {
    expect(chart.labels).toEqual(timeline.quarters.map((q) => q.label));
    for (const line of chart.lines) expect(line.values).toHaveLength(chart.labels.length);
    expect(chart.lines.map((l) => l.axis)).toEqual(['count', 'count', 'fte']);
    expect(chart.lines[0]!.values).toEqual(timeline.quarters.map((q) => q.skillsCovered));
    const q3 = timeline.quarters[0]!;
    expect(chart.lines[2]!.values[0]).toBeCloseTo(q3.carriedFte + q3.unownedEngineeringFte);
  });

  it('shades the risk window in the warning hue and says it in words', () => {
    expect(chart.atRisk).toEqual([true, false, false, false]);
    expect(chart.riskColour.startsWith(SERIES.warning)).toBe(true);
    expect(chart.riskLines).toEqual([
      'Femi Adeyemi leaves in Q3 2026; the replacement starts 2026-10-06 (Q4 2026): Q3 2026 at risk (1 quarter).',
    ]);
    expect(chart.summary).toContain('At risk: Q3 2026.');
  });

  it('has a table row per quarter with its changes', () => {
    const rows = chart.table.rows;
    expect(rows.map((r) => r[0])).toEqual(chart.labels);
    expect(rows[0]![6]).toBe('Yes');
    expect(rows[0]![7]).toContain('Femi Adeyemi leaves');
    expect(rows[1]![7]).toMatch(/Hire \d \(Data engineer\) starts/);
  });
});

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('the plan timeline view', () => {
  it("draws today's plan, then a scenario's with its risk window, chart and table alike", async () => {
    view = await render(<PlanTimeline data={nineData()} now={JULY} />);
    const { container } = view;
    expect(container.querySelector('canvas[role="img"]')!.getAttribute('aria-label')).toContain('No quarter at risk.');
    expect(container.querySelector('[aria-label="Risk windows"]')).toBeNull();

    await setValue(container.querySelector('select')!, 'femi-leaves');
    expect(container.querySelector('canvas[role="img"]')!.getAttribute('aria-label')).toContain('At risk: Q3 2026.');
    expect(container.querySelector('[aria-label="Risk windows"]')!.textContent).toContain(
      'Femi Adeyemi leaves in Q3 2026',
    );

    await act(async () => byText(container, 'button', 'Show table').click());
    const table = byText(container, 'caption', 'Timeline').closest('table')!;
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    expect(rows.map((r) => [r[0], r[6]])).toEqual([
      ['Q3 2026', 'Yes'],
      ['Q4 2026', 'No'],
      ['Q1 2027', 'No'],
      ['Q2 2027', 'No'],
    ]);
    // When each change takes effect, and why on that date.
    const changes = byText(container, 'caption', 'Changes by date').closest('table')!;
    expect(changes.textContent).toContain('after a 3-month lead time');
    expect(changes.textContent).toContain("the scenario's date");
  });

  it("shades the scenario's risk quarter on the chart already drawn for today's plan", async () => {
    view = await render(<PlanTimeline data={nineData()} now={JULY} />);
    const { container } = view;
    const shading = () => {
      const chart = Chart.getChart(container.querySelector('canvas')!)!;
      return (chart.options.plugins as Record<string, RiskShadingOptions>)[RISK_SHADING_ID]!.atRisk;
    };
    expect(shading()).toEqual([false, false, false, false]);
    // The same chart, updated: its plugins were fixed when it was first drawn.
    await setValue(container.querySelector('select')!, 'femi-leaves');
    expect(shading()).toEqual([true, false, false, false]);
  });
});

describe('the plan within a limit on the timeline', () => {
  it('offers it when a limit leaves hires out, and projects only the hires the limit buys', async () => {
    const limited = {
      ...nineData(),
      settings: { theme: 'system' as const, planning: { hireLimit: { kind: 'hires' as const, hires: 1 } } },
    };
    view = await render(<PlanTimeline data={limited} now={JULY} />);
    const { container } = view;
    const select = container.querySelector('select')!;
    const option = Array.from(select.options).find((o) => o.textContent?.startsWith('Plan within your limit'));
    expect(option?.textContent).toBe('Plan within your limit (1 of 4 hires)');
    const hireEvents = () =>
      Array.from(byText(container, 'caption', 'Changes by date').closest('table')!.querySelectorAll('tbody tr'))
        .map((tr) => tr.children[2]?.textContent ?? '')
        .filter((text) => /^Hire \d/.test(text));
    expect(hireEvents()).toHaveLength(4);
    await setValue(select, option!.value);
    expect(hireEvents()).toEqual([expect.stringMatching(/^Hire \d \(Data engineer\) starts$/)]);
  });

  it('is not offered without a limit, or when the limit allows the whole plan', async () => {
    for (const hires of [null, 10]) {
      const data = nineData();
      const withLimit =
        hires === null
          ? data
          : {
              ...data,
              settings: { theme: 'system' as const, planning: { hireLimit: { kind: 'hires' as const, hires } } },
            };
      view = await render(<PlanTimeline data={withLimit} now={JULY} />);
      const texts = Array.from(view.container.querySelector('select')!.options).map((o) => o.textContent);
      expect(texts.some((t) => t?.startsWith('Plan within your limit'))).toBe(false);
      view.unmount();
      view = undefined;
    }
  });
});

describe('the risk shading', () => {
  it('fills each quarter at risk, and only those, across the chart area', () => {
    const fills: number[][] = [];
    const ctx = {
      save: () => undefined,
      restore: () => undefined,
      fillStyle: '',
      fillRect: (...r: number[]) => fills.push([...r, ctx.fillStyle as unknown as number]),
    };
    const chart = {
      ctx,
      chartArea: { top: 10, bottom: 110, left: 0, right: 400 },
      scales: { x: { getPixelForValue: (i: number) => 50 + i * 100 } },
    };
    const draw = riskShading.beforeDatasetsDraw as unknown as (c: unknown, a: unknown, o: RiskShadingOptions) => void;
    draw(chart, {}, { atRisk: [false, true, true, false], colour: '#d55e0033' });
    expect(fills).toEqual([
      [100, 10, 100, 100, '#d55e0033'],
      [200, 10, 100, 100, '#d55e0033'],
    ]);
  });
});
