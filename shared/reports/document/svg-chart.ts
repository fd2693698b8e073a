import { SERIES, THEMES } from '../../design/tokens';
import { htmlText } from '../../encode/html';
import { showBidiControls } from './bidi';
import type { BarChart } from './types';

/*
 * A bar chart as a standalone SVG string, for the printed documents (inline in the HTML that
 * becomes the PDF) and for Markdown (as a data: image). Plain horizontal bars need no chart
 * library: chart.js draws on a canvas, which Node does not have, and a string of rectangles
 * and text is vector in the PDF, so its labels stay text that can be searched and read back.
 *
 * The colours are the light theme's: the chart is printed on white. It paints its own white
 * background, so a Markdown viewer in a dark theme still shows dark text on white, never
 * dark on dark.
 */

const LIGHT = THEMES.light.colours;

/** Within A4's width less the printed page's side margins (14 mm each): 182 mm is 687.9 CSS pixels. */
export const CHART_WIDTH = 680;

const FONT = 'system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, sans-serif';
const FONT_SIZE = 11;
const TITLE_SIZE = 13;
const PAD = 8;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 64;
const BAR_HEIGHT = 13;
const ROW_HEIGHT = 20;

/*
 * Without a font to measure with, a label's width is estimated from its characters, on the
 * wide side: narrow letters, capitals and wide (CJK, emoji) characters apart. A label that
 * would still run long is clipped at its column, so nothing ever draws over the bars.
 */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1.05;
  if (/[iljtf.,:;'|!()[\] ]/.test(char)) return 0.34;
  if (/[A-Z]|[mwMW@%]/.test(char)) return 0.78;
  return 0.6;
}

/** A label's estimated width in pixels at `size`. */
function labelWidth(label: string, size = FONT_SIZE): number {
  return Array.from(label).reduce((sum, c) => sum + charWidth(c) * size, 0);
}

/** The label cut with an ellipsis to fit `width` pixels at `size`. */
export function fitLabel(label: string, width: number, size = FONT_SIZE): string {
  const chars = Array.from(label);
  if (labelWidth(label, size) <= width) return label;
  const room = width - charWidth('…') * size;
  let used = 0;
  let kept = 0;
  while (kept < chars.length && used + charWidth(chars[kept]!) * size <= room) {
    used += charWidth(chars[kept]!) * size;
    kept += 1;
  }
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}

/** A number as people read it: at most two decimals, no trailing zeros. */
export function chartNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** A round top for the scale at or above `max`: a round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8) times a power of ten. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

function checkChart(chart: BarChart): void {
  for (const [i, bar] of chart.bars.entries()) {
    for (const [field, value] of [
      ['value', bar.value],
      ['reference', bar.reference],
    ] as const) {
      if (value === undefined) continue;
      if (!Number.isFinite(value) || value < 0) {
        throw new Error(
          `Chart "${chart.title}", bar ${i + 1} ("${bar.label}"): ${field} ${String(value)} is not a number of 0 or more`,
        );
      }
    }
  }
}

/** Text from the data as SVG text: bidi controls shown (see bidi.ts), then escaped. */
const svgText = (value: string): string => htmlText(showBidiControls(value));

const text = (x: number, y: number, content: string, attrs = ''): string =>
  `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${svgText(content)}</text>`;

/** The top of the chart's scale: every value and reference fits under it. */
export function chartScaleMax(chart: BarChart): number {
  return niceMax(Math.max(0, ...chart.bars.flatMap((b) => [b.value, b.reference ?? 0])));
}

/*
 * At most this many bars go in one printed chart: 30 rows and the title, legend and scale
 * take about 790 of the 990 pixels an A4 page holds inside its margins, so a part never
 * has to be sliced across pages.
 */
export const BARS_PER_PRINTED_PART = 30;

/** A long chart as parts that each fit a printed page, titled "(part 1 of 2)" and drawn on one shared scale. */
export function printedParts(chart: BarChart): { chart: BarChart; scaleMax: number }[] {
  const scaleMax = chartScaleMax(chart);
  const count = Math.max(1, Math.ceil(chart.bars.length / BARS_PER_PRINTED_PART));
  if (count === 1) return [{ chart, scaleMax }];
  return Array.from({ length: count }, (_, i) => {
    const part = `(part ${i + 1} of ${count})`;
    const bars = chart.bars.slice(i * BARS_PER_PRINTED_PART, (i + 1) * BARS_PER_PRINTED_PART);
    return { chart: { ...chart, title: `${chart.title} ${part}`, alt: `${chart.alt} ${part}`, bars }, scaleMax };
  });
}

export interface SvgOptions {
  width?: number;
  /** The top of the scale, when parts of one chart must share it; by default the chart's own. */
  scaleMax?: number;
}

