import { useMemo } from 'react';
import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import type { ChartColours } from '@shared/design/tokens';
import { AllocationChart } from './charts/AllocationChart';
import { CoverageChart } from './charts/CoverageChart';
import { RoleFitChart } from './charts/RoleFitChart';
import { GapChart } from './charts/GapChart';
import { SkillsHeatmap } from './charts/SkillsHeatmap';
import { TeamCoverageGrid } from './charts/TeamCoverageGrid';
import { singlePointsOfFailure } from './data/single-points';
import { summaryTiles } from './data/summary-tiles';
import { count } from './data/numbers';
import { BenchmarksCard } from './benchmarks/BenchmarksCard';
import { SinglePointsCard } from './SinglePointsCard';
import { SummaryTiles } from './SummaryTiles';

/** The dashboard of a team with members: the summary tiles and every chart. */
export function TeamDashboard({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: ChartColours }) {
  const tiles = useMemo(() => summaryTiles(analysis), [analysis]);
  const spof = useMemo(() => singlePointsOfFailure(analysis, data), [analysis, data]);
  // One product team has nothing to compare: the view starts at two.
  const showTeams = analysis.teamCoverage.teams.length > 1;
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <header className="dashboard__header">
        <h1 id="dashboard-title" className="dashboard__title">
          Dashboard
        </h1>
        <p className="dashboard__subtitle">
          {data.organisation.name} · {count(data.members.length, 'member', 'members')} · {analysis.framework.name}
        </p>
      </header>

      <SummaryTiles tiles={tiles} />

      <div className="dashboard__grid">
        {/* Two stacks rather than grid rows: the tall coverage chart leaves no hole beside it. */}
        <div className="dashboard__column">
          <CoverageChart analysis={analysis} theme={theme} />
        </div>
        <div className="dashboard__column">
          <GapChart analysis={analysis} theme={theme} />
          <SinglePointsCard points={spof} />
          <RoleFitChart data={data} analysis={analysis} theme={theme} />
        </div>
        <div className="dashboard__wide">
          <AllocationChart data={data} analysis={analysis} theme={theme} />
        </div>
        {showTeams ? (
          <div className="dashboard__wide">
            <TeamCoverageGrid analysis={analysis} />
          </div>
        ) : null}
        <div className="dashboard__wide">
          <SkillsHeatmap data={data} analysis={analysis} />
        </div>
        <div className="dashboard__wide">
          <BenchmarksCard data={data} />
        </div>
      </div>
    </section>
  );
}
