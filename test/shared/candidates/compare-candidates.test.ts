import { describe, expect, it } from 'vitest';
import { analyzeTeam, TeamAnalyzer } from '@shared/analysis';
import { defaultAllocation, matchedHire, memberFromCandidate, teamWithMember } from '@shared/analysis/candidate-member';
import { compareCandidates, idealLevels } from '@shared/analysis/candidates';
import type { Candidate } from '@shared/domain';
import { builtinFramework } from '../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../support/nine-person-team';

const framework = builtinFramework();
const organisation = nineOrganisation();
const members = nineMembers(framework);
const analysis = analyzeTeam({ framework, organisation, members });
const hire = analysis.plan.hires.find((h) => h.roleId === 'data-engineer')!;

/** A candidate at the brief's level on every must-have but `short`, one below there, and `unknown` left out. */
function candidate(id: string, short: string[] = [], unknown: string[] = []): Candidate {
  const levels: Record<string, number> = {};
  for (const m of hire.mustHave) {
    if (unknown.includes(m.skillId)) continue;
    levels[m.skillId] = short.includes(m.skillId) ? m.level - 1 : m.level;
  }
  return { id, name: id, role: 'data-engineer', levels };
}

describe('compareCandidates on the 9-person team', () => {
  const [first, second] = hire.mustHave.map((m) => m.skillId);
  const strong = candidate('strong');
  const weak = candidate('weak', [first!], [second!]);
  const [group] = compareCandidates({ framework, organisation, members, candidates: [weak, strong], analysis });

  it("matches both to the plan's data-engineer hire and compares them with its brief", () => {
    expect(group!.hire).toBe(hire);
    expect(group!.candidates.map((c) => c.candidateId)).toEqual(['weak', 'strong']);
    expect(group!.ideal!.mustHavesMet).toBe(hire.mustHave.length);
  });

  it('counts the must-haves met, short and not assessed', () => {
    const [w, s] = group!.candidates;
    expect(s!.mustHavesMet).toBe(hire.mustHave.length);
    expect(w!.mustHavesMet).toBe(hire.mustHave.length - 2);
    expect(w!.mustHavesNotAssessed).toBe(1);
    expect(w!.mustHaves.find((m) => m.skillId === second)).toMatchObject({
      candidateLevel: null,
      result: 'not-assessed',
    });
    expect(w!.mustHaves.find((m) => m.skillId === first)!.result).toBe('short');
    expect(group!.best.mustHaves).toEqual(['strong']);
  });

  it("takes over the hire's work: a candidate who meets it all absorbs it all and the plan drops the hire", () => {
    const [, s] = group!.candidates;
    expect(s!.loadFte).toBeCloseTo(hire.absorbsFte + hire.replacesFte, 2);
    expect(s!.hiresAfter).toBeLessThan(s!.hiresBefore);
    expect(s!.hiresBefore).toBe(analysis.summary.hiresRecommended);
    expect(group!.best.load).toContain('strong');
  });

  it('counts a not-assessed level as not held, never as a 0 that was assessed', () => {
    // A candidate assessed on nothing changes no skill's number of people assessed.
    const blank: Candidate = { id: 'blank', name: 'blank', role: 'data-engineer', levels: {} };
    const [g] = compareCandidates({ framework, organisation, members, candidates: [blank], analysis });
    const result = g!.candidates[0]!;
    expect(result.mustHavesMet).toBe(0);
    expect(result.mustHavesNotAssessed).toBe(hire.mustHave.length);
    expect(result.gapsClosed).toEqual([]);
    expect(result.loadFte).toBe(0);
    expect(result.loadUnknownFte).toBeCloseTo(hire.absorbsFte + hire.replacesFte, 2);
  });

  it('puts a candidate for a role the plan does not hire in a group of their own', () => {
    const scientist: Candidate = { id: 'sci', name: 'sci', role: 'data-scientist', levels: {} };
    const groups = compareCandidates({ framework, organisation, members, candidates: [scientist, strong], analysis });
    expect(groups.map((g) => g.hire?.roleId ?? null)).toEqual(['data-engineer', null]);
    expect(groups[1]!.ideal).toBeNull();
    expect(groups[1]!.candidates[0]!.mustHaves).toEqual([]);
  });

  it('leaves the analysis of the team as it was', () => {
    expect(analyzeTeam({ framework, organisation, members })).toEqual(analysis);
  });
});

