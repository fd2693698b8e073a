import type { AppData } from '../data';
import { uniqueSlug, withDatesOfItsChanges, type Member } from '../domain';
import { normaliseName } from './normalise';
import type { ImportMode, SheetLayout } from './types';

/*
 * Puts previewed members into the data. People are matched by name (trimmed, case- and
 * accent-insensitive) in both modes, so someone still on the team keeps their id and the
 * scenarios that name them; ids of people no longer there are never handed to someone new.
 */

/** Member fields a matrix may or may not have a column for. */
export const IMPORTED_FIELDS = ['title', 'role', 'productTeam', 'fte'] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

/** The fields the layout reads from a column: in a merge, the others keep their stored values. */
export function importedFields(layout: SheetLayout): ImportedField[] {
  return IMPORTED_FIELDS.filter((field) => layout.columns.some((c) => c.target.kind === field));
}

const MAX_PRODUCT_TEAMS = 500;

/**
 * The data after importing `members`. Replace: the team becomes exactly the imported people
 * (no time allocation), and scenarios lose role moves and departures of people who are gone.
 * Merge: a matching member keeps id, allocation, notes and assessment date and takes the
 * imported name, title, role, product team, FTE and skill levels (skills not in the file are
 * kept); everyone else is added. `fields` says which of title/role/productTeam/FTE the file
 * had a column for; by default all, as a merge cannot tell an absent column from a default.
 * Pure: `data` is not changed.
 */
export function applyImport(
  data: AppData,
  members: readonly Member[],
  mode: ImportMode,
  fields: readonly ImportedField[] = IMPORTED_FIELDS,
): AppData {
  const given = new Set(fields);
  const byName = new Map<string, Member>();
  for (const member of data.members) {
    const key = normaliseName(member.name);
    if (!byName.has(key)) byName.set(key, member);
  }
  // Every stored id and planned hire id stays reserved, so a new person never inherits a
  // scenario entry that meant someone else.
  const taken = new Set([
    ...data.members.map((m) => m.id),
    ...data.scenarios.flatMap((s) => s.plannedHires.map((h) => h.id)),
  ]);
  const matched = new Map<string, Member>();
  const added: Member[] = [];
  const inFileOrder: Member[] = [];
  for (const member of members) {
    const existing = byName.get(normaliseName(member.name));
    if (existing && !matched.has(existing.id)) {
      const updated = mode === 'merge' ? mergeMember(existing, member, given) : { ...member, id: existing.id };
      matched.set(existing.id, updated);
      inFileOrder.push(updated);
    } else {
      const id = taken.has(member.id) ? uniqueSlug(member.name, taken, 'member') : member.id;
      taken.add(id);
      added.push({ ...member, id });
      inFileOrder.push({ ...member, id });
    }
  }

  const next =
    mode === 'merge'
      ? [...data.members.map((m) => matched.get(m.id) ?? m), ...added]
      : inFileOrder.map((m) => ({ ...m, allocation: {} }));
  const kept = new Set(next.map((m) => m.id));
  return {
    ...data,
    sample: false,
    organisation: { ...data.organisation, productTeams: withProductTeams(data.organisation.productTeams, next) },
    members: next,
    scenarios:
      mode === 'merge'
        ? data.scenarios
        : data.scenarios.map((s) =>
            withDatesOfItsChanges({
              ...s,
              roleMoves: s.roleMoves.filter((move) => kept.has(move.memberId)),
              departures: s.departures.filter((id) => kept.has(id)),
            }),
          ),
  };
}

function mergeMember(existing: Member, imported: Member, given: ReadonlySet<ImportedField>): Member {
  const title = given.has('title') && imported.title ? imported.title : existing.title;
  return {
    ...existing,
    name: imported.name,
    ...(title !== undefined ? { title } : {}),
    role: given.has('role') ? imported.role : existing.role,
    // An empty cell says nothing new; it does not clear what is stored.
    productTeam: given.has('productTeam') && imported.productTeam !== '' ? imported.productTeam : existing.productTeam,
    fte: given.has('fte') ? imported.fte : existing.fte,
    levels: { ...existing.levels, ...imported.levels },
  };
}

/** The organisation's product teams with those the members name added (the structure advice counts them). */
function withProductTeams(current: readonly string[], members: readonly Member[]): string[] {
  const known = new Set(current.map(normaliseName));
  const teams = [...current];
  for (const { productTeam } of members) {
    const key = normaliseName(productTeam);
    if (key === '' || known.has(key) || teams.length >= MAX_PRODUCT_TEAMS) continue;
    known.add(key);
    teams.push(productTeam.trim());
  }
  return teams;
}
