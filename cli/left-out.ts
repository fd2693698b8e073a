import type { Framework } from '../shared/domain';
import { matchHeader, unmatchedReason } from '../shared/interchange/layout';
import { cellText } from '../shared/interchange/normalise';
import { quoteCell } from '../shared/interchange/quote';
import type { ColumnMapping, RawSheet, SheetLayout } from '../shared/interchange/types';
import { mapColumnHint, targetText } from './map-hints';
import { nearSkill } from './near-skill';

/*
 * The columns an import leaves out, each with why. The app lists them in its mapping
 * table; a command line has no table, so the CLI says them on standard error — otherwise a
 * "Machine Learning" column that fits two skills would vanish while validate said "valid".
 */

export interface LeftOutColumn {
  /** How the column is named in messages: its quoted header, or "column F" when it has none. */
  label: string;
  /**
   * 'dropped': values under it are not imported (--strict fails); 'empty': nothing under it
   * to lose; 'ignored': the --map file says "ignore".
   */
  kind: 'dropped' | 'empty' | 'ignored';
  /** Why, with the --map fix where one exists. */
  reason: string;
}

function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Why the import does not read a column that has a header and values, and how to map it. */
function droppedReason(layout: SheetLayout, column: ColumnMapping, framework: Framework): string {
  const match = matchHeader(column.header, framework).target;
  if (match.kind !== 'ignore') {
    // Another column already holds the same field or time allocation ("same as column …").
    return `${unmatchedReason(layout, column, framework)}; to read this one instead, ${mapColumnHint(
      column.header,
      targetText(match),
    )}`;
  }
  const near = nearSkill(column.header, framework);
  const skill = near && framework.skills.find((s) => s.id === near.skillId);
  const maybe =
    !near || !skill
      ? ''
      : near.text === skill.name
        ? ` (it may be "${skill.name}")`
        : ` (it may be "${near.text}", an alias of "${skill.name}")`;
  return `${unmatchedReason(layout, column, framework)}${maybe}; ${mapColumnHint(column.header, `skill:${near?.skillId ?? '<skill id>'}`)}, or "ignore" it`;
}

/** Every column under the layout's header row that nothing reads, in sheet order. */
export function leftOutColumns(sheet: RawSheet, layout: SheetLayout, framework: Framework): LeftOutColumn[] {
  const below = sheet.rows.slice(layout.headerRow + 1);
  const width = Math.max(layout.columns.length, ...below.map((row) => row.length));
  const hasValues = (index: number) => below.some((row) => cellText(row[index]) !== '');
  const left: LeftOutColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const column = layout.columns[index];
    if (column !== undefined && column.target.kind !== 'ignore') continue;
    const header = column?.header ?? '';
    const label = header === '' ? `column ${columnLetters(index)}` : `column ${quoteCell(header)}`;
    if (column?.matchedBy === 'user') {
      left.push({ label, kind: 'ignored', reason: 'ignored as the --map file says' });
    } else if (!hasValues(index)) {
      // A headerless column with nothing in it is just the sheet's edge.
      if (header !== '') left.push({ label, kind: 'empty', reason: 'nothing under the header' });
    } else if (header === '') {
      left.push({
        label,
        kind: 'dropped',
        reason: 'values but no header; give it a header in the sheet, then map it with --map',
      });
    } else {
      left.push({ label, kind: 'dropped', reason: droppedReason(layout, column!, framework) });
    }
  }
  return left;
}
