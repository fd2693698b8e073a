import type { Candidate, Framework, Member, Organisation } from '../domain';
import { analyzeTeam, type AnalysisInput } from './analyze';
import { matchedHire, memberFromCandidate, memberIdFor, teamWithMember } from './candidate-member';
import { round2 } from './numbers';
import type { Analysis, CoverageStatus, Hire } from './types';

/*
 * Candidates side by side with the planned hire they were seen for. For each one: the
 * hire's must-haves they meet, the gaps the team's coverage would close with them in it (the
 * team analysed again with the candidate as the member they would become; a skill the
 * interviews did not assess counts as not held), and the engineering work of the hire they
 * could take over. The ideal profile (the hire's brief: must-haves and nice-to-haves at
 * level) goes through the same steps, as the row to compare with. Nothing here feeds any
 * other analysis: candidates count only in this comparison.
 */

export type MustHaveResult = 'met' | 'short' | 'not-assessed';

export interface MustHaveCheck {
  skillId: string;
  name: string;
  /** The level the brief asks for. */
  level: number;
  /** The candidate's level; null when the interviews did not assess it. */
  candidateLevel: number | null;
  result: MustHaveResult;
}

export interface GapClosed {
  skillId: string;
  name: string;
  statusBefore: CoverageStatus;
  statusAfter: CoverageStatus;
  /** People short of the policy before and with the candidate. */
  gapBefore: number;
  gapAfter: number;
}

export interface CandidateResult {
  /** Null for the ideal profile. */
  candidateId: string | null;
  name: string;
  roleId: string;
  productTeam: string | null;
  mustHaves: MustHaveCheck[];
  mustHavesMet: number;
  mustHavesNotAssessed: number;
  gapsClosed: GapClosed[];
  /** People-at-level the coverage is no longer short of (the sum of the gaps closed). */
  gapUnitsClosed: number;
  singlePointsClosed: number;
  hiresBefore: number;
  hiresAfter: number;
  /** FTE of the hire's work whose must-have level the candidate holds. */
  loadFte: number;
  /** FTE of the hire's work on responsibilities the interviews did not assess. */
  loadUnknownFte: number;
}

export interface HireComparison {
  /** The planned hire; null for candidates whose role the plan hires none of. */
  hire: Hire | null;
  ideal: CandidateResult | null;
  candidates: CandidateResult[];
  /** Ids of the candidates best on each measure (several on a tie; none when all have nothing). */
  best: { mustHaves: string[]; gaps: string[]; load: string[] };
}

export interface CandidateComparisonInput {
  framework: Framework;
  organisation: Organisation;
  members: readonly Member[];
  candidates: readonly Candidate[];
  /** Today's analysis of the team (its plan holds the hires candidates are matched to). */
  analysis: Analysis;
  /**
   * The analyser of the team with one candidate (`key`: the candidate's id, or "#ideal-" and
   * the hire's number). The page keeps a `TeamAnalyzer` per key, so an edit elsewhere refills
   * only the rows it changed; absent, each is analysed afresh.
   */
  analyzerFor?: (key: string) => { analyze(input: AnalysisInput): Analysis };
}

function mustHaveChecks(hire: Hire | null, levels: Readonly<Record<string, number>>): MustHaveCheck[] {
  return (hire?.mustHave ?? []).map((m) => {
    const held = levels[m.skillId];
    const result: MustHaveResult = held === undefined ? 'not-assessed' : held >= m.level ? 'met' : 'short';
    return { skillId: m.skillId, name: m.name, level: m.level, candidateLevel: held ?? null, result };
  });
}

function gapsClosed(before: Analysis, after: Analysis): GapClosed[] {
  const afterById = new Map(after.coverage.map((c) => [c.skillId, c]));
  const closed: GapClosed[] = [];
  for (const b of before.coverage) {
    const a = afterById.get(b.skillId);
    if (a === undefined || a.gap >= b.gap) continue;
    closed.push({
      skillId: b.skillId,
      name: b.name,
      statusBefore: b.status,
      statusAfter: a.status,
      gapBefore: b.gap,
      gapAfter: a.gap,
    });
  }
  return closed;
}

