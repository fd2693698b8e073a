import type { MatrixFormat } from './types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Excel by its extension or, failing that, by the zip signature every .xlsx starts with; CSV otherwise. */
export function formatOf(fileName: string, bytes: Uint8Array): MatrixFormat {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte) ? 'xlsx' : 'csv';
}
