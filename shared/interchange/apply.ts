import type { AppData } from '../data';
import { uniqueSlug, withDatesOfItsChanges, type Member } from '../domain';
import { normaliseName } from './normalise';
import { roleSourceColumn } from './role-values';
import type { ImportMode, SheetLayout } from './types';

/*
 * Puts previewed members into the data. People are matched by name (trimmed, case- and
 * accent-insensitive) in both modes, so someone still on the team keeps their id and the
 * scenarios that name them; ids of people no longer there are never handed to someone new.
 */

/** Member fields a matrix may or may not have a column for. */
export const IMPORTED_FIELDS = ['title', 'role', 'productTeam', 'fte', 'notes', 'assessedOn', 'allocation'] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

/** The fields the layout reads from a column: in a merge, the others keep their stored values. */
export function importedFields(layout: SheetLayout): ImportedField[] {
  const kinds = new Set<string>(layout.columns.map((c) => c.target.kind));
  // Roles are read from the job title when there is no role column.
  if (roleSourceColumn(layout) !== undefined) kinds.add('role');
  return IMPORTED_FIELDS.filter((field) => kinds.has(field));
}

/** What the import does, row by row as well as in total. */
export interface ImportOutcome {
  data: AppData;
  /** Index for index with the imported members: each as it is stored after the import. */
  stored: Member[];
  /** Index for index: true when the person matched someone already here (by name). */
  matched: boolean[];
}

export interface ImportOptions {
  /** Which of the imported fields the file had a column for; by default all, as a merge cannot tell an absent column from a default. */
  fields?: readonly ImportedField[];
  /**
   * Index for index with the members: true when the role is the default role, not read from
   * the file. Someone already here then keeps the role stored for them.
   */
  roleFromDefault?: readonly boolean[];
}

const MAX_PRODUCT_TEAMS = 500;

/**
 * The data after importing `members`, and what became of each. Replace: the team becomes
 * exactly the imported people, and scenarios lose role moves and departures of people who
 * are gone. Merge: a matching member keeps their id and takes what the file says (skills not
 * in the file are kept; an empty cell clears nothing); everyone else is added. In both, a
 * matched person whose role would only be the default keeps their own.
 * Pure: `data` is not changed.
 */
export function importOutcome(
  data: AppData,
  members: readonly Member[],
  mode: ImportMode,
  options: ImportOptions = {},
): ImportOutcome {
  const given = new Set(options.fields ?? IMPORTED_FIELDS);
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
  const updated = new Map<string, Member>();
  const added: Member[] = [];
  const stored: Member[] = [];
  const matched: boolean[] = [];
  members.forEach((member, i) => {
    const existing = byName.get(normaliseName(member.name));
    if (existing && !updated.has(existing.id)) {
      const role = options.roleFromDefault?.[i] === true ? existing.role : member.role;
      const next =
        mode === 'merge' ? mergeMember(existing, { ...member, role }, given) : { ...member, role, id: existing.id };
      updated.set(existing.id, next);
      stored.push(next);
      matched.push(true);
    } else {
      const id = taken.has(member.id) ? uniqueSlug(member.name, taken, 'member') : member.id;
      taken.add(id);
      const next = id === member.id ? member : { ...member, id };
      added.push(next);
      stored.push(next);
      matched.push(false);
    }
  });

  const next = mode === 'merge' ? [...data.members.map((m) => updated.get(m.id) ?? m), ...added] : stored;
  const kept = new Set(next.map((m) => m.id));
  return {
    stored,
    matched,
    data: {
      ...data,
      sample: false,
      organisation: { ...data.organisation, productTeams: withProductTeams(data.organisation.productTeams, next) },
      members: next,
      // Replace: a returned self-assessment of someone no longer in the team goes with them.
      selfAssessments:
        mode === 'merge' ? data.selfAssessments : data.selfAssessments.filter((f) => kept.has(f.memberId)),
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
    },
  };
}

/** The data after importing `members` (see importOutcome). */
export function applyImport(
  data: AppData,
  members: readonly Member[],
  mode: ImportMode,
  options: ImportOptions = {},
): AppData {
  return importOutcome(data, members, mode, options).data;
}

function mergeMember(existing: Member, imported: Member, given: ReadonlySet<ImportedField>): Member {
  // An empty cell says nothing new; it does not clear what is stored.
  const title = given.has('title') && imported.title ? imported.title : existing.title;
  const notes = given.has('notes') && imported.notes ? imported.notes : existing.notes;
  const assessedOn = given.has('assessedOn') && imported.assessedOn ? imported.assessedOn : existing.assessedOn;
  // A time split is replaced whole, never mixed with the stored one (which could pass 100 %);
  // a row with no time on anything keeps the stored split.
  const allocation =
    given.has('allocation') && Object.keys(imported.allocation).length > 0 ? imported.allocation : existing.allocation;
  return {
    ...existing,
    name: imported.name,
    ...(title !== undefined ? { title } : {}),
    role: given.has('role') ? imported.role : existing.role,
    productTeam: given.has('productTeam') && imported.productTeam !== '' ? imported.productTeam : existing.productTeam,
    fte: given.has('fte') ? imported.fte : existing.fte,
    levels: { ...existing.levels, ...imported.levels },
    allocation,
    ...(notes !== undefined ? { notes } : {}),
    ...(assessedOn !== undefined ? { assessedOn } : {}),
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
