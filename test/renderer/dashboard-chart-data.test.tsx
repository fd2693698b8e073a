import { describe, expect, it, vi } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { analyzeTeam, TeamAnalyzer } from '@shared/analysis';
import { initialData, type AppData } from '@shared/data';
import type { Member, TeamFile } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { PALETTE, areaColour } from '@renderer/charts/setup';
import { mixedTeam } from './mixed-team';
import {
  axisMaxOf,
  coverageByArea,
  coverageBySkill,
  defaultGrouping,
  type CoverageBar,
} from '@renderer/screens/dashboard/data/coverage-bars';
import { roleFit } from '@renderer/screens/dashboard/data/role-fit';
import { gapBars } from '@renderer/screens/dashboard/data/gap-bars';
import { AGGREGATE_ABOVE } from '@renderer/screens/dashboard/data/product-teams';
import { singlePointsOfFailure } from '@renderer/screens/dashboard/data/single-points';
import { heatKey, heatStep, skillsHeatmap } from '@renderer/screens/dashboard/data/skills-heatmap';
import { summaryTiles } from '@renderer/screens/dashboard/data/summary-tiles';
import { lazyTable } from '@renderer/screens/dashboard/data/table';
import { timeAllocation } from '@renderer/screens/dashboard/data/time-allocation';

const sample = (): AppData => initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());
const analyse = (data: AppData) =>
  analyzeTeam({ framework: data.framework, organisation: data.organisation, members: data.members });

/** The sample team plus `n` copies of one member in a new product team. */
function withCopies(data: AppData, n: number, productTeam = 'Platform'): AppData {
  const template = data.members.find((m) => m.id === 'mei-chen')!;
  const copies: Member[] = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `copy-${i}`,
    name: `Copy ${i}`,
    productTeam,
  }));
  return { ...data, members: [...data.members, ...copies] };
}

