import Papa from 'papaparse';
import type { Report } from './json-report';

/**
 * A cell a spreadsheet would run as a formula: it starts with = + - @, a tab, CR or NUL —
 * or any of its lines does, since some importers split multi-line cells.
 */
const FORMULA_TRIGGER = /(^|[\r\n])[=+\-@\t\r\0]/;

/** Prefixes a quote so spreadsheets show the text instead of evaluating it (OWASP CSV injection). */
export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV (CRLF, quotes doubled, fields quoted when needed) with every text cell neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const data = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseCell(cell))));
  return `${Papa.unparse({ fields: header.map(neutraliseCell), data }, { newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

export const PLAN_CSV_HEADER = [
  'type',
  'number',
  'priority',
  'role',
  'product team',
  'member',
  'skill',
  'current level',
  'required level',
  'screen for',
  'absorbs FTE',
  'reason',
] as const;

/** The hiring plan as one table: hires, then upskilling candidates, then residual gaps. */
export function planToCsv(report: Report): string {
  const { plan } = report.analysis;
  const rows: (string | number)[][] = [];
  for (const hire of plan.hires) {
    rows.push([
      'hire',
      hire.number,
      hire.priority,
      hire.roleName,
      hire.productTeam ?? '',
      '',
      '',
      '',
      '',
      hire.screenFor.map((s) => `${s.name} (${s.levelName})`).join('; '),
      hire.absorbsFte,
      hire.reasons.join(' '),
    ]);
  }
  for (const u of plan.upskilling) {
    rows.push([
      'upskill',
      '',
      '',
      '',
      '',
      u.name,
      u.skillName,
      u.currentLevel,
      u.requiredLevel,
      '',
      '',
      'One level short of the level the team needs.',
    ]);
  }
  for (const g of plan.residualGaps) {
    rows.push(['residual-gap', '', '', '', '', '', g.name, '', '', '', '', g.reason]);
  }
  return toCsv(PLAN_CSV_HEADER, rows);
}
