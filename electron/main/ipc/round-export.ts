import type { AppData } from '@shared/data';
import type { Framework } from '@shared/domain';
import type { RoundExportFormat } from '@shared/ipc';
import { comparisonFile, trendsFile } from '@shared/reports/rounds';
import { todayLabel } from '@shared/rounds/round-view';
import { trendPoint } from '@shared/rounds/trend-point';
import { trendsTable, type PastFramework } from '@shared/rounds/trends-table';
import type { RoundComparison } from '@shared/rounds/types';

/* The trends over rounds and a comparison of two rounds as files (the shared reports' bytes). */

export const ROUND_EXPORT_FILTERS: Record<RoundExportFormat, { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

/**
 * Every trend chart's table, from the rounds' entries and today's figures. `pastFrameworks`
 * are the frameworks of the rounds whose files could be read: they name retired skills.
 */
export function renderTrends(
  data: AppData,
  today: string,
  format: RoundExportFormat,
  pastFrameworks: readonly PastFramework[],
): Promise<Uint8Array> {
  const point = trendPoint(data, today, data.selfAssessments);
  const tables = trendsTable(data.rounds, { label: todayLabel(today), point }, data.framework, pastFrameworks);
  return trendsFile(tables, format, data.organisation.name);
}

/** The roles of both rounds, the later round's first: a role either side names is named. */
export function rolesOf(from: Framework, to: Framework): Pick<Framework, 'roles'> {
  const seen = new Set(to.roles.map((r) => r.id));
  return { roles: [...to.roles, ...from.roles.filter((r) => !seen.has(r.id))] };
}

export function renderComparison(
  comparison: RoundComparison,
  format: RoundExportFormat,
  framework: Pick<Framework, 'roles'>,
): Promise<Uint8Array> {
  return comparisonFile(comparison, format, framework);
}
