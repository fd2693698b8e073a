import { toCsv } from '../encode/csv';
import type { Report } from './json-report';
import { budgetCsvRows } from './budget-rows';
import { structureTable } from './rows';

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

/** The hiring plan as one table: hires, upskilling candidates, residual gaps, then the structure advice. */
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
  rows.push(...budgetCsvRows(report.analysis.budgetPlan));
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
  // The structure advice, one row a line: the area in the role column, the advice and the
  // numbers it rests on in the reason column.
  for (const [area, advice, basis] of structureTable(report.analysis).rows) {
    rows.push(['structure', '', '', area!, '', '', '', '', '', '', '', `${advice} Based on: ${basis}`]);
  }
  return toCsv(PLAN_CSV_HEADER, rows);
}
