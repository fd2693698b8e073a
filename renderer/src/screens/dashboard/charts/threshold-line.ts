import type { Plugin } from 'chart.js';

/** Draws a threshold on the value axis as a dashed line across the bars. */
export const thresholdLine = (threshold: number, colour: string): Plugin<'bar'> => ({
  id: 'gapwiseThreshold',
  afterDatasetsDraw(chart) {
    const x = chart.scales.x?.getPixelForValue(threshold);
    if (x === undefined) return;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
});
