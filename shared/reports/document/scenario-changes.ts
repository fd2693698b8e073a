import { roleNamesOf, type Framework, type Member, type Scenario } from '../../domain';
import { inWords, peopleOfRole, roleInSentence } from './wording';

/**
 * What a scenario changes, in words that name no one: "one data engineer leaves", "one data
 * scientist moves to ML engineer", "planned hires: one ML engineer". The leaver is described
 * by their role only, so a summary or a brief can say it without naming them.
 */
export function scenarioChanges(scenario: Scenario, framework: Framework, members: readonly Member[]): string {
  const roleNames = roleNamesOf(framework);
  const roleOf = (id: string) => roleNames.get(id) ?? id;
  const byId = new Map(members.map((m) => [m.id, m]));
  const parts: string[] = [];

  const counted = (ids: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const id of ids) {
      const member = byId.get(id);
      const role = member ? roleOf(member.role) : 'person';
      counts.set(role, (counts.get(role) ?? 0) + 1);
    }
    return counts;
  };

  for (const [role, n] of counted(scenario.departures)) {
    parts.push(
      `${role === 'person' ? `${inWords(n)} ${n === 1 ? 'person' : 'people'}` : peopleOfRole(n, role)} ${n === 1 ? 'leaves' : 'leave'}`,
    );
  }
  const moves = new Map<string, number>();
  for (const move of scenario.roleMoves) {
    const member = byId.get(move.memberId);
    const key = `${member ? roleOf(member.role) : 'person'}\u0000${roleOf(move.toRole)}`;
    moves.set(key, (moves.get(key) ?? 0) + 1);
  }
  for (const [key, n] of moves) {
    const [from, to] = key.split('\u0000') as [string, string];
    const who = from === 'person' ? `${inWords(n)} ${n === 1 ? 'person' : 'people'}` : peopleOfRole(n, from);
    parts.push(`${who} ${n === 1 ? 'moves' : 'move'} to ${roleInSentence(to)}`);
  }
  const hires = new Map<string, number>();
  for (const h of scenario.plannedHires) hires.set(roleOf(h.role), (hires.get(roleOf(h.role)) ?? 0) + 1);
  if (hires.size > 0) {
    parts.push(
      `planned ${scenario.plannedHires.length === 1 ? 'hire' : 'hires'}: ${[...hires].map(([role, n]) => peopleOfRole(n, role)).join(', ')}`,
    );
  }
  if (parts.length === 0) return 'no change';
  const text = parts.join('; ');
  return text[0]!.toUpperCase() + text.slice(1);
}
