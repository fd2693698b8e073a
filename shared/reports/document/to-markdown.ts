import { markdownText as escapeMarkdown } from '../../encode/markdown';
import { showBidiControls } from './bidi';
import type { Table } from '../rows';
import { metaParts, FALLBACK_PERSONAL_DATA_NOTICE } from './meta-line';
import { breaksBetweenContent } from './page-breaks';
import { barChartSvg, chartNumber } from './svg-chart';
import type { BarChart, Block, ExportDocument } from './types';

/*
 * An export document as CommonMark (with GFM tables), for a wiki, an e-mail or a ticket.
 * Every text from the document goes through the Markdown encoder, so a name can never
 * become a link, HTML or markup in whatever renders it.
 */

/** Text from the document as Markdown: bidi controls shown (see bidi.ts), then escaped. */
const markdownText = (value: string | number): string =>
  escapeMarkdown(typeof value === 'number' ? value : showBidiControls(value));
const markdownCell = markdownText;

/*
 * Text that starts a line (a paragraph, a list item, a quote) could still start a block there:
 * the encoder leaves "-" and "1)" readable, as data inside a line never begins one, and four
 * leading spaces make code. Leading spaces show nowhere in the rendered text, so they go; a
 * leading "-" or number-and-parenthesis is escaped.
 */
function lineText(value: string): string {
  return markdownText(value)
    .replace(/^[ ]+/, '')
    .replace(/^-/, '\\-')
    .replace(/^(\d+)\)/, '$1\\)');
}

function table({ header, rows, numeric }: Table): string[] {
  return [
    `| ${header.map(markdownCell).join(' | ')} |`,
    `| ${header.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`),
    '',
  ];
}

/** UTF-8 bytes as base64, with what both Node and the renderer have (no Buffer in shared/). */
function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The chart's numbers as a table, so the chart reads where images are not shown. */
export function chartTable(chart: BarChart): Table {
  const withReference = chart.bars.some((b) => b.reference !== undefined);
  return {
    header: [chart.title, chart.unit, ...(withReference ? [chart.referenceLabel ?? 'Reference'] : [])],
    rows: chart.bars.map((b) => [
      b.label,
      chartNumber(b.value),
      ...(withReference ? [b.reference === undefined ? '—' : chartNumber(b.reference)] : []),
    ]),
    numeric: withReference ? [1, 2] : [1],
  };
}

/*
 * A chart is an image of its SVG with the alt text, then its data as a table. Some renderers
 * (GitHub, markdown-it's defaults) refuse SVG data: images, as SVG can carry script; they show
 * the alt text instead, and the table still carries the numbers.
 */
function chart(c: BarChart): string[] {
  return [
    `![${markdownText(c.alt)}](data:image/svg+xml;base64,${base64Utf8(barChartSvg(c))})`,
    '',
    ...table(chartTable(c)),
  ];
}

/** `bullet` is the list marker: a list right after another takes the other one, or CommonMark would join them. */
function block(b: Block, bullet: '-' | '*'): string[] {
  switch (b.kind) {
    case 'heading':
      return [`${'#'.repeat(b.level)} ${markdownText(b.text)}`, ''];
    case 'paragraph':
      return [lineText(b.text), ''];
    case 'list':
      return b.items.length === 0 ? [] : [...b.items.map((item) => `${bullet} ${lineText(item)}`), ''];
    case 'facts':
      return b.items.length === 0
        ? []
        : [...b.items.map((f) => `${bullet} **${markdownText(f.term)}:** ${markdownText(f.text)}`), ''];
    case 'table':
      return table(b.table);
    case 'chart':
      return chart(b.chart);
    case 'quote':
      return [`> ${lineText(b.text)}`, ''];
    case 'notice':
      return [`> **${markdownText(b.text)}**`, ''];
    // A rule between the pages of print (one job brief and the next).
    case 'pageBreak':
      return ['---', ''];
  }
}

/**
 * The document as Markdown. When it holds personal data its first line says so: the
 * document's own opening notice, or a standard one.
 */
export function documentToMarkdown(doc: ExportDocument): string {
  const out: string[] = [];
  let blocks = breaksBetweenContent(doc.blocks);
  if (doc.personalData) {
    const first = blocks[0];
    const notice = first?.kind === 'notice' ? first.text : FALLBACK_PERSONAL_DATA_NOTICE;
    if (first?.kind === 'notice') blocks = blocks.slice(1);
    out.push(`> **${markdownText(notice)}**`, '');
  }
  out.push(`# ${markdownText(doc.title)}`, '');
  out.push(metaParts(doc.meta).map(markdownText).join(' · '), '');
  let bullet: '-' | '*' = '-';
  let previous: Block | undefined;
  for (const b of blocks) {
    const isList = b.kind === 'list' || b.kind === 'facts';
    if (isList && (previous?.kind === 'list' || previous?.kind === 'facts')) bullet = bullet === '-' ? '*' : '-';
    out.push(...block(b, bullet));
    if (!isList || b.items.length > 0) previous = b;
  }
  return `${out.join('\n').trimEnd()}\n`;
}
