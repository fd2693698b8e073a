import type { Analysis, MemberResult } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import { PALETTE } from '@renderer/charts/setup';
import { formatFte, round1 } from './numbers';
import { AGGREGATE_ABOVE, NO_TEAM } from './product-teams';
import type { Series } from './series';
import type { TableData } from './table';

export interface AllocationData {
  aggregated: boolean;
  labels: string[];
  /** Stacked series, percent of time: carried engineering, role engineering, science, other. */
  series: Series[];
  threshold: number;
  table: TableData;
  summary: string;
}

/**
 * Share of time on engineering, science and other work, per member (or the average per
 * product team over the limit), with the engineering work carried by scientists apart.
 */
export function timeAllocation(analysis: Analysis, data: AppData): AllocationData {
  const areaOfRole = new Map(data.framework.roles.map((r) => [r.id, r.area]));
  const scienceWork = new Set(
    data.framework.skills
      .filter((s) => !s.retired && s.kind === 'responsibility' && s.area === 'data-science')
      .map((s) => s.id),
  );
  // Results are in member order: the member beside a result is found by position (by id
  // only if the two ever disagree), not through a map of the whole team.
  let byId: Map<string, AppData['members'][number]> | undefined;
  const memberOf = (r: MemberResult, i: number) => {
    const member = data.members[i];
    if (member?.id === r.memberId) return member;
    byId ??= new Map(data.members.map((m) => [m.id, m]));
    return byId.get(r.memberId);
  };
  interface Share {
    label: string;
    team: string;
    carried: number;
    engineering: number;
    science: number;
    other: number;
  }
  const shareOf = (r: MemberResult, i: number): Share => {
    const allocation = memberOf(r, i)?.allocation ?? {};
    let science = 0;
    for (const id in allocation) if (scienceWork.has(id)) science += allocation[id]!;
    const engineering = r.engineeringPercent;
    const scientist = areaOfRole.get(r.roleId) === 'data-science';
    return {
      label: r.name,
      team: r.productTeam || NO_TEAM,
      carried: scientist ? engineering : 0,
      engineering: scientist ? 0 : engineering,
      science,
      other: Math.max(0, 100 - engineering - science),
    };
  };
  const aggregated = data.members.length > AGGREGATE_ABOVE;
  let bars: (Share & { count: number })[];
  if (!aggregated) {
    bars = analysis.members.map((r, i) => ({ ...shareOf(r, i), count: 1 }));
  } else {
    const teams = new Map<string, Share & { count: number }>();
    analysis.members.forEach((r, i) => {
      const s = shareOf(r, i);
      let t = teams.get(s.team);
      if (!t) {
        t = { label: s.team, team: s.team, carried: 0, engineering: 0, science: 0, other: 0, count: 0 };
        teams.set(s.team, t);
      }
      t.carried += s.carried;
      t.engineering += s.engineering;
      t.science += s.science;
      t.other += s.other;
      t.count++;
    });
    bars = [...teams.values()]
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((t) => ({
        ...t,
        carried: t.carried / t.count,
        engineering: t.engineering / t.count,
        science: t.science / t.count,
        other: t.other / t.count,
      }));
  }
  const pick = (key: 'carried' | 'engineering' | 'science' | 'other') => bars.map((b) => round1(b[key]));
  const series: Series[] = [
    { label: 'Engineering carried by scientists', values: pick('carried'), colour: PALETTE.warning },
    { label: 'Engineering (engineering roles)', values: pick('engineering'), colour: PALETTE.engineer },
    { label: 'Science', values: pick('science'), colour: PALETTE.scientist },
    { label: 'Other and unallocated', values: pick('other'), colour: PALETTE.neutral },
  ];
  const threshold = analysis.separation.thresholdPercent;
  const over = analysis.separation.carriers.filter((c) => c.overThreshold).length;
  return {
    aggregated,
    labels: bars.map((b) => (aggregated ? `${b.label} (${b.count})` : b.label)),
    series,
    threshold,
    table: {
      header: [
        aggregated ? 'Product team (average %)' : 'Member',
        'Engineering carried by scientists %',
        'Engineering (engineering roles) %',
        'Science %',
        'Other and unallocated %',
      ],
      rows: bars.map((b, i) => [
        aggregated ? `${b.label} (${b.count})` : b.label,
        ...series.map((s) => s.values[i] ?? 0),
      ]),
      numeric: [1, 2, 3, 4],
    },
    summary:
      `Stacked bars of the share of time on engineering, science and other work ${aggregated ? 'per product team' : 'per member'}; ` +
      `${over === 1 ? '1 scientist spends' : `${over} scientists spend`} more than the ${threshold} % threshold on engineering, ` +
      `${formatFte(analysis.separation.engineeringFteCarriedByScientists)} FTE in all.`,
  };
}
