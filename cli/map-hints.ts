import { maxLevel, type Framework } from '../shared/domain';
import { matchHeader, HEADER_SCAN_ROWS } from '../shared/interchange/layout';
import { cellText } from '../shared/interchange/normalise';
import { quoteCell, QUOTED_CHARACTERS } from '../shared/interchange/quote';
import type { ColumnTarget, RawSheet, SheetLayout } from '../shared/interchange/types';

/*
 * What to put in a --map file to fix a problem, as a one-line example the user can copy.
 * CLI only: the app fixes the same problems in its mapping table, and its messages must
 * not mention an option it does not have.
 */

/** A header as a JSON key in an example: exact when short enough to copy, else a placeholder. */
function mapKey(header: string): string {
  return header !== '' && [...header].length <= QUOTED_CHARACTERS ? JSON.stringify(header) : '"<header>"';
}

/** A column target as a --map file writes it: "name", "skill:python", ["skill:a", "skill:b"]. */
export function targetText(target: ColumnTarget): string | string[] {
  if (target.kind === 'skill') {
    const skills = target.skillIds.map((id) => `skill:${id}`);
    return skills.length === 1 ? skills[0]! : skills;
  }
  return target.kind === 'allocation' ? `allocation:${target.responsibilityId}` : target.kind;
}

/** "map it with --map, e.g. {"columns": {"Spark": "skill:<skill id>"}}" */
export function mapColumnHint(header: string, target: string | string[]): string {
  return `map it with --map, e.g. {"columns": {${mapKey(header)}: ${JSON.stringify(target)}}}`;
}

/** The first header in the row that names nothing: the likeliest column for a field detection missed. */
function firstUnknownHeader(row: readonly unknown[] | undefined, framework: Framework): string | undefined {
  for (const cell of row ?? []) {
    const text = cellText(cell as never);
    const match = matchHeader(text, framework);
    if (text !== '' && match.matchedBy === 'none') return text;
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
      return match.target.kind === 'skill';
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
 * has one. Roles may also come from the job title or a default role.
 */
export function missingFieldProblem(
  field: 'name' | 'role',
  sheet: RawSheet,
  layout: SheetLayout,
  framework: Framework,
): string | undefined {
  if (layout.columns.some((c) => c.target.kind === field)) return undefined;
  if (field === 'role' && (layout.defaultRole !== undefined || layout.columns.some((c) => c.target.kind === 'title'))) {
    return undefined;
  }
  const header = firstUnknownHeader(sheet.rows[layout.headerRow], framework) ?? '';
  const where = `sheet ${quoteCell(layout.sheet)}, row ${layout.headerRow + 1}`;
  if (field === 'name') {
    return (
      `${where}: no column holds the names (every person needs a name); ` +
      mapColumnHint(header, 'name').replace('map it', 'map the name column')
    );
  }
  const firstRole = framework.roles[0]?.id ?? 'data-scientist';
  return (
    `${where}: no column holds the roles or job titles (every person needs a role: ${framework.roles.map((r) => r.name).join(', ')}); ` +
    `${mapColumnHint(header, 'role').replace('map it', 'map the role or job-title column')}, or give everyone one role with {"defaultRole": "${firstRole}"}`
  );
}

/** The fix for a role or title value no role was found for: its entry in "roles", or a default role. */
export function roleValueHint(value: string, framework: Framework): string {
  const ids = [...framework.roles.map((r) => r.id), 'other'].join(', ');
  return `map it with --map, e.g. {"roles": {${mapKey(value)}: "<role id>"}} (role ids: ${ids}), or set "defaultRole"`;
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
