import type { AppData } from '../shared/data';
import { detectLayout } from '../shared/interchange/layout';
import { buildPreview } from '../shared/interchange/preview';
import type { RawWorkbook } from '../shared/interchange/types';
import type { Framework } from '../shared/domain';
import { syntheticOrganisation } from './synthetic';

/** How many timed runs each kind of figure gets (fewer in a quick run). */
export interface Runs {
  /** Engine figures: milliseconds each, so many runs after a long warm-up. */
  engine: number;
  engineWarmup: number;
  /** Files, imports and exports: tens to hundreds of milliseconds each at 10,000. */
  files: number;
  /** Workbook imports: seconds each at 10,000 with the slowest reader. */
  workbooks: number;
}

export const FULL_RUNS: Runs = { engine: 21, engineWarmup: 10, files: 11, workbooks: 5 };
export const QUICK_RUNS: Runs = { engine: 11, engineWarmup: 5, files: 5, workbooks: 3 };

/** As the app holds it: parsed from the data file (objects shaped by JSON.parse). */
export const dataset = (size: number, framework: Framework): AppData =>
  JSON.parse(JSON.stringify(syntheticOrganisation(size, framework))) as AppData;

/** The data with one level of one member changed, as an edit in the app makes it. */
export function withOneChange(data: AppData, round: number): AppData {
  const index = round % data.members.length;
  const member = data.members[index]!;
  const members = data.members.slice();
  members[index] = { ...member, levels: { ...member.levels, 'data-pipelines': round % 5 } };
  return { ...data, members };
}

/** What an import does after reading: the first sheet's layout detected and every row previewed. */
export function previewFirstSheet(workbook: RawWorkbook, framework: Framework): unknown {
  const sheet = workbook.sheets[0]!;
  return buildPreview(sheet, detectLayout(sheet, framework), framework, { existing: [], fileName: workbook.fileName });
}