describe('dashboard chart data', () => {
  it('summary tiles carry the analysis summary', () => {
    const data = sample();
    const analysis = analyse(data);
    const tiles = Object.fromEntries(summaryTiles(analysis).map((t) => [t.id, t.value]));
    expect(tiles).toEqual({ members: '8', gaps: '8', spof: '7', carried: '1.77', hires: '3' });
    expect(summaryTiles(analysis)[0]!.hint).toBe('7 scientists, 1 engineer');
  });

  it('holders against needed: one bar per required skill from the analysis, shortfalls first', () => {
    const data = sample();
    const analysis = analyse(data);
    const view = coverageBySkill(analysis);
    const required = analysis.coverage.filter((c) => c.status !== 'not-required');
    expect(view.bars).toHaveLength(required.length);
    // Each bar carries the analysis's own numbers for its skill.
    for (const bar of view.bars) {
      const c = required.find((r) => r.skillId === bar.key)!;
      expect([bar.holders, bar.needed, bar.gap]).toEqual([c.holders, c.needed, c.gap]);
    }
    // Shortfalls first, the largest first; then the thinnest cover.
    const margins = view.bars.map((b) => b.holders - b.needed);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
    expect(view.bars.slice(0, 2).map((b) => [b.label, b.holders, b.needed])).toEqual([
      ['Product integration', 0, 2],
      ['Data storytelling', 1, 2],
    ]);
    expect(view.bars.filter((b) => b.gap > 0)).toHaveLength(analysis.summary.skillsWithGaps);
    // The table is the same bars, row by row.
    expect(view.table.rows.map((r) => [r[0], r[3], r[4], r[5]])).toEqual(
      view.bars.map((b) => [b.label, b.holders, b.needed, b.gap]),
    );
    expect(view.summary).toMatch(
      /^Bar chart of 31 required skills.*8 short, 9 people in all; the largest shortfall is Product integration\.$/,
    );
  });

  it('holders against needed on a mixed team: the uncovered skill leads, unassessed people hold nothing', () => {
    const data = mixedTeam();
    const analysis = analyse(data);
    const view = coverageBySkill(analysis);
    expect(view.bars[0]).toMatchObject({ key: 'cloud-ml-services', holders: 6, needed: 12, gap: 6 });
    expect(view.bars[1]).toMatchObject({ key: 'data-security', holders: 0, needed: 3, gap: 3 });
    expect(view.bars.slice(2).every((b) => b.gap === 0)).toBe(true);
    expect(view.bars[1]!.detail).toBe('Data security: 0 people at level 4 or above; the policy needs 3 (short by 3).');
  });

  it('the value axis stops at twice the largest need, so a skill many hold does not squash the shortfalls', () => {
    const bar = (holders: number, needed: number) => ({ holders, needed }) as CoverageBar;
    expect(axisMaxOf([bar(40, 2), bar(0, 2)])).toBe(4);
    expect(axisMaxOf([bar(3, 2), bar(1, 2)])).toBe(3);
    expect(axisMaxOf([bar(1, 6), bar(0, 6)])).toBe(6);
    expect(axisMaxOf([bar(50, 12), bar(6, 12)])).toBe(24);
    // The sample: needs of 2, holders up to 7.
    expect(coverageBySkill(analyse(sample())).axisMax).toBe(4);
  });

  it('by area: places filled against needed per area and kind, a surplus on one skill covering no other', () => {
    const data = mixedTeam();
    const analysis = analyse(data);
    const view = coverageByArea(analysis);
    expect(view.bars.map((b) => b.label)).toEqual([
      'Data science responsibilities',
      'Data science skills',
      'Data engineering responsibilities',
      'Data engineering skills',
      'Shared skills',
    ]);
    const required = analysis.coverage.filter((c) => c.status !== 'not-required');
    for (const bar of view.bars) {
      const [area, kind] = bar.key.split('/');
      const inGroup = required.filter((c) => c.area === area && c.kind === kind);
      expect(bar.skills).toBe(inGroup.length);
      expect(bar.needed).toBe(inGroup.reduce((sum, c) => sum + c.needed, 0));
      expect(bar.holders).toBe(inGroup.reduce((sum, c) => sum + Math.min(c.holders, c.needed), 0));
      expect(bar.gap).toBe(bar.needed - bar.holders);
    }
    // Data science skills: four skills at 3 each and Cloud ML services at 12, 6 held; the
    // 14 holders of Data storytelling fill its own 3 places and no more.
    const skills = view.bars.find((b) => b.key === 'data-science/skill')!;
    expect([skills.skills, skills.skillsShort, skills.holders, skills.needed]).toEqual([4, 1, 15, 21]);
    expect(view.bars.reduce((sum, b) => sum + b.gap, 0)).toBe(analysis.summary.totalGap);
    expect(view.table.rows.find((r) => r[0] === 'Data science skills')).toEqual([
      'Data science skills',
      4,
      1,
      15,
      21,
      6,
    ]);
    expect(view.summary).toContain(
      '2 short: Data science skills, 15 of 21 places filled; Data engineering responsibilities',
    );
  });

  it('opens by skill up to 32 required skills (as many as the built-in framework has) and by area above', () => {
    const data = sample();
    expect(defaultGrouping(analyse(data))).toBe('skill');
    const extra = Array.from({ length: 10 }, (_, i) => ({
      id: `extra-${i}`,
      name: `Extra skill ${i}`,
      area: 'shared' as const,
      kind: 'skill' as const,
      description: '',
    }));
    const roles = data.framework.roles.map((r) => ({
      ...r,
      targets: { ...r.targets, ...Object.fromEntries(extra.map((s) => [s.id, { level: 2, weight: 1 }])) },
    }));
    const big = { ...data, framework: { ...data.framework, skills: [...data.framework.skills, ...extra], roles } };
    expect(analyse(data).summary.requiredSkills).toBe(31);
    expect(analyse(big).summary.requiredSkills).toBe(41);
    expect(defaultGrouping(analyse(big))).toBe('area');
  });

  it('gap bars: one bar per skill with a gap, the largest first, coloured by area, with the table in step', () => {
    const data = sample();
    const analysis = analyse(data);
    const gaps = gapBars(analysis);
    const required = analysis.coverage
      .filter((c) => c.status !== 'not-required' && c.gap > 0)
      .sort((a, b) => b.gap - a.gap);
    expect(required).toHaveLength(8);
    expect(gaps.labels).toEqual(required.map((c) => c.name));
    expect(gaps.gaps).toEqual(required.map((c) => c.gap));
    expect(gaps.gaps[0]).toBe(2);
    expect(gaps.colours).toEqual(required.map((c) => areaColour(c.area)));
    expect(gaps.table.rows.map((r) => r[5])).toEqual(gaps.gaps);
    expect(gaps.gaps.reduce((a, b) => a + b, 0)).toBe(analysis.summary.totalGap);
    expect(gaps.summary).toContain('the largest gap is Product integration');
  });

  it('gap bars on a mixed team: only its two gaps, in the order of their size', () => {
    const gaps = gapBars(analyse(mixedTeam()));
    expect(gaps.labels).toEqual(['Cloud ML services', 'Data security']);
    expect(gaps.gaps).toEqual([6, 3]);
    expect(gaps.areas).toEqual(['data-science', 'data-engineering']);
    expect(gaps.table.rows).toEqual([
      ['Cloud ML services', 'Data science', 3, 12, 6, 6, 'Below policy'],
      ['Data security', 'Data engineering', 4, 3, 0, 3, 'Uncovered'],
    ]);
    expect(gaps.summary).toBe(
      'Bar chart of the 2 of 26 required skills short of the coverage policy, 9 people in all; the largest gap is Cloud ML services.',
    );
  });

  it('gap bars say plainly that no skill is below the policy, and draw nothing', () => {
    const data = mixedTeam();
    const covered = { ...data, organisation: { ...data.organisation, coverage: { minPeople: 1 } } };
    const analysis = analyse(covered);
    expect(analysis.summary.skillsWithGaps).toBe(0);
    const gaps = gapBars(analysis);
    expect(gaps.labels).toEqual([]);
    expect(gaps.table.rows).toEqual([]);
    expect(gaps.summary).toBe(
      'No skill is below the policy: each of the 26 required skills has the people the coverage policy needs.',
    );
  });

  it('heat steps span the five-step ramp whatever the scale', () => {
    expect([0, 1, 2, 3, 4].map((l) => heatStep(l, 4))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 5, 10].map((l) => heatStep(l, 10))).toEqual([0, 2, 4]);
    expect(heatStep(2.6, 4)).toBe(3);
    expect(heatStep(3, 0)).toBe(0);
  });

  it("the heat key names the levels of each step of the ramp, whatever the scale's length", () => {
    expect(heatKey(sample().framework.scale)).toEqual([
      { step: 0, label: '0 None' },
      { step: 1, label: '1 Awareness' },
      { step: 2, label: '2 Working' },
      { step: 3, label: '3 Practitioner' },
      { step: 4, label: '4 Expert' },
    ]);
    const names = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
    const ten = { levels: names.map((name, level) => ({ level, name, description: '' })) };
    expect(heatKey(ten)).toEqual([
      { step: 0, label: '0–1 Zero to One' },
      { step: 1, label: '2–3 Two to Three' },
      { step: 2, label: '4–6 Four to Six' },
      { step: 3, label: '7–8 Seven to Eight' },
      { step: 4, label: '9–10 Nine to Ten' },
    ]);
    // A three-level scale uses the ends and the middle of the ramp.
    const three = { levels: ['No', 'Some', 'Full'].map((name, level) => ({ level, name, description: '' })) };
    expect(heatKey(three).map((k) => k.step)).toEqual([0, 2, 4]);
  });

  it('the heatmap of a mixed team: product-team averages, and a row for people in no product team', () => {
    const data = mixedTeam();
    const heat = skillsHeatmap(analyse(data), data);
    expect(heat.aggregated).toBe(true);
    expect(heat.rows.map((r) => [r.label, r.count])).toEqual([
      ['Logistics', 12],
      ['Marketing', 12],
      ['No product team', 12],
      ['Payments', 12],
      ['Search', 12],
    ]);
    // An average is over the members assessed on the skill: not assessed is not 0.
    const col = heat.columns.findIndex((c) => c.skillId === 'data-security');
    const assessed = data.members.filter((m) => m.productTeam === '' && m.levels['data-security'] !== undefined);
    const mean = assessed.reduce((sum, m) => sum + m.levels['data-security']!, 0) / assessed.length;
    expect(heat.rows.find((r) => r.label === 'No product team')!.levels[col]).toBe(
      assessed.length === 0 ? null : Math.round(mean * 10) / 10,
    );
  });

  it('the heatmap tells not assessed from 0, in its cells and its table, and averages only the assessed', () => {
    const data = sample();
    const [first, second] = data.members;
    const skillId = analyse(data).coverage[0]!.skillId;
    const levels = (m: Member, level: number | null) => {
      const next = { ...m.levels };
      if (level === null) delete next[skillId];
      else next[skillId] = level;
      return { ...m, levels: next };
    };
    const changed = {
      ...data,
      members: data.members.map((m) => (m === first ? levels(m, null) : m === second ? levels(m, 0) : m)),
    };
    const heat = skillsHeatmap(analyse(changed), changed);
    const col = heat.columns.findIndex((c) => c.skillId === skillId);
    expect(heat.rows[0]!.levels[col]).toBeNull();
    expect(heat.rows[1]!.levels[col]).toBe(0);
    expect(heat.table.rows[0]![col + 1]).toBe('not assessed');
    expect(heat.table.rows[1]![col + 1]).toBe(0);

    // A product team where only some are assessed averages those; where none are, it is null.
    const many = withCopies(changed, AGGREGATE_ABOVE);
    const onlyTeam = {
      ...many,
      members: many.members.map((m) => ({ ...levels(m, m.id.endsWith('-1') ? 4 : null), productTeam: 'Solo' })),
    };
    const perTeam = skillsHeatmap(analyse(onlyTeam), onlyTeam);
    expect(onlyTeam.members.filter((m) => m.levels[skillId] !== undefined)).toHaveLength(1);
    expect(perTeam.rows[0]!.levels[col]).toBe(4);
    const nobody = { ...onlyTeam, members: onlyTeam.members.map((m) => levels(m, null)) };
    expect(skillsHeatmap(analyse(nobody), nobody).rows[0]!.levels[col]).toBeNull();
  });

  it('the product-team heatmap after edits (a level, a team, a member gone or added) equals a fresh one', () => {
    const data = mixedTeam();
    // Copies of every member: new objects, so nothing can come from what earlier calls kept.
    const fresh = (d: AppData) => {
      const copy = { ...d, members: d.members.map((m) => ({ ...m, levels: { ...m.levels } })) };
      return skillsHeatmap(analyse(copy), copy);
    };
    const skillId = analyse(data).coverage[0]!.skillId;
    let current = data;
    skillsHeatmap(analyse(current), current);
    const edits: ((members: Member[]) => Member[])[] = [
      (ms) => ms.map((m, i) => (i === 3 ? { ...m, levels: { ...m.levels, [skillId]: 5 } } : m)),
      (ms) => ms.map((m, i) => (i === 7 ? { ...m, productTeam: 'Brand new' } : m)),
      (ms) => ms.filter((_, i) => i !== 0),
      (ms) => [...ms, { ...ms[1]!, id: 'extra', levels: { [skillId]: 2 } }],
      (ms) => ms.map((m) => (m.productTeam === 'Brand new' ? { ...m, productTeam: '' } : m)),
    ];
    for (const edit of edits) {
      current = { ...current, members: edit(current.members) };
      expect(skillsHeatmap(analyse(current), current)).toEqual(fresh(current));
    }
    // Back to the first data: the heatmap of the original members.
    expect(skillsHeatmap(analyse(data), data)).toEqual(fresh(data));
  });

  it('the heatmap shows members up to the limit, product-team averages above it', () => {
    const atLimit = withCopies(sample(), AGGREGATE_ABOVE - 8);
    const perMember = skillsHeatmap(analyse(atLimit), atLimit);
    expect(perMember.aggregated).toBe(false);
    expect(perMember.rows).toHaveLength(AGGREGATE_ABOVE);

    const over = withCopies(sample(), AGGREGATE_ABOVE - 7);
    const perTeam = skillsHeatmap(analyse(over), over);
    expect(perTeam.aggregated).toBe(true);
    expect(perTeam.rows.map((r) => [r.label, r.count])).toEqual([
      ['Checkout', 3],
      ['Platform', 43],
      ['Recommendations', 3],
      ['Supply chain', 2],
    ]);
    const col = perTeam.columns.findIndex((c) => c.skillId === 'data-pipelines');
    const supply = over.members.filter(
      (m) => m.productTeam === 'Supply chain' && m.levels['data-pipelines'] !== undefined,
    );
    const mean = supply.reduce((s, m) => s + m.levels['data-pipelines']!, 0) / supply.length;
    expect(perTeam.rows.find((r) => r.label === 'Supply chain')!.levels[col]).toBe(Math.round(mean * 10) / 10);
    expect(perTeam.table.rows[0]![0]).toBe('Checkout (3)');
  });

  it('role fit: per employed role, who fits it best and which role fits the others; the table has every role', () => {
    const data = sample();
    const analysis = analyse(data);
    const fit = roleFit(analysis, data);
    // Everyone is employed as a scientist or an engineer; Kwame, a scientist running
    // pipelines, fits data engineering best by more than the margin.
    expect(fit.employed.map((e) => [e.roleId, e.members])).toEqual([
      ['data-scientist', 7],
      ['data-engineer', 1],
    ]);
    expect(fit.series.map((s) => [s.roleId, s.counts])).toEqual([
      ['data-scientist', [6, 0]],
      ['data-engineer', [1, 1]],
    ]);
    expect(fit.mismatches).toBe(1);
    const roles = data.framework.roles;
    expect(fit.table.header).toEqual([
      'Member',
      'Employed as',
      ...roles.map((r) => `${r.name} fit`),
      'Best fit',
      'Mismatch',
    ]);
    expect(fit.table.rows.map((r) => r.slice(2, 2 + roles.length))).toEqual(
      analysis.members.map((m) => roles.map((r) => m.fits.find((f) => f.roleId === r.id)!.fit)),
    );
    expect(fit.summary).toBe(
      'Role fit of 8 members by the role they are employed as; 1 whose best fit is another role by more than 10 points.',
    );
  });

  it('role fit shows any number of roles and leaves members with no framework role out, saying so', () => {
    const data = sample();
    const members = data.members.map((m, i) =>
      i === 0 ? { ...m, role: 'other' } : i === 1 ? { ...m, role: 'data-analyst' } : m,
    );
    const mixed = { ...data, members };
    const fit = roleFit(analyse(mixed), mixed);
    expect(fit.employed.map((e) => e.roleId)).toEqual(['data-scientist', 'data-engineer', 'data-analyst']);
    expect(fit.noFrameworkRole).toBe(1);
    expect(fit.summary).toContain('1 with no framework role, left out');
    expect(fit.series.reduce((n, s) => n + s.counts.reduce((a, b) => a + b, 0), 0)).toBe(7);
  });

  it('time allocation: carried engineering apart from the engineers’ own, adding up to 100 %', () => {
    const data = sample();
    const allocation = timeAllocation(analyse(data), data);
    const [carried, own, science, other] = allocation.series;
    const at = (name: string) => allocation.labels.indexOf(name);
    expect(carried!.colour).toBe(PALETTE.warning);
    expect(carried!.values[at('Kwame Mensah')]).toBe(60);
    expect(science!.values[at('Kwame Mensah')]).toBe(40);
    expect([carried, own, science, other].map((s) => s!.values[at('Ana Lima')])).toEqual([25, 0, 70, 5]);
    expect([carried, own, science, other].map((s) => s!.values[at('Priya Raman')])).toEqual([0, 100, 0, 0]);
    allocation.labels.forEach((_, i) => {
      expect(allocation.series.reduce((sum, s) => sum + s.values[i]!, 0)).toBeCloseTo(100, 5);
    });
    expect(allocation.threshold).toBe(20);
    expect(allocation.summary).toContain('4 scientists spend more than the 20 % threshold');
  });

  it('time allocation averages per product team above the limit', () => {
    const data = withCopies(sample(), AGGREGATE_ABOVE - 7, 'Checkout');
    const allocation = timeAllocation(analyse(data), data);
    expect(allocation.aggregated).toBe(true);
    expect(allocation.labels).toEqual(['Checkout (46)', 'Recommendations (3)', 'Supply chain (2)']);
    // Recommendations: Ana 25, Fatima 10, Aiko 5 % carried engineering → 13.3 on average.
    expect(allocation.series[0]!.values[1]).toBe(13.3);
  });

  it('single points of failure name the person, in framework order', () => {
    const data = sample();
    const points = singlePointsOfFailure(analyse(data), data);
    expect(points.map((p) => [p.skillId, p.person])).toEqual([
      ['data-storytelling', 'Ana Lima'],
      ['cloud-ml-services', 'Tomasz Nowak'],
      ['data-security', 'Priya Raman'],
      ['data-warehouse-solutions', 'Priya Raman'],
      ['ml-deployment-pipelines', 'Kwame Mensah'],
      ['data-warehousing', 'Priya Raman'],
      ['big-data-technologies', 'Priya Raman'],
    ]);
  });
});

