import { useMemo } from 'react';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import { selectAnalysis } from '@renderer/state/analysis';
import { useWorkspace } from '@renderer/state/hooks';
import { TeamDashboard } from './TeamDashboard';
import './dashboard.css';

/** The team at a glance: coverage, gaps, who does what, and what hangs on one person. */
export function DashboardScreen() {
  const data = useWorkspace((s) => s.data);
  const status = useWorkspace((s) => s.status);
  const analysis = useMemo(() => (data ? selectAnalysis(data) : null), [data]);
  const theme = useThemeColours();

  if (!data || !analysis) {
    return (
      <section className="dashboard dashboard--empty" aria-labelledby="dashboard-title">
        <h1 id="dashboard-title" className="dashboard__title">
          Dashboard
        </h1>
        <p className="dashboard__empty-text">
          {status === 'loading' ? 'Loading the team…' : 'The team data is not available.'}
        </p>
      </section>
    );
  }
  if (data.members.length === 0) {
    return (
      <section className="dashboard dashboard--empty" aria-labelledby="dashboard-title">
        <h1 id="dashboard-title" className="dashboard__title">
          Dashboard
        </h1>
        <div className="dashboard__empty">
          <h2>No team members yet</h2>
          <p className="dashboard__empty-text">
            Add the people on your data team on the Team screen, with their skill levels and how they spend their time.
            The dashboard then shows coverage, gaps, role fit and single points of failure.
          </p>
        </div>
      </section>
    );
  }
  return <TeamDashboard data={data} analysis={analysis} theme={theme} />;
}
