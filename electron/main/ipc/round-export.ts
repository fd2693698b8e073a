import type { AppData } from '@shared/data';
import type { RoundExportFormat } from '@shared/ipc';
import type { RoundComparison } from '@shared/rounds/types';
import { HandlerError } from './errors';

// PROVISIONAL until the rounds reports land.
export const ROUND_EXPORT_FILTERS: Record<RoundExportFormat, { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};
export async function renderTrends(_data: AppData, _today: string, _format: RoundExportFormat): Promise<string> {
  throw new HandlerError('internal', 'not yet');
}
export async function renderComparison(_c: RoundComparison, _format: RoundExportFormat): Promise<string> {
  throw new HandlerError('internal', 'not yet');
}
