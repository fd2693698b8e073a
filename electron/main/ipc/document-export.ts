import { join } from 'node:path';
import type { AppData } from '@shared/data';
import { slugify } from '@shared/domain';
import type { PlanExportRequest, SavedFile } from '@shared/ipc';
import type { Report } from '@shared/reports';
import { allBriefsDocument, briefDocuments } from '@shared/reports/document/brief';
import { detailDocument } from '@shared/reports/document/detail';
import { summaryDocument } from '@shared/reports/document/summary';
import { documentToHtml } from '@shared/reports/document/to-html';
import { documentToMarkdown } from '@shared/reports/document/to-markdown';
import type { ExportDocument, ExportKind } from '@shared/reports/document/types';
import { HandlerError } from './errors';
import type { HandlerDeps } from './handlers';

/*
 * The documents a manager forwards (the summary for leadership, the job briefs, the internal
 * detail), as Markdown or PDF: built from the report of what is stored, dated by main's clock,
 * rendered whole before anything is written.
 */

type DocumentFormat = 'md' | 'pdf';

const TITLES: Record<ExportKind, { dialog: string; file: string }> = {
  summary: { dialog: 'Export the summary for leadership', file: 'gapwise-summary' },
  brief: { dialog: 'Export the job briefs', file: 'gapwise-job-briefs' },
  detail: { dialog: 'Export the internal detail (personal data)', file: 'gapwise-plan-detail' },
};

const FILTERS: Record<DocumentFormat, { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

function documentOf(kind: ExportKind, report: Report, data: AppData, now: Date): ExportDocument {
  const input = { framework: data.framework, members: data.members, scenarios: data.scenarios };
  // The summary and the detail carry the timeline, dated from main's clock as the document is.
  const dated = { ...input, organisation: data.organisation, planning: data.settings.planning };
  if (kind === 'summary') return summaryDocument(report, dated, now);
  if (kind === 'brief') return allBriefsDocument(report, input, now);
  return detailDocument(report, dated, now);
}

async function render(doc: ExportDocument, format: DocumentFormat, deps: HandlerDeps): Promise<string | Uint8Array> {
  return format === 'md' ? documentToMarkdown(doc) : deps.printToPdf(documentToHtml(doc));
}

/** Writes one document (or one job brief per hire into a chosen folder); null when the dialog is cancelled. */
export async function exportDocument(
  request: PlanExportRequest & { format: DocumentFormat },
  report: Report,
  data: AppData,
  deps: HandlerDeps,
  writeChosenFile: (file: string, data: string | Uint8Array) => Promise<void>,
): Promise<SavedFile | null> {
  const kind = request.kind ?? 'detail';
  const { format } = request;
  const now = deps.now();
  const slug = slugify(data.organisation.name, '');
  const stem = `${TITLES[kind].file}${slug ? `-${slug}` : ''}`;

  if (kind === 'brief' && request.eachHire === true) {
    const input = { framework: data.framework, members: data.members, scenarios: data.scenarios };
    const briefs = briefDocuments(report, input, now);
    if (briefs.length === 0) {
      throw new HandlerError('conflict', 'the plan recommends no hire, so there is no job brief to write', 'eachHire');
    }
    const folder = await deps.chooseFolder({ title: `${TITLES.brief.dialog}, one file per hire` });
    if (folder === null) return null;
    // Every file is rendered before the first is written: a failure leaves no partial set.
    const files = await Promise.all(
      briefs.map(async (doc, i) => {
        const hire = report.analysis.plan.hires[i]!;
        const name = `${TITLES.brief.file}-${hire.number}-${slugify(hire.roleName, 'hire')}.${format}`;
        return { name, bytes: await render(doc, format, deps) };
      }),
    );
    for (const file of files) await writeChosenFile(join(folder, file.name), file.bytes);
    return { file: folder, files: files.map((f) => f.name) };
  }

  const file = await deps.chooseFileToSave({
    title: TITLES[kind].dialog,
    defaultName: `${stem}.${format}`,
    filters: [FILTERS[format]],
  });
  if (file === null) return null;
  const bytes = await render(documentOf(kind, report, data, now), format, deps);
  await writeChosenFile(file, bytes);
  return { file };
}
