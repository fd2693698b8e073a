import { describe, expect, it } from 'vitest';
import { AppData, candidateIssuesOf, initialData, reconcileCandidates, renameCandidatesTeam } from '@shared/data';
import type { Candidate, Framework } from '@shared/domain';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

const framework = builtinFramework();
const base = (): AppData => ({ ...initialData(sampleTeam(), framework), sample: false });
const team = (data: AppData) => data.organisation.productTeams[0] ?? data.members[0]!.productTeam;

const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  id: 'rita',
  name: 'Rita Alves',
  role: 'data-engineer',
  levels: { 'data-pipelines': 3 },
  ...over,
});

describe('candidate checks', () => {
  it('accepts a candidate whose role, skills and product team are known', () => {
    const data = base();
    const ok = { ...data, candidates: [candidate({ productTeam: team(data) })] };
    expect(candidateIssuesOf(ok)).toEqual([]);
    expect(AppData.safeParse(ok).success).toBe(true);
  });

  it('names the candidate and the field of every problem', () => {
    const data = base();
    const bad = {
      ...data,
      candidates: [
        candidate({ role: 'astronaut', productTeam: 'Nowhere', levels: { telepathy: 2, 'data-pipelines': 9 } }),
        candidate({ name: 'Second Rita' }),
      ],
    };
    expect(candidateIssuesOf(bad).map((i) => [i.path.join('.'), i.message])).toEqual([
      ['candidates.0.role', 'candidate "Rita Alves": unknown role "astronaut"'],
      ['candidates.0.productTeam', 'candidate "Rita Alves": product team "Nowhere" is not one of the organisation\'s'],
      ['candidates.0.levels.telepathy', 'candidate "Rita Alves": unknown skill id "telepathy"'],
      ['candidates.0.levels.data-pipelines', 'candidate "Rita Alves": level 9 is above the scale\'s top level 4'],
      ['candidates.1.id', 'candidate "Second Rita": duplicate candidate id "rita" (also candidates[0])'],
    ]);
    const parsed = AppData.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('candidates.0.productTeam');
  });

  it("accepts a member's product team that the organisation does not list", () => {
    const data = base();
    const members = [{ ...data.members[0]!, productTeam: 'Skunkworks' }, ...data.members.slice(1)];
    expect(candidateIssuesOf({ ...data, members, candidates: [candidate({ productTeam: 'Skunkworks' })] })).toEqual([]);
  });
});

describe('candidates follow changes instead of blocking them', () => {
  it('returns the same data when every candidate fits', () => {
    const data = { ...base(), candidates: [candidate()] };
    expect(reconcileCandidates(data)).toBe(data);
  });

  it('clears a product team that is gone and says so in the notes', () => {
    const data = { ...base(), candidates: [candidate({ productTeam: 'Gone', notes: 'Strong on Spark.' })] };
    const next = reconcileCandidates(data);
    expect(next.candidates[0]!.productTeam).toBeUndefined();
    expect(next.candidates[0]!.notes).toBe(
      'Strong on Spark.\nProduct team "Gone" is no longer in the organisation: cleared.',
    );
    expect(candidateIssuesOf(next)).toEqual([]);
  });

  it('drops levels of removed skills, caps levels above a lowered scale and makes a lost role "other"', () => {
    const smaller: Framework = {
      ...framework,
      scale: { levels: framework.scale.levels.slice(0, 3) },
      skills: framework.skills.filter((s) => s.id !== 'data-pipelines'),
      roles: framework.roles
        .filter((r) => r.id !== 'data-engineer')
        .map((r) => ({
          ...r,
          targets: Object.fromEntries(
            Object.entries(r.targets)
              .filter(([id]) => id !== 'data-pipelines')
              .map(([id, t]) => [id, { ...t, level: Math.min(t.level, 2) }]),
          ),
        })),
    };
    const data = {
      ...base(),
      framework: smaller,
      candidates: [candidate({ levels: { 'data-pipelines': 3, 'data-modelling': 4 } })],
    };
    const [fixed] = reconcileCandidates(data, { framework }).candidates;
    expect(fixed!.role).toBe('other');
    expect(fixed!.levels).toEqual({ 'data-modelling': 2 });
    expect(fixed!.notes!.split('\n')).toEqual([
      'Role "Data engineer" is no longer in the framework: set to no framework role.',
      'Level 3 for skill "Data pipelines (ETL)" dropped: the skill is no longer in the framework.',
      'Level 4 for skill "Data modelling" capped at 2, the scale\'s top level.',
    ]);
    expect(candidateIssuesOf({ ...data, candidates: [fixed!] })).toEqual([]);
  });

  it('keeps notes within their limit, the notice last', () => {
    const long = 'x'.repeat(2000);
    const data = { ...base(), candidates: [candidate({ productTeam: 'Gone', notes: long })] };
    const notes = reconcileCandidates(data).candidates[0]!.notes!;
    expect(notes.length).toBeLessThanOrEqual(2000);
    expect(notes.endsWith('Product team "Gone" is no longer in the organisation: cleared.')).toBe(true);
  });

  it('renames the product team of the candidates seen for it, and only theirs', () => {
    const other = candidate({ id: 'sam', productTeam: 'Search' });
    const list = [candidate({ productTeam: 'Payments' }), other];
    const renamed = renameCandidatesTeam(list, 'Payments', 'Checkout');
    expect(renamed.map((c) => c.productTeam)).toEqual(['Checkout', 'Search']);
    expect(renamed[1]).toBe(other);
    expect(renameCandidatesTeam(list, 'Nowhere', 'X')).toBe(list);
  });
});
