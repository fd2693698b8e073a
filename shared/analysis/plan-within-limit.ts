import type { BudgetPlan } from './budget-types';
import type { Hire, HiringPlan } from './types';

/**
 * The minimum plan cut down to the hires the limit buys, as a plan the timeline can project
 * ("two requisitions: when are we covered?"). Each chosen hire is one of the minimum plan's,
 * keeping its number, brief and start: a role for a product team takes that team's hire, a
 * role-wide one any hire of the role not yet taken. Upskilling is as in the full plan.
 */
export function planWithinLimit(plan: HiringPlan, budget: BudgetPlan): HiringPlan {
  if (budget.wholePlanFits) return plan;
  const taken = new Set<Hire>();
  const take = (fits: (h: Hire) => boolean, count: number): number => {
    let left = count;
    for (const hire of plan.hires) {
      if (left === 0) break;
      if (!taken.has(hire) && fits(hire)) {
        taken.add(hire);
        left--;
      }
    }
    return left;
  };
  for (const chosen of budget.hires) {
    const sameRole = (h: Hire) => h.roleId === chosen.roleId;
    const left =
      chosen.productTeam === null
        ? take(sameRole, chosen.count)
        : take((h) => sameRole(h) && h.productTeam === chosen.productTeam, chosen.count);
    if (left > 0) take(sameRole, left);
  }
  const hires = plan.hires.filter((h) => taken.has(h));
  const byRole = plan.byRole.map((r) => ({ ...r, count: hires.filter((h) => h.roleId === r.roleId).length }));
  return { ...plan, hires, byRole };
}
