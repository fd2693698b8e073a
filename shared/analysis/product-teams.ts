import { OTHER_ROLE_ID, type Framework, type Member } from '../domain';
import { compareStrings } from './text';
import type { ProductTeamHeadcount, RoleHeadcount } from './structure-types';

/**
 * What members with an empty product team are listed under. They are counted (nobody is
 * dropped) but never make a product team of their own: no sub-team, no POD, and they do
 * not count towards the number of product teams.
 */
export const NO_PRODUCT_TEAM_LABEL = 'No product team';

/** Area string of the data-science family; data-engineering's below. Other areas are counted by name. */
export const SCIENCE_AREA = 'data-science';
export const ENGINEERING_AREA = 'data-engineering';

export interface RoleInfo {
  name: string;
  /** The role's family; null for members with no framework role. */
  area: string | null;
}

/** Role names and families from a framework; "other" and unknown ids have no family. */
export function roleLookup(framework: Pick<Framework, 'roles'>): (roleId: string) => RoleInfo {
  const byId = new Map<string, RoleInfo>(framework.roles.map((r) => [r.id, { name: r.name, area: r.area }]));
  return (roleId) => byId.get(roleId) ?? { name: roleId === OTHER_ROLE_ID ? 'No framework role' : roleId, area: null };
}

/** A carrier of engineering work, as much of it as the per-team load needs. */
export interface TeamLoadSource {
  productTeam: string;
  engineeringFte: number;
  overThreshold: boolean;
}

/** Empty or blank; `trim` only runs on a name that starts with white space (it is per member). */
const isUnassigned = (productTeam: string): boolean =>
  productTeam === '' || (productTeam.charCodeAt(0) <= 32 && productTeam.trim() === '');

/** Headcount by role, largest first, then by role id (deterministic). */
export function roleHeadcounts(counts: ReadonlyMap<string, number>, roleOf: (id: string) => RoleInfo): RoleHeadcount[] {
  return [...counts]
    .map(([roleId, people]) => ({ roleId, ...roleOf(roleId), people }))
    .sort((a, b) => b.people - a.people || compareStrings(a.roleId, b.roleId))
    .map(({ roleId, name, area, people }) => ({ roleId, roleName: name, area, people }));
}

/**
 * The product teams of an organisation: every team a member belongs to, plus the teams typed
 * in the settings that nobody belongs to yet, each with its headcount by role and the
 * engineering load its members carry. Named teams come in name order; the members with no
 * product team (if any) last, under `NO_PRODUCT_TEAM_LABEL`.
 */
export function productTeamsOf(
  listed: readonly string[],
  members: readonly Pick<Member, 'productTeam' | 'role'>[],
  roleOf: (roleId: string) => RoleInfo,
  carriers: readonly TeamLoadSource[] = [],
): ProductTeamHeadcount[] {
  interface Tally {
    listed: boolean;
    roles: Map<string, number>;
    people: number;
    carriedFte: number;
    over: number;
  }
  const teams = new Map<string, Tally>();
  const tally = (name: string): Tally => {
    let t = teams.get(name);
    if (t === undefined) {
      t = { listed: false, roles: new Map(), people: 0, carriedFte: 0, over: 0 };
      teams.set(name, t);
    }
    return t;
  };
  for (const name of listed) if (!isUnassigned(name)) tally(name).listed = true;
  let last: Tally | undefined;
  let lastName: string | undefined;
  for (const member of members) {
    // Members of one team often come together: the previous tally saves a lookup.
    const name = member.productTeam;
    const t = name === lastName ? last! : tally(isUnassigned(name) ? '' : name);
    last = t;
    lastName = name;
    t.people++;
    t.roles.set(member.role, (t.roles.get(member.role) ?? 0) + 1);
  }
  for (const c of carriers) {
    const t = teams.get(isUnassigned(c.productTeam) ? '' : c.productTeam);
    if (t === undefined) continue; // a carrier is a member, so its team is there
    t.carriedFte += c.engineeringFte;
    if (c.overThreshold) t.over++;
  }
  return [...teams]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareStrings(a, b)))
    .map(([name, t]) => {
      const roles = roleHeadcounts(t.roles, roleOf);
      const inArea = (area: string) => roles.reduce((n, r) => n + (r.area === area ? r.people : 0), 0);
      return {
        name,
        label: name === '' ? NO_PRODUCT_TEAM_LABEL : name,
        unassigned: name === '',
        listed: t.listed,
        people: t.people,
        scientists: inArea(SCIENCE_AREA),
        engineers: inArea(ENGINEERING_AREA),
        roles,
        carriedFte: Math.round(t.carriedFte * 100) / 100,
        carriersOverThreshold: t.over,
      };
    });
}
