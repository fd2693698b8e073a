import type { BudgetPlan } from '../analysis/budget-types';
import type { Table } from './rows';

/*
 * The plan within the manager's limit, as the report formats show it ("Within limit"): a few
 * sentences, the chosen hires, what stays open and the marginal series. Only reports of an
 * analysis with a limit have it; the others are unchanged.
 */

export const BUDGET_TITLE = 'Within limit';

const money = (amount: number, currency: string | null): string =>
  `${Math.round(amount).toLocaleString('en')}${currency ? ` ${currency}` : ''}`;

/** "2 hires" or "100,000 EUR a year". */
export function limitText(plan: BudgetPlan): string {
  return plan.limit.kind === 'hires'
    ? `${plan.limit.hires} hire${plan.limit.hires === 1 ? '' : 's'}`
    : `${money(plan.limit.amount, plan.currency)} a year`;
}

/** The section's sentences: the limit, what it buys against the whole plan, and any problem. */
export function budgetLines(plan: BudgetPlan): string[] {
  const { closed, whole } = plan;
  const lines = [
    `Limit: ${limitText(plan)}.${plan.wholePlanFits ? ' It allows the whole plan: every gap it can close is closed.' : ''}`,
    `Best within it: ${plan.hireCount} hire${plan.hireCount === 1 ? '' : 's'}${plan.cost !== null ? ` costing ${money(plan.cost, plan.currency)} a year` : ''}, value ${closed.value} of ${whole.value} (the whole plan's).`,
    `Closes ${closed.singlePointsClosed} of ${whole.singlePointsClosed} single points of failure, ${closed.gapsClosed} of ${whole.gapsClosed} people below policy, and takes over ${closed.fteAbsorbed} of ${whole.fteAbsorbed} FTE of work.`,
    `Value weights: single point of failure ${plan.weights.singlePoint}, person below policy ${plan.weights.belowPolicy}, FTE of engineering work ${plan.weights.engineeringFte}.`,
  ];
  if (plan.fteOpen > 0) lines.push(`${plan.fteOpen} FTE of work stays with the people carrying it.`);
  return [...lines, ...plan.problems];
}

export function budgetHiresTable(plan: BudgetPlan): Table {
  return {
    header: ['Role', 'Product team', 'Hires', ...(plan.limit.kind === 'money' ? ['Cost each'] : [])],
    rows: plan.hires.map((h) => [
      h.roleName,
      h.productTeam ?? '—',
      h.count,
      ...(plan.limit.kind === 'money' ? [h.costEach === null ? '—' : money(h.costEach, plan.currency)] : []),
    ]),
    numeric: [2],
  };
}

export function budgetOpenTable(plan: BudgetPlan): Table {
  return {
    header: ['Skill', 'Product team', 'People missing', 'Single point of failure'],
    rows: plan.open.map((g) => [g.name, g.productTeam ?? 'Whole organisation', g.open, g.singlePoint ? 'yes' : 'no']),
    numeric: [2],
  };
}

export function budgetSeriesTable(plan: BudgetPlan): Table {
  const isMoney = plan.limit.kind === 'money';
  return {
    header: [
      isMoney ? `Budget${plan.currency ? ` (${plan.currency})` : ''}` : 'Hires allowed',
      'Hires',
      ...(isMoney ? ['Cost'] : []),
      'Single points closed',
      'People below policy added',
      'FTE taken over',
      'Value',
    ],
    rows: plan.series.map((s) => [
      s.limit,
      s.hires,
      ...(isMoney ? [s.cost ?? '—'] : []),
      s.singlePointsClosed,
      s.gapsClosed,
      s.fteAbsorbed,
      s.value,
    ]),
    numeric: isMoney ? [0, 1, 2, 3, 4, 5, 6] : [0, 1, 2, 3, 4, 5],
  };
}

export const BUDGET_EMPTY = {
  hires: 'No hire fits within the limit.',
  open: 'Nothing stays open: the limit allows every hire the plan needs.',
} as const;

/** Why the limit buys no hire: nothing fits, or the weights make every hire worth nothing. */
export function noHiresText(plan: BudgetPlan): string {
  return plan.whole.value === 0 &&
    plan.hires.length === 0 &&
    plan.whole.gapsClosed + plan.whole.singlePointsClosed + plan.whole.fteAbsorbed > 0
    ? 'No hire adds value under these weights: set a weight above 0 in Settings.'
    : BUDGET_EMPTY.hires;
}

/**
 * The plan CSV's rows for the limit, in its columns (type, number, priority, role, product
 * team, member, skill, current level, required level, screen for, absorbs FTE, reason): one
 * summary row, one per chosen role and team (the count in "number"), one per gap left open.
 */
export function budgetCsvRows(plan: BudgetPlan | undefined): (string | number)[][] {
  if (!plan) return [];
  const rows: (string | number)[][] = [
    ['within-limit', '', '', '', '', '', '', '', '', '', plan.closed.fteAbsorbed, budgetLines(plan).join(' ')],
  ];
  for (const h of plan.hires) {
    rows.push([
      'within-limit-hire',
      h.count,
      '',
      h.roleName,
      h.productTeam ?? '',
      '',
      '',
      '',
      '',
      '',
      '',
      `${h.count} within the limit of ${limitText(plan)}.`,
    ]);
  }
  for (const g of plan.open) {
    const why = `${g.open} more needed at the required level${g.singlePoint ? '; still a single point of failure' : ''}.`;
    rows.push(['within-limit-open', '', '', '', g.productTeam ?? '', '', g.name, '', '', '', '', why]);
  }
  return rows;
}
