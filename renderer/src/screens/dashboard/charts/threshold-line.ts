import type { ChartOptions, Plugin } from 'chart.js';

/*
 * A threshold on the value axis, dashed across the bars. Chart.js (through react-chartjs-2)
 * keeps a chart's plugins from its first draw, so where to draw and in which colour travel in
 * the chart's options, which are replaced on every change: a new threshold or a theme switched
 * while the chart is open moves or recolours the line at once.
 */

export const THRESHOLD_LINE_ID = 'gapwiseThreshold';

export interface ThresholdLineOptions {
  /** On the value axis (a percentage of time). */
  threshold: number;
  colour: string;
}

/** The options entry that tells the plugin where to draw. */
export const thresholdLineOptions = (line: ThresholdLineOptions): ChartOptions<'bar'>['plugins'] =>
  ({ [THRESHOLD_LINE_ID]: line }) as ChartOptions<'bar'>['plugins'];

export const thresholdLine: Plugin<'bar', ThresholdLineOptions> = {
  id: THRESHOLD_LINE_ID,
  afterDatasetsDraw(chart, _args, options) {
    if (typeof options.threshold !== 'number') return;
    const x = chart.scales.x?.getPixelForValue(options.threshold);
    if (x === undefined) return;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = options.colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
};
