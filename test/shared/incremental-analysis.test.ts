import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, TeamAnalyzer, type AnalysisInput } from '@shared/analysis';
import type { Member } from '@shared/domain';
import { randomCase } from '../support/arbitraries';
import { builtinFramework } from '../support/fixtures';

/*
 * A TeamAnalyzer kept across edits patches only the rows of the members an edit replaced,
 * and reuses the separation and the hires while their inputs stay the same. Whatever the
 * edits, each of its results must equal a fresh analysis of the same data, exactly.
 */

type Edit =
  | { kind: 'level'; member: number; skill: number; level: number }
  | { kind: 'share'; member: number; skill: number; share: number }
  | { kind: 'role'; member: number; role: number }
  | { kind: 'fte'; member: number; fte: number }
  | { kind: 'team'; member: number; team: string }
  | { kind: 'name'; member: number; name: string }
  | { kind: 'same-copy'; member: number }
  | { kind: 'replace-all' }
  | { kind: 'add' }
  | { kind: 'remove'; member: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'threshold'; threshold: number }
  | { kind: 'min-people'; minPeople: number }
  | { kind: 'rename-organisation' }
  | { kind: 'framework-copy' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('level' as const),
      member: fc.nat(),
      skill: fc.nat(),
      level: fc.integer({ min: 0, max: 4 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('share' as const),
      member: fc.nat(),
      skill: fc.nat(),
      share: fc.constantFrom(0, 10, 25, 40, 60),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('role' as const), member: fc.nat(), role: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('fte' as const), member: fc.nat(), fte: fc.constantFrom(0.5, 0.8, 1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('team' as const),
      member: fc.nat(),
      team: fc.constantFrom('A', 'B', 'C', ''),
    }),
  },
  // Names that collide with others, so that the carrier order's later keys decide.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('name' as const),
      member: fc.nat(),
      name: fc.constantFrom('Member 0', 'Ann', 'Zed', ''),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('same-copy' as const), member: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'replace-all' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'add' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), member: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('threshold' as const), threshold: fc.integer({ min: 0, max: 60 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('min-people' as const), minPeople: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'rename-organisation' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'framework-copy' as const }) },
);

/** The data after one edit, made the way the app makes it: new objects for what changed only. */
function applyEdit(input: AnalysisInput, e: Edit, serial: number): AnalysisInput {
  const { framework, organisation } = input;
  const members = input.members.slice();
  const n = members.length;
  const at = (i: number) => i % n;
  const replace = (i: number, change: (m: Member) => Member) => {
    if (n === 0) return input;
    members[at(i)] = change(members[at(i)]!);
    return { ...input, members };
  };
  const skills = framework.skills;
  const responsibilities = skills.filter((s) => s.kind === 'responsibility');
  switch (e.kind) {
    case 'level':
      return replace(e.member, (m) => ({
        ...m,
        levels: { ...m.levels, [skills[e.skill % skills.length]!.id]: e.level },
      }));
    case 'share':
      if (responsibilities.length === 0) return input;
      return replace(e.member, (m) => ({
        ...m,
        allocation: { ...m.allocation, [responsibilities[e.skill % responsibilities.length]!.id]: e.share },
      }));
    case 'role':
      return replace(e.member, (m) => ({ ...m, role: framework.roles[e.role % framework.roles.length]!.id }));
    case 'fte':
      return replace(e.member, (m) => ({ ...m, fte: e.fte }));
    case 'team':
      return replace(e.member, (m) => ({ ...m, productTeam: e.team }));
    case 'name':
      return replace(e.member, (m) => ({ ...m, name: e.name }));
    case 'same-copy':
      return replace(e.member, (m) => structuredClone(m));
    case 'replace-all':
      return { ...input, members: members.map((m) => structuredClone(m)) };
    case 'add':
      return {
        ...input,
        members: [
          ...members,
          {
            id: `added-${serial}`,
            name: `Added ${serial}`,
            role: framework.roles[0]!.id,
            productTeam: 'A',
            fte: 1,
            levels: {},
            allocation: {},
          },
        ],
      };
    case 'remove':
      if (n === 0) return input;
      members.splice(at(e.member), 1);
      return { ...input, members };
    case 'swap':
      if (n === 0) return input;
      [members[at(e.a)], members[at(e.b)]] = [members[at(e.b)]!, members[at(e.a)]!];
      return { ...input, members };
    case 'threshold':
      return { ...input, organisation: { ...organisation, engineeringLoadThreshold: e.threshold } };
    case 'min-people':
      return {
        ...input,
        organisation: { ...organisation, coverage: { ...organisation.coverage, minPeople: e.minPeople } },
      };
    case 'rename-organisation':
      return { ...input, organisation: { ...organisation, name: `${organisation.name}!` } };
    case 'framework-copy':
      return { ...input, framework: structuredClone(framework) };
  }
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after every edit of any sequence', () => {
    fc.assert(
      fc.property(randomCase, fc.array(edit, { minLength: 1, maxLength: 15 }), (start, edits) => {
        const analyzer = new TeamAnalyzer();
        let data: AnalysisInput = start;
        expect(analyzer.analyze(data)).toStrictEqual(analyzeTeam(data));
        edits.forEach((e, serial) => {
          data = applyEdit(data, e, serial);
          expect(analyzer.analyze(data)).toStrictEqual(analyzeTeam(structuredClone(data)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives each analysis its own lists: a later edit does not change an earlier result', () => {
    fc.assert(
      fc.property(randomCase, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const analyzer = new TeamAnalyzer();
        const first = analyzer.analyze(start);
        const copy = structuredClone(first);
        let data: AnalysisInput = start;
        edits.forEach((e, serial) => {
          data = applyEdit(data, e, serial);
          analyzer.analyze(data);
        });
        expect(first).toStrictEqual(copy);
      }),
      { numRuns: 150 },
    );
  });

  it('refills only the edited row: an edit of one level on a large team leaves other results shared', () => {
    const members = Array.from({ length: 200 }, (_, i): Member => ({
      id: `m${i}`,
      name: `Member ${i}`,
      role: i % 4 === 0 ? 'data-engineer' : 'data-scientist',
      productTeam: i % 2 ? 'A' : 'B',
      fte: 1,
      levels: { 'mathematics-statistics': i % 5, 'data-pipelines': (i * 3) % 5 },
      allocation: i % 3 ? { 'data-pipelines': 30 } : {},
    }));
    const data: AnalysisInput = {
      framework: builtinFramework(),
      organisation: { name: 'Org', productTeams: ['A', 'B'], coverage: { minPeople: 2 }, engineeringLoadThreshold: 20 },
      members,
    };
    const analyzer = new TeamAnalyzer();
    const before = analyzer.analyze(data);
    const edited = members.slice();
    edited[17] = { ...members[17]!, levels: { ...members[17]!.levels, 'mathematics-statistics': 4 } };
    const after = analyzer.analyze({ ...data, members: edited });
    expect(after).toStrictEqual(analyzeTeam({ ...data, members: edited }));
    // Results of members the edit did not touch are the very same objects.
    expect(after.members[16]).toBe(before.members[16]);
    expect(after.members[17]).not.toBe(before.members[17]);
    // A level edit changes nobody's engineering work: the separation is reused as is.
    expect(after.separation).toBe(before.separation);
  });
});
