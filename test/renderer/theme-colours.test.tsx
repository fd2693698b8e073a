import { act } from 'react';
import { Chart } from 'chart.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { compareScenario } from '@shared/analysis';
import { initialData } from '@shared/data';
import { CHART_COLOURS } from '@shared/design/tokens';
import type { TeamFile } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import { ScenarioComparisonView } from '@renderer/screens/plan/ScenarioComparisonView';
import { render } from './render';

/*
 * The theme setting reaches the page as the prefers-color-scheme media query; these tests
 * stand in a query that can be flipped, and check that charts pick up the other theme's tokens.
 */
const query = Object.assign(new EventTarget(), { matches: false, media: '(prefers-color-scheme: dark)' });
const original = window.matchMedia;

beforeEach(() => {
  query.matches = false;
  window.matchMedia = (() => query) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  window.matchMedia = original;
});

const switchTheme = async (dark: boolean) => {
  query.matches = dark;
  await act(async () => query.dispatchEvent(new Event('change')));
};

describe('chart colours follow the theme', () => {
  it('useThemeColours gives the light tokens, then the dark ones after a switch', async () => {
    function Probe() {
      const { text, grid } = useThemeColours();
      return <span>{`${text} ${grid}`}</span>;
    }
    const view = await render(<Probe />);
    try {
      expect(view.container.textContent).toBe(`${CHART_COLOURS.light.text} ${CHART_COLOURS.light.grid}`);
      await switchTheme(true);
      expect(view.container.textContent).toBe(`${CHART_COLOURS.dark.text} ${CHART_COLOURS.dark.grid}`);
    } finally {
      view.unmount();
    }
  });

  it("re-colours the scenario comparison's gap chart when the theme switches", async () => {
    const data = initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());
    const scenario = data.scenarios[0]!;
    const comparison = compareScenario(data, scenario);
    expect(comparison.skillChanges.length).toBeGreaterThan(0);

    const view = await render(<ScenarioComparisonView comparison={comparison} changes={[]} />);
    try {
      const chart = Chart.getChart(view.container.querySelector('canvas')!)!;
      const axisColours = () => {
        const x = chart.options.scales!['x']!;
        return { text: x.ticks!.color, grid: x.grid!.color };
      };
      expect(axisColours()).toEqual(CHART_COLOURS.light);
      await switchTheme(true);
      expect(axisColours()).toEqual(CHART_COLOURS.dark);
      expect(chart.options.plugins!.legend!.labels!.color).toBe(CHART_COLOURS.dark.text);
    } finally {
      view.unmount();
    }
  });
});