describe('dashboard theme colours', () => {
  it('after an edit of one member, the others keep their derived points and the numbers are fresh ones', () => {
    const data = withCopies(sample(), AGGREGATE_ABOVE + 10);
    const analyzer = new TeamAnalyzer();
    const before = analyzer.analyze(data);
    const members = data.members.slice();
    const edited = members.findIndex((m) => m.id === 'mei-chen');
    const level = members[edited]!.levels['data-pipelines'] ?? 0;
    members[edited] = {
      ...members[edited]!,
      levels: { ...members[edited]!.levels, 'data-pipelines': (level + 2) % 5 },
    };
    const next = { ...data, members };
    const after = analyzer.analyze(next);
    const fresh = analyse(next);
    // Whatever is reused, each function gives what it gives on a fresh analysis of fresh objects.
    const copy = structuredClone(next);
    for (const derive of [roleFit, skillsHeatmap, timeAllocation, singlePointsOfFailure] as const) {
      expect(JSON.stringify(derive(after, next))).toBe(JSON.stringify(derive(fresh, copy)));
    }
    expect(skillsHeatmap(after, next).rows).not.toEqual(skillsHeatmap(before, data).rows);
  });

  it("builds a chart's table rows only when they are read, once", () => {
    const build = vi.fn(() => [['Ann', 3]]);
    const t = lazyTable(['Member', 'Level'], [1], build);
    expect(build).not.toHaveBeenCalled();
    expect(t.rows).toEqual([['Ann', 3]]);
    expect(t.rows).toBe(t.rows);
    expect(build).toHaveBeenCalledOnce();
  });

  it('time allocation finds members by id when results and members are not in the same order', () => {
    const data = sample();
    const analysis = analyse(data);
    const reversed = { ...data, members: [...data.members].reverse() };
    expect(timeAllocation(analysis, reversed)).toEqual(timeAllocation(analysis, data));
  });
});