function resultOf(
  input: CandidateComparisonInput,
  who: Pick<Candidate, 'name' | 'role' | 'productTeam' | 'levels'> & { id: string | null },
  hire: Hire | null,
  memberId: string,
): CandidateResult {
  const { framework, organisation, members, analysis } = input;
  const member = memberFromCandidate(who, memberId, framework, hire);
  const team = { framework, organisation, members: teamWithMember(members, member, framework, organisation, true) };
  // "#" is in no id, so the ideal profile's key never meets a candidate's.
  const key = who.id ?? `#ideal-${hire?.number ?? 0}`;
  const after = input.analyzerFor ? input.analyzerFor(key).analyze(team) : analyzeTeam(team);
  const mustHaves = mustHaveChecks(hire, who.levels);
  const closed = gapsClosed(analysis, after);
  const mustLevel = new Map((hire?.mustHave ?? []).map((m) => [m.skillId, m.level]));
  let loadFte = 0;
  let loadUnknownFte = 0;
  for (const work of hire?.takesOver ?? []) {
    const held = who.levels[work.skillId];
    if (held === undefined) loadUnknownFte += work.fte;
    else if (held >= (mustLevel.get(work.skillId) ?? 1)) loadFte += work.fte;
  }
  return {
    candidateId: who.id,
    name: who.name,
    roleId: who.role,
    productTeam: who.productTeam ?? null,
    mustHaves,
    mustHavesMet: mustHaves.filter((m) => m.result === 'met').length,
    mustHavesNotAssessed: mustHaves.filter((m) => m.result === 'not-assessed').length,
    gapsClosed: closed,
    gapUnitsClosed: closed.reduce((sum, g) => sum + (g.gapBefore - g.gapAfter), 0),
    singlePointsClosed: closed.filter(
      (g) => g.statusBefore === 'single-point-of-failure' && g.statusAfter !== 'single-point-of-failure',
    ).length,
    hiresBefore: analysis.summary.hiresRecommended,
    hiresAfter: after.summary.hiresRecommended,
    loadFte: round2(loadFte),
    loadUnknownFte: round2(loadUnknownFte),
  };
}

/** The ids of the results with the highest `score`, when it is above 0. */
function bestBy(results: readonly CandidateResult[], score: (r: CandidateResult) => number): string[] {
  const top = Math.max(0, ...results.map(score));
  return top > 0 ? results.filter((r) => score(r) === top).map((r) => r.candidateId!) : [];
}

/** The brief as a profile: the must-haves at their level, then the nice-to-haves at theirs. */
export function idealLevels(hire: Hire): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const s of hire.niceToHave) levels[s.skillId] = s.level;
  for (const s of hire.mustHave) levels[s.skillId] = Math.max(levels[s.skillId] ?? 0, s.level);
  return levels;
}

/** Every candidate compared, grouped by the planned hire they match, in the plan's order. */
export function compareCandidates(input: CandidateComparisonInput): HireComparison[] {
  const { analysis, members } = input;
  const taken = new Set(members.map((m) => m.id));
  const memberId = memberIdFor('candidate', taken);
  const groups = new Map<Hire | null, Candidate[]>();
  for (const candidate of input.candidates) {
    const hire = matchedHire(candidate, analysis.plan.hires);
    groups.set(hire, [...(groups.get(hire) ?? []), candidate]);
  }
  const order = [...analysis.plan.hires.filter((h) => groups.has(h)), ...(groups.has(null) ? [null] : [])];
  return order.map((hire) => {
    const candidates = groups.get(hire)!.map((c) => resultOf(input, c, hire, memberId));
    const ideal =
      hire === null
        ? null
        : resultOf(
            input,
            {
              id: null,
              name: `Ideal ${hire.roleName}`,
              role: hire.roleId,
              ...(hire.productTeam === null ? {} : { productTeam: hire.productTeam }),
              levels: idealLevels(hire),
            },
            hire,
            memberId,
          );
    return {
      hire,
      ideal,
      candidates,
      best: {
        mustHaves: bestBy(candidates, (r) => r.mustHavesMet),
        gaps: bestBy(candidates, (r) => r.gapUnitsClosed),
        load: bestBy(candidates, (r) => r.loadFte),
      },
    };
  });
}
