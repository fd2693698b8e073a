import { markdownCell, markdownText } from '../../encode/markdown';
import type { Table } from '../rows';
import { metaParts, PERSONAL_DATA_NOTICE } from './meta-line';
import { barChartSvg, chartNumber } from './svg-chart';
import type { BarChart, Block, ExportDocument } from './types';

/*
 * An export document as CommonMark (with GFM tables), for a wiki, an e-mail or a ticket.
 * Every text from the document goes through the Markdown encoder, so a name can never
 * become a link, HTML or markup in whatever renders it.
 */

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

function block(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [`${'#'.repeat(b.level)} ${markdownText(b.text)}`, ''];
    case 'paragraph':
      return [markdownText(b.text), ''];
    case 'list':
      return b.items.length === 0 ? [] : [...b.items.map((item) => `- ${markdownText(item)}`), ''];
    case 'facts':
      return b.items.length === 0
        ? []
        : [...b.items.map((f) => `- **${markdownText(f.term)}:** ${markdownText(f.text)}`), ''];
    case 'table':
      return table(b.table);
    case 'chart':
      return chart(b.chart);
    case 'quote':
      return [`> ${markdownText(b.text)}`, ''];
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
  let blocks = doc.blocks;
  if (doc.personalData) {
    const first = blocks[0];
    const notice = first?.kind === 'notice' ? first.text : PERSONAL_DATA_NOTICE;
    if (first?.kind === 'notice') blocks = blocks.slice(1);
    out.push(`> **${markdownText(notice)}**`, '');
  }
  out.push(`# ${markdownText(doc.title)}`, '');
  out.push(metaParts(doc.meta).map(markdownText).join(' · '), '');
  for (const b of blocks) out.push(...block(b));
  return `${out.join('\n').trimEnd()}\n`;
}
