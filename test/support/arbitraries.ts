import fc from 'fast-check';
import { OTHER_ROLE_ID, type Framework, type Member, type Organisation } from '@shared/domain';
import { builtinFramework, tinyFramework } from './fixtures';

/* Random frameworks, teams and organisations for the analysis engine's property tests. */

const AREAS = ['data-science', 'data-engineering', 'shared'] as const;

export const randomFramework: fc.Arbitrary<Framework> = fc
  .record({
    skills: fc.array(fc.record({ area: fc.constantFrom(...AREAS), responsibility: fc.boolean() }), {
      minLength: 1,
      maxLength: 6,
    }),
    roles: fc.array(
      fc.record({
        area: fc.constantFrom(...AREAS),
        levels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
        whenStaffed: fc.boolean(),
        owns: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 2 }),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  })
  .map(({ skills, roles }) =>
    tinyFramework(
      skills.map((s, i) => ({ id: `s${i}`, area: s.area, kind: s.responsibility ? 'responsibility' : 'skill' })),
      roles.map((r, i) => ({
        id: `r${i}`,
        area: r.area,
        ...(r.whenStaffed ? { requires: 'when-staffed' as const } : {}),
        ...(r.owns.length > 0
          ? { owns: r.owns.filter((s) => s < skills.length && skills[s]!.responsibility).map((s) => `s${s}`) }
          : {}),
        targets: Object.fromEntries(
          skills.map((_, s) => [`s${s}`, [r.levels[s]!, 1 + ((s + i) % 3)]]).filter(([, t]) => (t as number[])[0]! > 0),
        ),
      })),
    ),
  );

export function randomMembers(fw: Framework, max: number): fc.Arbitrary<Member[]> {
  const skillIds = fw.skills.map((s) => s.id);
  const responsibilities = fw.skills.filter((s) => s.kind === 'responsibility').map((s) => s.id);
  const one = fc
    .record({
      // Now and then a member with no framework role ("other").
      role: fc.oneof(
        { arbitrary: fc.constantFrom(...fw.roles.map((r) => r.id)), weight: 9 },
        { arbitrary: fc.constant(OTHER_ROLE_ID), weight: 1 },
      ),
      // Skewed towards strong members, so that some teams are covered and the engineering
      // load, not a skill gap, is what decides the plan; some skills not assessed (undefined).
      levels: fc.array(
        fc.oneof(
          { arbitrary: fc.integer({ min: 3, max: 4 }), weight: 8 },
          { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 4 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        ),
        { minLength: skillIds.length, maxLength: skillIds.length },
      ),
      shares: fc.array(fc.integer({ min: 0, max: 60 }), {
        minLength: responsibilities.length,
        maxLength: responsibilities.length,
      }),
      fte: fc.constantFrom(0.5, 0.8, 1),
      team: fc.constantFrom('A', 'B', ''),
    })
    .map(({ role, levels, shares, fte, team }) => {
      const allocation: Record<string, number> = {};
      let left = 100;
      responsibilities.forEach((id, i) => {
        const pct = Math.min(left, shares[i]!);
        left -= pct;
        if (pct > 0) allocation[id] = pct;
      });
      return {
        role,
        levels: Object.fromEntries(
          skillIds.flatMap((id, i) => (levels[i] === undefined ? [] : [[id, levels[i]] as const])),
        ),
        allocation,
        fte,
        productTeam: team,
      };
    });
  return fc
    .array(one, { maxLength: max })
    .map((list) => list.map((m, i): Member => ({ id: `m${i}`, name: `Member ${i}`, ...m })));
}

export const randomOrganisation: fc.Arbitrary<Organisation> = fc.record({
  name: fc.constant('Org'),
  productTeams: fc.constantFrom([], ['A'], ['A', 'B'], ['A', 'B', 'C', 'D']),
  coverage: fc.record({ minPeople: fc.integer({ min: 1, max: 3 }) }),
  engineeringLoadThreshold: fc.integer({ min: 0, max: 60 }),
});

/** A random team over the built-in framework or over a random small framework. */
export const randomCase = fc.oneof(
  fc
    .tuple(fc.constant(builtinFramework()), randomOrganisation)
    .chain(([framework, organisation]) =>
      randomMembers(framework, 10).map((members) => ({ framework, organisation, members })),
    ),
  fc
    .tuple(randomFramework, randomOrganisation)
    .chain(([framework, organisation]) =>
      randomMembers(framework, 6).map((members) => ({ framework, organisation, members })),
    ),
);
