import type { AppData } from '@shared/data';
import { slugify } from '@shared/domain';
import { planToXlsx } from '@shared/interchange/write-matrix';
import type { ExportFormat } from '@shared/ipc';
import type { DocumentMeta } from '@shared/reports/document/types';
import { planToCsv, reportToHtml, reportToJson, reportFor, reportToMarkdown, type Report } from '@shared/reports';

/** The report of the data as stored: today's analysis and every scenario beside it. */
export function reportOf(data: AppData): Report {
  return reportFor({ ...data, planning: data.settings.planning }, data.scenarios);
}

export const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON report', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

/** A file name people recognise: gapwise-plan-northwind-retail.md */
export function defaultExportName(organisationName: string, format: ExportFormat): string {
  const slug = slugify(organisationName, '');
  return `gapwise-plan${slug ? `-${slug}` : ''}.${format}`;
}

/** The export's bytes; PDF goes through the printer the caller provides (Chromium's printToPDF). */
export async function renderExport(
  report: Report,
  format: ExportFormat,
  printToPdf: (html: string) => Promise<Uint8Array>,
  meta?: DocumentMeta,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return reportToMarkdown(report, meta);
    case 'csv':
      return planToCsv(report);
    case 'json':
      return reportToJson(report);
    case 'pdf':
      return printToPdf(reportToHtml(report, meta));
    case 'xlsx':
      return planToXlsx(report, meta);
  }
}
