import { defaults, type ChartType, type Plugin } from 'chart.js';

/*
 * Writes a text at the end of each horizontal bar row, right of the plot: the exact numbers
 * stay readable where a bar is cut at the axis's end. The texts come in the chart's options
 * (plugins.gapwiseValueLabels), so new data redraws them; chart.js sets a plugin itself only
 * when the chart is made.
 */

export interface ValueLabelsOptions {
  /** One text per category, in the order of the labels. */
  texts: string[];
  /** Written above the column, saying what the numbers are. */
  title: string;
  colour: string;
}

declare module 'chart.js' {
  // Merging into chart.js's interface takes its own type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    gapwiseValueLabels?: ValueLabelsOptions | false;
  }
}

/** Room to leave right of the plot for the texts, and above it for their title, in pixels. */
export const VALUE_LABELS_ROOM = { right: 88, top: 22 };

export const valueLabels: Plugin<'bar', ValueLabelsOptions> = {
  id: 'gapwiseValueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const y = chart.scales.y;
    if (!y || !options.texts) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = options.colour;
    // The axes' own font, so the numbers match the names beside the bars.
    ctx.font = `${defaults.font.size ?? 12}px ${defaults.font.family ?? 'sans-serif'}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    const x = chart.chartArea.right + 8;
    options.texts.forEach((text, i) => ctx.fillText(text, x, y.getPixelForValue(i)));
    ctx.textBaseline = 'bottom';
    ctx.fillText(options.title, x, chart.chartArea.top - 4);
    ctx.restore();
  },
};
