import type { Framework } from '../../domain';
import type { RoundComparison } from '../../rounds/types';
import type { TrendsTables } from '../../rounds/trends-table';
import { comparisonToCsv, comparisonToJson, comparisonToMarkdown } from './comparison';
import { trendsToCsv, trendsToJson, trendsToMarkdown } from './trends';
import { comparisonToXlsx, trendsToXlsx } from './xlsx';

export * from './comparison';
export * from './comparison-tables';
export * from './trends';
export * from './trends-tables';
export * from './xlsx';
export type { RoundsTable } from './table';

export type RoundsExportFormat = 'md' | 'csv' | 'json' | 'xlsx';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A comparison in the chosen format, as the bytes of the file to save. */
export async function comparisonFile(
  c: RoundComparison,
  format: RoundsExportFormat,
  framework: Pick<Framework, 'roles'>,
): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return utf8(comparisonToMarkdown(c, framework));
    case 'csv':
      return utf8(comparisonToCsv(c, framework));
    case 'json':
      return utf8(comparisonToJson(c));
    case 'xlsx':
      return comparisonToXlsx(c, framework);
  }
}

/** The trends in the chosen format, as the bytes of the file to save. */
export async function trendsFile(
  t: TrendsTables,
  format: RoundsExportFormat,
  organisationName: string,
): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return utf8(trendsToMarkdown(t, organisationName));
    case 'csv':
      return utf8(trendsToCsv(t));
    case 'json':
      return utf8(trendsToJson(t));
    case 'xlsx':
      return trendsToXlsx(t);
  }
}
