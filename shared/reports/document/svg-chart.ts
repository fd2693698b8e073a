import { SERIES, THEMES } from '../../design/tokens';
import { htmlText } from '../../encode/html';
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

/** A4's width less the printed page's side margins (14 mm each), in CSS pixels: 182 mm. */
export const CHART_WIDTH = 688;

const FONT = 'system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, sans-serif';
const FONT_SIZE = 11;
const TITLE_SIZE = 13;
const PAD = 8;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 64;
const BAR_HEIGHT = 16;
const ROW_HEIGHT = 24;

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

/** The label cut with an ellipsis to fit `width` pixels at `size`. */
export function fitLabel(label: string, width: number, size = FONT_SIZE): string {
  const chars = Array.from(label);
  const total = chars.reduce((sum, c) => sum + charWidth(c) * size, 0);
  if (total <= width) return label;
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

/** A round top for the scale at or above `max`: 1, 2, 2.5 or 5 times a power of ten. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max) ?? 10;
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

const text = (x: number, y: number, content: string, attrs = ''): string =>
  `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${htmlText(content)}</text>`;

/** The chart as an SVG document: a title, a legend when bars have a reference, one row per bar, a scale. */
export function barChartSvg(chart: BarChart, width = CHART_WIDTH): string {
  checkChart(chart);
  const hasReference = chart.bars.some((b) => b.reference !== undefined);
  const plotLeft = PAD + LABEL_WIDTH + PAD;
  const plotRight = width - PAD - VALUE_WIDTH;
  const plotWidth = plotRight - plotLeft;
  const max = niceMax(Math.max(0, ...chart.bars.flatMap((b) => [b.value, b.reference ?? 0])));
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
  parts.push(text(PAD + 16, legendY, fitLabel(chart.unit, 240), `fill="${LIGHT.textMuted}"`));
  if (hasReference) {
    const lx = PAD + 270;
    parts.push(
      `<line x1="${lx + 5}" y1="${legendY - 11}" x2="${lx + 5}" y2="${legendY + 2}" stroke="${LIGHT.text}" stroke-width="2"/>`,
    );
    parts.push(
      text(
        lx + 14,
        legendY,
        fitLabel(chart.referenceLabel ?? 'reference', width - lx - 14 - PAD),
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
    parts.push(`<g><title>${htmlText(`${bar.label}: ${chartNumber(bar.value)} ${chart.unit}`)}</title>`);
    parts.push(text(PAD, baseline, fitLabel(bar.label, LABEL_WIDTH), 'clip-path="url(#labels)"'));
    parts.push(
      `<rect x="${plotLeft}" y="${barTop}" width="${Math.max(0, end - plotLeft).toFixed(1)}" height="${BAR_HEIGHT}" fill="${SERIES.scientist}"/>`,
    );
    let valueX = end;
    if (bar.reference !== undefined) {
      const rx = x(bar.reference);
      parts.push(
        `<line x1="${rx.toFixed(1)}" y1="${barTop - 3}" x2="${rx.toFixed(1)}" y2="${barTop + BAR_HEIGHT + 3}" stroke="${LIGHT.text}" stroke-width="2"/>`,
      );
      valueX = Math.max(valueX, rx);
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
    `role="img" aria-label="${htmlText(chart.alt)}" font-family="${FONT}" font-size="${FONT_SIZE}" fill="${LIGHT.text}">` +
    `<title>${htmlText(chart.alt)}</title>` +
    // Every chart's clip is the same label column, so charts sharing a page share one id harmlessly.
    `<defs><clipPath id="labels"><rect x="0" y="0" width="${PAD + LABEL_WIDTH}" height="100000"/></clipPath></defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>'
  );
}
