import { describe, expect, it } from 'vitest';
import { SERIES, THEMES } from '@shared/design/tokens';
import { barChartSvg, CHART_WIDTH, fitLabel, printedParts } from '@shared/reports/document/svg-chart';
import type { BarChart } from '@shared/reports/document/types';
import { GAPS_CHART, HOSTILE, LOAD_CHART } from './documents';

/** Every tag opened is closed in order, and no text between tags holds a raw "<" or "&" that is not an entity. */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const [, close, name, , selfClosing] of svg.matchAll(
    /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"<]*")*)\s*(\/?)>/g,
  )) {
    if (selfClosing) continue;
    if (close) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  const texts = svg.replace(/<[^<>]*>/g, '\u0000').split('\u0000');
  for (const t of texts) {
    expect(t).not.toMatch(/[<>]/);
    expect(t).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
  }
}

const attrNumbers = (svg: string, name: string): number[] =>
  [...svg.matchAll(new RegExp(` ${name}="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('a bar chart as SVG', () => {
  it('is one well-formed SVG whose data text is escaped, never markup', () => {
    const svg = barChartSvg(LOAD_CHART);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expectWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('[link](javascript:x)');
    expect(svg.match(/<svg/g)).toHaveLength(1);
  });

  it('shows a bidi override as <U+202E> instead of letting it reorder the label', () => {
    const svg = barChartSvg(LOAD_CHART);
    expect(svg).not.toContain('\u202e');
    expect(svg).toContain('report&lt;U+202E&gt;gnp.exe');
  });

  it('has one bar per label, each as long as its value on a shared scale', () => {
    const svg = barChartSvg(LOAD_CHART);
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="13" fill="([^"]+)"/g)];
    expect(bars).toHaveLength(LOAD_CHART.bars.length);
    expect(bars.every((b) => b[2] === SERIES.scientist)).toBe(true);
    const widths = bars.map((b) => Number(b[1]));
    const perUnit = widths.map((w, i) => w / LOAD_CHART.bars[i]!.value);
    for (const p of perUnit) expect(p).toBeCloseTo(perUnit[0]!, 0);
    for (const value of ['0.8', '0.45', '0.3', '1.25']) expect(svg).toContain(`>${value}</text>`);
  });

  it('marks each reference and names it in the legend', () => {
    const svg = barChartSvg(GAPS_CHART);
    expect(svg.match(/<line [^>]*stroke-width="2"\/>/g)).toHaveLength(GAPS_CHART.bars.length + 1);
    expect(svg).toContain('>required holders</text>');
    expect(svg).toContain('>people short</text>');
    expect(barChartSvg(LOAD_CHART)).not.toMatch(/stroke-width="2"/);
  });

  it('cuts a long label with an ellipsis and clips the label column, so no label reaches the bars', () => {
    const svg = barChartSvg(LOAD_CHART);
    const labels = [...svg.matchAll(/<text [^>]*clip-path="url\(#labels\)">([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(labels).toHaveLength(LOAD_CHART.bars.length);
    expect(labels[3]).toMatch(/^A label far too long to fit.*…$/);
    expect(labels[3]).not.toContain('without being cut');
    // The whole label stays in the bar's tooltip.
    expect(svg).toContain(
      '<title>A label far too long to fit in the label column of the chart without being cut: 1.25 FTE</title>',
    );
    expect(fitLabel('Data pipelines', 210)).toBe('Data pipelines');
    const cjk = fitLabel('数据工程'.repeat(10), 210);
    expect(cjk.endsWith('…')).toBe(true);
    expect(Array.from(cjk).length).toBeLessThan(20);
    const capitals = fitLabel('W'.repeat(60), 210);
    expect(Array.from(capitals).length).toBeLessThan(27);
  });

  it('fits A4 width: nothing drawn beyond its own width, and the bars end before the values column', () => {
    for (const chart of [GAPS_CHART, LOAD_CHART]) {
      const svg = barChartSvg(chart);
      expect(svg).toContain(`width="${CHART_WIDTH}"`);
      expect(CHART_WIDTH).toBeLessThanOrEqual(Math.floor(((210 - 28) / 25.4) * 96));
      for (const x of [...attrNumbers(svg, 'x'), ...attrNumbers(svg, 'x1'), ...attrNumbers(svg, 'x2')]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(CHART_WIDTH - 30);
      }
    }
  });

  it('paints light-theme colours on its own white, so a dark page around it cannot make it dark on dark', () => {
    const svg = barChartSvg(GAPS_CHART);
    expect(svg).toMatch(/<rect width="680" height="\d+" fill="#ffffff"\/>/);
    const light = new Set<string>([...Object.values(THEMES.light.colours), ...Object.values(SERIES), '#ffffff']);
    const used = new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{6})"/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(2);
    for (const colour of used) expect(light.has(colour), colour).toBe(true);
    for (const dark of [THEMES.dark.colours.text, THEMES.dark.colours.bg, THEMES.dark.colours.surface]) {
      expect(svg).not.toContain(dark);
    }
  });

  it('says so when there is nothing to chart', () => {
    const svg = barChartSvg({ ...GAPS_CHART, bars: [] });
    expectWellFormed(svg);
    expect(svg).toContain('No data to chart.');
  });

  it('refuses a value it cannot draw, naming the chart and the bar', () => {
    const bad = (value: number): BarChart => ({ ...LOAD_CHART, title: 'Load', bars: [{ label: 'Checkout', value }] });
    expect(() => barChartSvg(bad(-1))).toThrow(
      'Chart "Load", bar 1 ("Checkout"): value -1 is not a number of 0 or more',
    );
    expect(() => barChartSvg(bad(Number.NaN))).toThrow('value NaN');
    expect(() =>
      barChartSvg({ ...GAPS_CHART, bars: [{ label: HOSTILE.pipe, value: 1, reference: Infinity }] }),
    ).toThrow('reference Infinity');
  });

  it('prints a long chart in parts of at most 30 bars that share one scale', () => {
    const many: BarChart = {
      ...GAPS_CHART,
      bars: Array.from({ length: 48 }, (_, i) => ({ label: `Skill ${i + 1}`, value: i === 47 ? 9 : 1 })),
    };
    const parts = printedParts(many);
    expect(parts.map((p) => p.chart.bars.length)).toEqual([30, 18]);
    expect(parts.map((p) => p.chart.title)).toEqual(['Gaps per skill (part 1 of 2)', 'Gaps per skill (part 2 of 2)']);
    expect(parts[0]!.chart.alt).toBe(`${GAPS_CHART.alt} (part 1 of 2)`);
    expect(parts.map((p) => p.scaleMax)).toEqual([10, 10]);
    // The first part, whose own largest value is 1, is drawn on the whole chart's scale.
    expect(barChartSvg(parts[0]!.chart, { scaleMax: parts[0]!.scaleMax })).toContain('>10</text>');
    expect(printedParts(GAPS_CHART)).toEqual([{ chart: GAPS_CHART, scaleMax: 3 }]);
  });
});
