import { slugify as slugOf, uniqueSlug } from '@shared/domain';
import type { Member, PlannedHire, Scenario } from '@shared/domain';

/*
 * The scenario form works on a draft: planned hires grouped as "n × role for a product team",
 * role moves and departures. Pure functions turn a scenario into a draft and back, so the
 * form holds no logic worth testing through the DOM alone.
 */

export interface HireRow {
  key: number;
  role: string;
  productTeam: string;
  count: number;
  /** When the hires start (ISO date), or '' for "from now". */
  date: string;
}

export interface MoveRow {
  key: number;
  memberId: string;
  toRole: string;
  /** When the move takes effect (ISO date), or ''. */
  date: string;
}

export interface ScenarioDraft {
  /** The scenario being edited, or null for a new one. */
  id: string | null;
  name: string;
  description: string;
  hires: HireRow[];
  moves: MoveRow[];
  departures: string[];
  /** When each leaver leaves (ISO date), by member id; absent for "from now". */
  departureDates: Record<string, string>;
}

export const MAX_HIRES_PER_ROW = 50;

/** A real calendar date written YYYY-MM-DD (what a date input gives). */
const isIsoDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

let nextKey = 1;
export const newKey = (): number => nextKey++;

/** A lowercase slug of the name ("Hire 2 engineers!" → "hire-2-engineers"), never empty. */
export const slugify = (name: string): string => slugOf(name, 'scenario');

/** The slug of the name, suffixed -2, -3… when another scenario already has it. */
export const uniqueScenarioId = (name: string, taken: ReadonlySet<string>): string =>
  uniqueSlug(name, taken, 'scenario');

export function emptyDraft(): ScenarioDraft {
  return { id: null, name: '', description: '', hires: [], moves: [], departures: [], departureDates: {} };
}

/** Planned hires grouped by role, product team and start date, in first-seen order. */
export function draftOf(scenario: Scenario): ScenarioDraft {
  const dates = scenario.dates ?? {};
  const hires: HireRow[] = [];
  for (const hire of scenario.plannedHires) {
    const team = hire.productTeam ?? '';
    const date = dates[hire.id] ?? '';
    const row = hires.find((r) => r.role === hire.role && r.productTeam === team && r.date === date);
    if (row) row.count += 1;
    else hires.push({ key: newKey(), role: hire.role, productTeam: team, count: 1, date });
  }
  const departureDates: Record<string, string> = {};
  for (const id of scenario.departures) if (dates[id]) departureDates[id] = dates[id];
  return {
    id: scenario.id,
    name: scenario.name,
    description: scenario.description ?? '',
    hires,
    moves: scenario.roleMoves.map((m) => ({
      key: newKey(),
      memberId: m.memberId,
      toRole: m.toRole,
      date: dates[m.memberId] ?? '',
    })),
    departures: [...scenario.departures],
    departureDates,
  };
}

/** What is wrong with the draft, one message per problem; empty when it can be saved. */
export function draftProblems(draft: ScenarioDraft): string[] {
  const problems: string[] = [];
  if (!draft.name.trim()) problems.push('Give the scenario a name.');
  draft.hires.forEach((row, i) => {
    if (!row.role) problems.push(`Planned hire ${i + 1}: choose a role.`);
    if (!Number.isInteger(row.count) || row.count < 1 || row.count > MAX_HIRES_PER_ROW)
      problems.push(`Planned hire ${i + 1}: the count must be a whole number from 1 to ${MAX_HIRES_PER_ROW}.`);
  });
  const badDate = (date: string) => date !== '' && !isIsoDate(date);
  draft.hires.forEach((row, i) => {
    if (badDate(row.date)) problems.push(`Planned hire ${i + 1}: the start date is not a date.`);
  });
  const moved = new Set<string>();
  draft.moves.forEach((row, i) => {
    if (!row.memberId || !row.toRole) problems.push(`Role move ${i + 1}: choose a member and a role.`);
    else if (moved.has(row.memberId)) problems.push(`Role move ${i + 1}: that member is already moved.`);
    moved.add(row.memberId);
    if (row.memberId && draft.departures.includes(row.memberId))
      problems.push(`Role move ${i + 1}: that member is marked as leaving.`);
    if (badDate(row.date)) problems.push(`Role move ${i + 1}: the date is not a date.`);
  });
  for (const id of draft.departures) {
    if (badDate(draft.departureDates[id] ?? '')) problems.push('A departure date is not a date.');
  }
  return problems;
}

/**
 * The scenario to save. Existing planned hires are kept where their group still has room
 * (so names, FTE and expected levels set elsewhere survive an edit); new ones get ids that
 * clash with no member and no other hire.
 */
export function scenarioOf(
  draft: ScenarioDraft,
  context: { existing: Scenario | null; scenarioIds: ReadonlySet<string>; members: readonly Member[] },
): Scenario {
  const id =
    draft.id ??
    uniqueScenarioId(draft.name, new Set([...context.scenarioIds].filter((s) => s !== context.existing?.id)));
  const previous = [...(context.existing?.plannedHires ?? [])];
  // First pass: keep the existing hires that still fit a row, so their ids are known as taken.
  const slots: { role: string; productTeam: string; date: string; kept: PlannedHire | undefined }[] = [];
  for (const row of draft.hires) {
    for (let n = 0; n < row.count; n++) {
      const index = previous.findIndex((h) => h.role === row.role && (h.productTeam ?? '') === row.productTeam);
      const kept = index >= 0 ? previous.splice(index, 1)[0] : undefined;
      slots.push({ role: row.role, productTeam: row.productTeam, date: row.date, kept });
    }
  }
  const used = new Set<string>(context.members.map((m) => m.id));
  for (const slot of slots) if (slot.kept) used.add(slot.kept.id);
  let counter = 1;
  const nextHireId = () => {
    while (used.has(`planned-hire-${counter}`)) counter++;
    const hireId = `planned-hire-${counter}`;
    used.add(hireId);
    return hireId;
  };
  const hires: PlannedHire[] = slots.map(
    ({ role, productTeam, kept }) => kept ?? { id: nextHireId(), role, ...(productTeam ? { productTeam } : {}) },
  );
  const dates: Record<string, string> = {};
  slots.forEach((slot, i) => {
    if (slot.date) dates[hires[i]!.id] = slot.date;
  });
  for (const move of draft.moves) if (move.date) dates[move.memberId] = move.date;
  for (const id of draft.departures) if (draft.departureDates[id]) dates[id] = draft.departureDates[id];
  const description = draft.description.trim();
  return {
    id,
    name: draft.name.trim(),
    ...(description ? { description } : {}),
    plannedHires: hires,
    roleMoves: draft.moves.map((m) => ({ memberId: m.memberId, toRole: m.toRole })),
    departures: [...draft.departures],
    ...(Object.keys(dates).length > 0 ? { dates } : {}),
  };
}
