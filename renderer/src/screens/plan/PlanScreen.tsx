import { countOf, formatCount } from '@shared/analysis/text';
import { useState } from 'react';
import type { Scenario } from '@shared/domain';
import type { Channel } from '@shared/ipc';
import { Button } from '@renderer/components/common/Button';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { selectAnalysis, selectComparison } from '@renderer/state/analysis';
import { usePending, useRequest, useWorkspace } from '@renderer/state/hooks';
import { ExportBar } from './ExportBar';
import { asOfText } from '@shared/reports/document/meta-line';
import { documentMeta } from '@shared/reports/document/meta';
import { RecommendedHires, ResidualGaps, UpskillingAlternatives } from './PlanSections';
import { StructureAdvice } from './StructureAdviceSection';
import { PlanTimeline } from './PlanTimeline';
import { BudgetPlanSection } from './budget/BudgetPlanSection';
import { ScenarioComparisonView } from './ScenarioComparisonView';
import { scenarioChangeLines } from './scenario-changes';
import { ScenarioEditor } from './ScenarioEditor';
import { CandidatesSection } from './candidates/CandidatesSection';
import { draftOf, emptyDraft, scenarioOf, type ScenarioDraft } from './scenario-draft';
import './plan.css';

/*
 * The hiring plan: what to hire and why, what upskilling could do instead, what no hire
 * closes, the article's structure advice — and scenarios, compared with today, plus exports.
 */

type Editing = { draft: ScenarioDraft } | null;

/** The "as of" line needs no clock: only the assessments' own dates are shown. */
const UNDATED = new Date(0);

/** What the Plan screen starts: its errors show here. */
const PLAN_OPERATIONS: readonly Channel[] = ['scenario:save', 'scenario:delete', 'plan:export'];

export function PlanScreen({
  confirm = (message) => window.confirm(message),
}: {
  /** Asks before a scenario is deleted; injectable for tests. */
  confirm?: (message: string) => boolean;
}) {
  const request = useRequest();
  const data = useWorkspace((s) => s.data);
  const busy = usePending('scenario:save', 'scenario:delete');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  if (!data) {
    return (
      <section className="plan" aria-labelledby="plan-title">
        <h1 id="plan-title">Hiring plan</h1>
        <p className="plan-muted">Loading the team…</p>
      </section>
    );
  }

  if (data.members.length === 0) {
    // A plan for nobody would hire for every skill; ask for the team first.
    return (
      <section className="plan" aria-labelledby="plan-title">
        <h1 id="plan-title">Hiring plan</h1>
        <p className="plan-muted">
          No team members yet. Add your team on the Team screen: the plan is worked out from who you have — their levels
          and how their time is split.
        </p>
      </section>
    );
  }

  const analysis = selectAnalysis(data);
  const scenarios = data.scenarios;
  const selected = scenarios.find((s) => s.id === selectedId) ?? scenarios[0] ?? null;
  const comparison = selected ? selectComparison(data, selected.id) : null;

  async function save(draft: ScenarioDraft) {
    if (!data) return;
    const existing = draft.id ? (data.scenarios.find((s) => s.id === draft.id) ?? null) : null;
    const scenario = scenarioOf(draft, {
      existing,
      scenarioIds: new Set(data.scenarios.map((s) => s.id)),
      members: data.members,
    });
    if (await request('scenario:save', { scenario })) {
      setEditing(null);
      setSelectedId(scenario.id);
    }
  }

  async function remove(scenario: Scenario) {
    if (!confirm(`Delete the scenario “${scenario.name}”? This cannot be undone.`)) return;
    if (await request('scenario:delete', { scenarioId: scenario.id })) {
      if (selectedId === scenario.id) setSelectedId(null);
      if (editing?.draft.id === scenario.id) setEditing(null);
    }
  }

  return (
    <section className="plan" aria-labelledby="plan-title">
      <header className="plan__header">
        <div>
          <h1 id="plan-title">Hiring plan</h1>
          <p className="plan-muted">
            {data.organisation.name}: {countOf(analysis.summary.members, 'member', 'members')},{' '}
            {formatCount(analysis.summary.skillsWithGaps)} of{' '}
            {countOf(analysis.summary.requiredSkills, 'required skill', 'required skills')} with gaps
            {analysis.teamCoverage.scope !== 'org'
              ? `, ${countOf(analysis.summary.teamGaps, 'gap', 'gaps')} inside product teams`
              : ''}
            .
          </p>
          <p className="plan-muted">{asOfText(documentMeta(data, { analysis }, UNDATED))}.</p>
        </div>
        <ExportBar />
      </header>
      <OperationErrors channels={PLAN_OPERATIONS} />

      <RecommendedHires analysis={analysis} />
      <BudgetPlanSection data={data} analysis={analysis} />
      <div className="plan__columns">
        <UpskillingAlternatives analysis={analysis} framework={data.framework} />
        <ResidualGaps analysis={analysis} />
      </div>
      <StructureAdvice analysis={analysis} />

      <section className="plan-section" aria-labelledby="plan-scenarios-title">
        <header className="plan-section__header">
          <h2 id="plan-scenarios-title" className="plan-section__title">
            Scenarios
          </h2>
          <Button disabled={editing !== null} onClick={() => setEditing({ draft: emptyDraft() })}>
            New scenario
          </Button>
        </header>
        <p className="plan-lead">
          Try planned hires, role moves and departures, and compare the team with today before deciding.
        </p>
        {scenarios.length === 0 ? (
          <p className="plan-muted">
            No scenarios yet. Create one to see how planned hires, role moves or departures change the gaps.
          </p>
        ) : (
          <ul className="scenario-list" aria-label="Scenarios">
            {scenarios.map((s) => (
              <li
                key={s.id}
                className={s.id === selected?.id ? 'scenario-item scenario-item--selected' : 'scenario-item'}
              >
                <button
                  type="button"
                  className="scenario-item__pick"
                  aria-pressed={s.id === selected?.id}
                  onClick={() => setSelectedId(s.id)}
                >
                  <span className="scenario-item__name">{s.name}</span>
                  <span className="scenario-item__meta">{describe(s)}</span>
                </button>
                <span className="scenario-item__actions">
                  <Button
                    variant="quiet"
                    aria-label={`Edit ${s.name}`}
                    disabled={editing !== null}
                    onClick={() => setEditing({ draft: draftOf(s) })}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="quiet"
                    aria-label={`Delete ${s.name}`}
                    disabled={busy}
                    onClick={() => void remove(s)}
                  >
                    Delete
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {editing ? (
          <ScenarioEditor
            key={editing.draft.id ?? 'new'}
            data={data}
            initial={editing.draft}
            busy={busy}
            onSave={(draft) => void save(draft)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
        {comparison && selected ? (
          <ScenarioComparisonView
            comparison={comparison}
            changes={scenarioChangeLines(selected, data.members, data.framework)}
          />
        ) : null}
      </section>
      <PlanTimeline data={data} />
      <CandidatesSection data={data} confirm={confirm} />
    </section>
  );
}

function describe(scenario: Scenario): string {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (scenario.plannedHires.length) parts.push(count(scenario.plannedHires.length, 'planned hire', 'planned hires'));
  if (scenario.roleMoves.length) parts.push(count(scenario.roleMoves.length, 'role move', 'role moves'));
  if (scenario.departures.length) parts.push(count(scenario.departures.length, 'departure', 'departures'));
  return parts.length ? parts.join(', ') : 'No changes yet';
}