/** The chart as an SVG document: a title, a legend when bars have a reference, one row per bar, a scale. */
export function barChartSvg(chart: BarChart, options: SvgOptions = {}): string {
  checkChart(chart);
  const width = options.width ?? CHART_WIDTH;
  const hasReference = chart.bars.some((b) => b.reference !== undefined);
  const plotLeft = PAD + LABEL_WIDTH + PAD;
  const plotRight = width - PAD - VALUE_WIDTH;
  const plotWidth = plotRight - plotLeft;
  const max = Math.max(options.scaleMax ?? 0, chartScaleMax(chart));
  const x = (v: number) => plotLeft + (v / max) * plotWidth;

  const parts: string[] = [];
  let y = PAD + TITLE_SIZE;
  parts.push(
    text(PAD, y, fitLabel(chart.title, width - 2 * PAD, TITLE_SIZE), `font-size="${TITLE_SIZE}" font-weight="600"`),
  );
  y += 8;

  // The legend: what a bar is (its unit) and what the mark is.
  y += FONT_SIZE + 4;
  const legendY = y;
  parts.push(`<rect x="${PAD}" y="${legendY - 9}" width="12" height="10" fill="${SERIES.scientist}"/>`);
  const unit = fitLabel(showBidiControls(chart.unit), 240);
  parts.push(text(PAD + 16, legendY, unit, `fill="${LIGHT.textMuted}"`));
  if (hasReference) {
    const lx = PAD + 16 + Math.ceil(labelWidth(unit)) + 20;
    parts.push(
      `<line x1="${lx + 5}" y1="${legendY - 11}" x2="${lx + 5}" y2="${legendY + 2}" stroke="${LIGHT.text}" stroke-width="2"/>`,
    );
    parts.push(
      text(
        lx + 14,
        legendY,
        fitLabel(showBidiControls(chart.referenceLabel ?? 'reference'), width - lx - 14 - PAD),
        `fill="${LIGHT.textMuted}"`,
      ),
    );
  }
  y += 10;

  const rowsTop = y;
  if (chart.bars.length === 0) {
    y += ROW_HEIGHT;
    parts.push(text(PAD, y - 8, 'No data to chart.', `fill="${LIGHT.textMuted}"`));
  }
  for (const bar of chart.bars) {
    const barTop = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const baseline = y + ROW_HEIGHT / 2 + FONT_SIZE * 0.35;
    const end = x(bar.value);
    parts.push(`<g><title>${svgText(`${bar.label}: ${chartNumber(bar.value)} ${chart.unit}`)}</title>`);
    parts.push(text(PAD, baseline, fitLabel(showBidiControls(bar.label), LABEL_WIDTH), 'clip-path="url(#labels)"'));
    parts.push(
      `<rect x="${plotLeft}" y="${barTop}" width="${Math.max(0, end - plotLeft).toFixed(1)}" height="${BAR_HEIGHT}" fill="${SERIES.scientist}"/>`,
    );
    // The value sits at the bar's end, moved past the reference mark only when the mark would cross it.
    let valueX = end;
    if (bar.reference !== undefined) {
      const rx = x(bar.reference);
      parts.push(
        `<line x1="${rx.toFixed(1)}" y1="${barTop - 3}" x2="${rx.toFixed(1)}" y2="${barTop + BAR_HEIGHT + 3}" stroke="${LIGHT.text}" stroke-width="2"/>`,
      );
      const valueWidth = chartNumber(bar.value).length * FONT_SIZE * 0.6 + 10;
      if (rx >= end - 1 && rx <= end + valueWidth) valueX = rx;
    }
    parts.push(text(Math.round(valueX + 5), baseline, chartNumber(bar.value)));
    parts.push('</g>');
    y += ROW_HEIGHT;
  }

  // The scale: the zero line, and the top of the scale under the plot.
  parts.push(
    `<line x1="${plotLeft}" y1="${rowsTop}" x2="${plotLeft}" y2="${y}" stroke="${LIGHT.borderStrong}" stroke-width="1"/>`,
  );
  parts.push(
    `<line x1="${plotRight}" y1="${rowsTop}" x2="${plotRight}" y2="${y}" stroke="${LIGHT.border}" stroke-width="1" stroke-dasharray="3 3"/>`,
  );
  y += FONT_SIZE + 4;
  parts.push(text(plotLeft, y, '0', `fill="${LIGHT.textMuted}" text-anchor="middle"`));
  parts.push(text(plotRight, y, chartNumber(max), `fill="${LIGHT.textMuted}" text-anchor="middle"`));
  const height = Math.ceil(y + PAD);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-label="${svgText(chart.alt)}" font-family="${FONT}" font-size="${FONT_SIZE}" fill="${LIGHT.text}">` +
    `<title>${svgText(chart.alt)}</title>` +
    // Every chart's clip is the same label column, so charts sharing a page share one id harmlessly.
    `<defs><clipPath id="labels"><rect x="0" y="0" width="${PAD + LABEL_WIDTH}" height="100000"/></clipPath></defs>` +
    `<rect width="${width}" height="${height}" fill="${LIGHT.surface}"/>` +
    parts.join('') +
    '</svg>'
  );
}