describe('the member a candidate becomes', () => {
  it('keeps only the assessed levels and starts with the work the hire takes over', () => {
    const c: Candidate = {
      id: 'rita',
      name: 'Rita',
      role: 'data-engineer',
      productTeam: 'Search',
      levels: { 'data-pipelines': 3 },
    };
    const member = memberFromCandidate(c, 'rita', framework, hire);
    expect(member.levels).toEqual({ 'data-pipelines': 3 });
    expect(member.productTeam).toBe('Search');
    for (const work of hire.takesOver) expect(member.allocation[work.skillId]).toBe(Math.round(work.fte * 100));
    const total = Object.values(member.allocation).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(100);
    expect(total).toBeGreaterThan(90);
  });

  it("spreads a role's time over its own responsibilities when no planned hire matches", () => {
    const allocation = defaultAllocation('data-engineer', framework, null);
    expect(Object.keys(allocation).length).toBeGreaterThan(0);
    const skills = new Map(framework.skills.map((s) => [s.id, s]));
    for (const id of Object.keys(allocation)) expect(skills.get(id)!.kind).toBe('responsibility');
  });

  it('takes engineering work off the scientists over the threshold when asked to', () => {
    const member = memberFromCandidate(candidate('rita'), 'rita', framework, hire);
    const joined = teamWithMember(members, member, framework, organisation, true);
    expect(joined.at(-1)).toBe(member);
    const after = analyzeTeam({ framework, organisation, members: joined });
    expect(after.separation.engineeringFteCarriedByScientists).toBeLessThan(
      analysis.separation.engineeringFteCarriedByScientists,
    );
    const kept = teamWithMember(members, member, framework, organisation, false);
    expect(kept.slice(0, -1).every((m, i) => m === members[i])).toBe(true);
  });

  it('matches the hire in the product team the candidate was seen for', () => {
    expect(matchedHire({ role: 'data-engineer' }, analysis.plan.hires)).toBe(hire);
    expect(matchedHire({ role: 'nobody' }, analysis.plan.hires)).toBeNull();
    expect(idealLevels(hire)[hire.mustHave[0]!.skillId]).toBe(hire.mustHave[0]!.level);
  });
});

describe('compareCandidates with kept analysers', () => {
  it('gives the same comparison as fresh analyses, after an edit of one member too', () => {
    const candidates: Candidate[] = [
      candidate('a'),
      { id: 'b', name: 'b', role: 'data-engineer', levels: {} },
      { id: 'c', name: 'c', role: 'data-scientist', levels: { 'ml-algorithms': 4 } },
    ];
    const kept = new Map<string, TeamAnalyzer>();
    const analyzerFor = (key: string) => kept.get(key) ?? kept.set(key, new TeamAnalyzer()).get(key)!;
    const input = { framework, organisation, members, candidates, analysis };
    expect(compareCandidates({ ...input, analyzerFor })).toEqual(compareCandidates(input));
    const edited = members.map((m, i) => (i === 0 ? { ...m, levels: { ...m.levels, 'data-pipelines': 4 } } : m));
    const editedInput = {
      ...input,
      members: edited,
      analysis: analyzeTeam({ framework, organisation, members: edited }),
    };
    expect(compareCandidates({ ...editedInput, analyzerFor })).toEqual(compareCandidates(editedInput));
    expect([...kept.keys()].sort()).toEqual(['#ideal-' + String(hire.number), 'a', 'b', 'c'].sort());
  });
});
