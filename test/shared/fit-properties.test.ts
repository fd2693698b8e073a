import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, indexFramework, roleFit } from '@shared/analysis';
import type { Framework, RoleProfile } from '@shared/domain';
import { randomCase } from '../support/arbitraries';

/*
 * The fit rules on random teams: fits are comparable across roles, a new role can only add
 * a fit (never change another), and a member who fits their own role well is never called
 * a mismatch because a framework grew.
 */

const RUNS = { numRuns: 150 };

/** A role over any of the framework's skills, at random targets. */
const extraRole = (framework: Framework) =>
  fc
    .array(fc.tuple(fc.constantFrom(...framework.skills.map((s) => s.id)), fc.integer({ min: 1, max: 4 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((targets): RoleProfile => ({
      id: 'added-role',
      name: 'Added role',
      area: 'shared',
      description: '',
      targets: Object.fromEntries(targets.map(([id, level], k) => [id, { level, weight: 1 + (k % 3) }])),
    }));

const withExtraRole = randomCase.chain((input) => extraRole(input.framework).map((role) => ({ input, role })));

describe('fit', () => {
  it('is the same whether read from the level matrix or computed from the levels, null only with no target assessed', () => {
    fc.assert(
      fc.property(randomCase, (input) => {
        const result = analyzeTeam(input);
        const index = indexFramework(input.framework, input.organisation.coverage);
        input.members.forEach((member, m) => {
          for (const fit of result.members[m]!.fits) {
            const role = index.roleById.get(fit.roleId)!;
            const exact = roleFit(member.levels, role, index);
            expect(fit.fit).toBe(exact === null ? null : Math.round(exact * 10) / 10);
            const assessed = role.targets.some((t) => member.levels[t.skillId] !== undefined);
            expect(fit.fit === null).toBe(!assessed);
            if (fit.fit !== null) {
              expect(fit.fit).toBeGreaterThanOrEqual(0);
              expect(fit.fit).toBeLessThanOrEqual(100);
            }
          }
        });
      }),
      RUNS,
    );
  });

  it('flags a mismatch only when the best fit beats the own role by more than 10 points', () => {
    fc.assert(
      fc.property(randomCase, (input) => {
        for (const m of analyzeTeam(input).members) {
          const own = m.fits.find((f) => f.roleId === m.roleId)?.fit ?? null;
          const best = m.fits.find((f) => f.roleId === m.bestRoleId)?.fit ?? null;
          const beaten = own !== null && best !== null && Math.round((best - own) * 10) > 100;
          expect(m.mismatch).toBe(beaten);
        }
      }),
      RUNS,
    );
  });

  it('adding a role changes no other fit and never makes a member who fits their own role at 90 or more a mismatch', () => {
    fc.assert(
      fc.property(withExtraRole, ({ input, role }) => {
        const before = analyzeTeam(input);
        const framework = { ...input.framework, roles: [...input.framework.roles, role] };
        const after = analyzeTeam({ ...input, framework });
        before.members.forEach((b, m) => {
          const a = after.members[m]!;
          expect(a.fits.slice(0, b.fits.length)).toEqual(b.fits);
          const own = b.fits.find((f) => f.roleId === b.roleId)?.fit ?? null;
          if (own !== null && own >= 90) expect(a.mismatch).toBe(false);
        });
      }),
      RUNS,
    );
  });
});
