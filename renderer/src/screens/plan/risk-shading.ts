import type { ChartOptions, Plugin } from 'chart.js';

/*
 * The shading of the quarters inside a risk window, behind the timeline's lines. Chart.js
 * (through react-chartjs-2) keeps a chart's plugins from its first draw, so what to shade
 * travels in the chart's options, which are replaced on every change: switching from today's
 * plan to a scenario with a departure shades its quarters at once.
 */

export const RISK_SHADING_ID = 'gapwiseRiskWindow';

export interface RiskShadingOptions {
  /** Per quarter (category): inside a risk window. */
  atRisk: readonly boolean[];
  colour: string;
}

/** The options entry that tells the plugin what to shade. */
export const riskShadingOptions = (shading: RiskShadingOptions): ChartOptions<'line'>['plugins'] =>
  ({ [RISK_SHADING_ID]: shading }) as ChartOptions<'line'>['plugins'];

export const riskShading: Plugin<'line', RiskShadingOptions> = {
  id: RISK_SHADING_ID,
  beforeDatasetsDraw(chart, _args, options) {
    const x = chart.scales['x'];
    const atRisk = options.atRisk ?? [];
    if (x === undefined || atRisk.length === 0) return;
    const { top, bottom, left, right } = chart.chartArea;
    // Halfway to the neighbouring quarters, so a run of quarters at risk reads as one band.
    const step = atRisk.length > 1 ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) : right - left;
    const half = step / 2;
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = options.colour;
    atRisk.forEach((risky, i) => {
      if (!risky) return;
      const centre = x.getPixelForValue(i);
      const from = Math.max(left, centre - half);
      ctx.fillRect(from, top, Math.min(right, centre + half) - from, bottom - top);
    });
    ctx.restore();
  },
};
