import { THEMES } from '../../design/tokens';
import { htmlText as escapeHtml } from '../../encode/html';
import { showBidiControls } from './bidi';
import { htmlTable } from '../html-table';
import type { Table } from '../rows';
import { metaParts, FALLBACK_PERSONAL_DATA_NOTICE } from './meta-line';
import { breaksBetweenContent } from './page-breaks';
import { barChartSvg, printedParts } from './svg-chart';
import type { Block, ExportDocument } from './types';

/*
 * An export document as a standalone, script-free HTML page, printed to PDF by Chromium
 * (the app's printToPDF, or a system Chromium from the CLI). Light-theme colours: it is
 * printed on white.
 *
 * Page numbers are CSS page-margin boxes: Chromium prints `@bottom-center` with
 * counter(page) and counter(pages) since version 131, both in Electron 45 and in Debian's
 * Chromium (checked by reading the printed PDFs back with pdf.js), so no printer's own
 * header and footer are needed and both paths number pages the same way.
 */
const PRINT = THEMES.light.colours;

/** Text from the document as HTML: bidi controls shown (see bidi.ts), then escaped. */
const htmlText = (value: string | number): string =>
  escapeHtml(typeof value === 'number' ? value : showBidiControls(value));

/** A table with the document's escaping (invisible controls shown). */
const table = (t: Table): string => htmlTable(t, htmlText);

const STYLE = `
  @page {
    size: A4;
    margin: 16mm 14mm 18mm;
    @bottom-center {
      content: "Page " counter(page) " of " counter(pages);
      font: 8.5pt system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: ${PRINT.textMuted};
    }
  }
  body { font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: ${PRINT.text}; background: ${PRINT.surface}; margin: 0; overflow-wrap: break-word; }
  h1 { font-size: 19pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid ${PRINT.borderStrong}; padding-bottom: 2pt; break-after: avoid; }
  h3 { font-size: 11pt; margin: 12pt 0 4pt; break-after: avoid; }
  p.meta { color: ${PRINT.textMuted}; margin: 0 0 10pt; }
  p.meta .whole { white-space: nowrap; }
  p.notice { border: 1.5px solid ${PRINT.danger}; color: ${PRINT.danger}; font-weight: 600; padding: 4pt 8pt; margin: 0 0 10pt; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt; }
  th, td { text-align: left; vertical-align: top; padding: 3pt 5pt; border-bottom: 1px solid ${PRINT.border}; }
  th { background: ${PRINT.surfaceSunken}; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  blockquote { margin: 6pt 0; padding-left: 8pt; border-left: 3px solid ${PRINT.quoteBar}; color: ${PRINT.textMuted}; font-style: italic; }
  ul { padding-left: 16pt; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 4pt 0 8pt; }
  dt { font-weight: 600; max-width: 45mm; }
  dd { margin: 0; }
  figure.chart { margin: 6pt 0 10pt; break-inside: avoid; }
  figure.chart svg { display: block; width: 100%; height: auto; }
  div.page-break { break-before: page; }
`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${htmlText(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${htmlText(b.text)}</p>`;
    case 'list':
      return b.items.length === 0 ? '' : `<ul>${b.items.map((item) => `<li>${htmlText(item)}</li>`).join('')}</ul>`;
    case 'facts':
      return b.items.length === 0
        ? ''
        : `<dl>${b.items.map((f) => `<dt>${htmlText(f.term)}</dt><dd>${htmlText(f.text)}</dd>`).join('')}</dl>`;
    case 'table':
      return table(b.table);
    // The SVG carries role="img" and the alt text as its aria-label. A long chart is printed in parts that each fit a page.
    case 'chart':
      return printedParts(b.chart)
        .map((part) => `<figure class="chart">${barChartSvg(part.chart, { scaleMax: part.scaleMax })}</figure>`)
        .join('');
    case 'quote':
      return `<blockquote>${htmlText(b.text)}</blockquote>`;
    case 'notice':
      return `<p class="notice" role="note">${htmlText(b.text)}</p>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

/**
 * The document as a printable page. Every text is escaped; the page's CSP allows nothing but
 * its inline style, and a document with personal data says so above its title.
 */
export function documentToHtml(doc: ExportDocument): string {
  const parts: string[] = [];
  let blocks = breaksBetweenContent(doc.blocks);
  if (doc.personalData) {
    const first = blocks[0];
    const notice = first?.kind === 'notice' ? first.text : FALLBACK_PERSONAL_DATA_NOTICE;
    if (first?.kind === 'notice') blocks = blocks.slice(1);
    parts.push(`<p class="notice" role="note">${htmlText(notice)}</p>`);
  }
  parts.push(`<h1>${htmlText(doc.title)}</h1>`);
  // Dates and the made-at time are kept whole on a line; names may wrap.
  const [made, organisation, asOf, framework] = metaParts(doc.meta).map(htmlText) as [string, string, string, string];
  parts.push(
    `<p class="meta"><span class="whole">${made}</span> · ${organisation} · <span class="whole">${asOf}</span> · ${framework}</p>`,
  );
  for (const b of blocks) parts.push(block(b));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${htmlText(doc.title)}</title><style>${STYLE}</style></head>
<body>${parts.join('\n')}</body></html>
`;
}
