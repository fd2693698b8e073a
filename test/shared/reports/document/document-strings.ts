import type { ExportDocument } from '@shared/reports/document/types';

/** Every string a document holds, at any depth: title, meta, block texts, table cells, bar labels, alt texts. */
export function documentStrings(doc: ExportDocument | readonly ExportDocument[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'number') out.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(doc);
  return out;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The strings of `doc` that hold `needle` as a whole word (not inside another word: "Ana" is
 * not in "analysis"), ignoring case: empty when it appears nowhere.
 */
export function stringsHolding(doc: ExportDocument | readonly ExportDocument[], needle: string): string[] {
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(needle)}($|[^\\p{L}\\p{N}])`, 'iu');
  return documentStrings(doc).filter((s) => word.test(s));
}
