import type { Framework, Member, Scenario } from '@shared/domain';
import { roleNamesOf } from '@shared/domain';

/*
 * A scenario's changes as lines a person reads ("Priya Raman leaves", "2 × Data engineer for
 * Checkout join"), each with its date when it has one, in date order (undated first: they
 * are "from now").
 */

export interface ScenarioChangeLine {
  text: string;
  /** ISO date, or null for "from now". */
  date: string | null;
}

export function scenarioChangeLines(
  scenario: Scenario,
  members: readonly Member[],
  framework: Framework,
): ScenarioChangeLine[] {
  const dates = scenario.dates ?? {};
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const names = roleNamesOf(framework);
  const roleName = (id: string) => names.get(id) ?? id;
  const lines: ScenarioChangeLine[] = [];
  // Planned hires grouped by role, team and date: "2 × Data engineer for Checkout join".
  const groups = new Map<string, { role: string; team: string; date: string | null; count: number }>();
  for (const hire of scenario.plannedHires) {
    const date = dates[hire.id] ?? null;
    const key = JSON.stringify([hire.role, hire.productTeam ?? '', date]);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { role: hire.role, team: hire.productTeam ?? '', date, count: 1 });
  }
  for (const g of groups.values()) {
    const who = `${g.count} × ${roleName(g.role)}${g.team ? ` for ${g.team}` : ''}`;
    lines.push({ text: `${who} join${g.count === 1 ? 's' : ''}`, date: g.date });
  }
  for (const move of scenario.roleMoves) {
    lines.push({
      text: `${nameOf.get(move.memberId) ?? move.memberId} moves to ${roleName(move.toRole)}`,
      date: dates[move.memberId] ?? null,
    });
  }
  for (const id of scenario.departures) {
    lines.push({ text: `${nameOf.get(id) ?? id} leaves`, date: dates[id] ?? null });
  }
  // Stable: undated first, then by date; equal dates keep the order above.
  return lines
    .map((line, i) => ({ line, i }))
    .sort((a, b) => (a.line.date ?? '').localeCompare(b.line.date ?? '') || a.i - b.i)
    .map(({ line }) => line);
}
