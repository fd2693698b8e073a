import { maxLevel, type Framework } from '../shared/domain';
import { matchHeader, HEADER_SCAN_ROWS } from '../shared/interchange/layout';
import { cellText } from '../shared/interchange/normalise';
import { quoteCell, QUOTED_CHARACTERS } from '../shared/interchange/quote';
import type { RawSheet, SheetLayout } from '../shared/interchange/types';

/*
 * What to put in a --map file to fix a problem, as a one-line example the user can copy.
 * CLI only: the app fixes the same problems in its mapping table, and its messages must
 * not mention an option it does not have.
 */

/** A header as a JSON key in an example: exact when short enough to copy, else a placeholder. */
function mapKey(header: string): string {
  return header !== '' && [...header].length <= QUOTED_CHARACTERS ? JSON.stringify(header) : '"<header>"';
}

/** "map it with --map, e.g. {"columns": {"Spark": "skill:<skill id>"}}" */
export function mapColumnHint(header: string, target: string): string {
  return `map it with --map, e.g. {"columns": {${mapKey(header)}: ${JSON.stringify(target)}}}`;
}

/** The first header in the row that names nothing: the likeliest column for a field detection missed. */
function firstUnknownHeader(row: readonly unknown[] | undefined, framework: Framework): string | undefined {
  for (const cell of row ?? []) {
    const text = cellText(cell as never);
    const match = matchHeader(text, framework);
    if (text !== '' && match.matchedBy === 'none' && !match.ambiguous) return text;
  }
  return undefined;
}

/**
 * Why no header row was found, with the --map that names it: the row with the most skill
 * columns is probably the header, and its first unknown header probably the names.
 */
export function noHeaderRowHint(sheet: RawSheet, framework: Framework): string {
  let best = { row: -1, skills: 0 };
  sheet.rows.slice(0, HEADER_SCAN_ROWS).forEach((row, r) => {
    const skills = row.filter((cell) => {
      const match = matchHeader(cellText(cell), framework);
      return match.target.kind === 'skill' || match.ambiguous;
    }).length;
    if (skills > best.skills) best = { row: r, skills };
  });
  if (best.row < 0) {
    return (
      'no row names a skill of the framework; name the header row and its columns with --map, ' +
      'e.g. {"headerRow": 1, "columns": {"Name": "name", "Role": "role", "Spark": "skill:big-data-technologies"}}'
    );
  }
  const header = firstUnknownHeader(sheet.rows[best.row], framework) ?? '';
  return (
    `row ${best.row + 1} names ${best.skills} skill${best.skills === 1 ? '' : 's'} but no column reads as the names; ` +
    `map the name column with --map, e.g. {"headerRow": ${best.row + 1}, "columns": {${mapKey(header)}: "name"}}`
  );
}

/**
 * A field the layout has no column for, as one line with its --map fix; undefined when it
 * has one. The CLI has no default role, so a missing role column stops the import too.
 */
export function missingFieldProblem(
  field: 'name' | 'role',
  sheet: RawSheet,
  layout: SheetLayout,
  framework: Framework,
): string | undefined {
  if (layout.columns.some((c) => c.target.kind === field)) return undefined;
  const header = firstUnknownHeader(sheet.rows[layout.headerRow], framework) ?? '';
  const needs =
    field === 'name'
      ? 'every person needs a name'
      : `every person needs a role (${framework.roles.map((r) => r.name).join(', ')})`;
  return (
    `sheet ${quoteCell(layout.sheet)}, row ${layout.headerRow + 1}: no column holds the ${field}s (${needs}); ` +
    mapColumnHint(header, field).replace('map it', `map the ${field} column`)
  );
}

/** The level labels no level was found for, with the --map that gives them one; undefined if none. */
export function levelLabelsHint(layout: SheetLayout, framework: Framework): string | undefined {
  const unmapped = Object.entries(layout.levelLabels)
    .filter(([, level]) => level === null)
    .map(([label]) => label);
  if (unmapped.length === 0) return undefined;
  const top = maxLevel(framework.scale);
  const shown = unmapped.slice(0, 5).map((label) => quoteCell(label));
  const more = unmapped.length > 5 ? ` and ${unmapped.length - 5} more` : '';
  const s = unmapped.length === 1 ? '' : 's';
  return (
    `level label${s} ${shown.join(', ')}${more} not on the scale; give ${unmapped.length === 1 ? 'it' : 'each'} a level ` +
    `with --map, e.g. {"levels": {${mapKey(unmapped[0]!)}: ${top}}}`
  );
}
