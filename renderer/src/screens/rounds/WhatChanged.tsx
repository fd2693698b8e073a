import { useEffect, useId, useState } from 'react';
import type { AppData } from '@shared/data';
import { roleNamesOf } from '@shared/domain';
import type { RoundComparison, RoundRef } from '@shared/rounds/types';
import { TODAY } from '@shared/rounds/types';
import { DataTable } from '@renderer/components/common/DataTable';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { usePending, useRequest } from '@renderer/state/hooks';
import { comparisonSections, type ComparisonSection } from './comparison-sections';
import { ExportButtons } from './ExportButtons';
import { newestRound, roundsOldestFirst } from './round-order';

/**
 * What changed between two rounds (by default the last closed one and today), as main
 * compares them (rounds:compare), and its export. Compared again whenever the data changes,
 * since "Today" is the team as edited.
 */
export function WhatChanged({ data }: { data: AppData }) {
  const id = useId();
  const request = useRequest();
  const comparing = usePending('rounds:compare');
  const exporting = usePending('rounds:exportComparison');
  const rounds = roundsOldestFirst(data.rounds);
  const [from, setFrom] = useState<RoundRef>(() => newestRound(data.rounds)?.id ?? TODAY);
  const [to, setTo] = useState<RoundRef>(TODAY);
  const [shown, setShown] = useState<{ key: string; comparison: RoundComparison } | null>(null);
  // A picked round that was deleted falls back to the defaults.
  const known = (ref: RoundRef) => ref === TODAY || data.rounds.some((r) => r.id === ref);
  const fromRef = known(from) ? from : (newestRound(data.rounds)?.id ?? TODAY);
  const toRef = known(to) ? to : TODAY;
  const key = `${fromRef}\u0000${toRef}`;

  useEffect(() => {
    let current = true;
    void request('rounds:compare', { from: fromRef, to: toRef }, { title: 'The rounds could not be compared' }).then(
      (comparison) => {
        if (current && comparison) setShown({ key, comparison });
      },
    );
    return () => {
      current = false;
    };
  }, [request, fromRef, toRef, key, data]);

  const options = [
    ...rounds.map((r) => ({ value: r.id, label: `${r.name} (${r.date})` })),
    { value: TODAY, label: 'Today' },
  ];
  const comparison = shown?.key === key ? shown.comparison : null;
  const roleNames = roleNamesOf(data.framework);
  const sections = comparison ? comparisonSections(comparison, (id) => roleNames.get(id) ?? id) : [];
  const changed = sections.filter((s) => s.table !== null);
  const unchanged = sections.filter((s) => s.table === null);

  return (
    <section className="rounds-section" aria-labelledby={`${id}-title`}>
      <header className="rounds-section__header">
        <h2 id={`${id}-title`}>What changed</h2>
        <ExportButtons
          what="the comparison"
          disabled={exporting}
          run={(format) =>
            request(
              'rounds:exportComparison',
              { from: fromRef, to: toRef, format },
              { title: 'The comparison was not exported' },
            )
          }
        />
      </header>
      <div className="what-changed__pickers">
        <RoundPicker label="From" value={fromRef} options={options} onChange={setFrom} />
        <RoundPicker label="To" value={toRef} options={options} onChange={setTo} />
      </div>
      <OperationErrors channels={['rounds:compare', 'rounds:exportComparison']} />
      {fromRef === toRef ? <p className="rounds-muted">Pick two different rounds to see what changed.</p> : null}
      {comparison ? (
        <div className="what-changed__sections" aria-busy={comparing}>
          <p className="rounds-muted" role="status">
            From {comparison.from.name} ({comparison.from.date}) to {comparison.to.name} ({comparison.to.date}).
          </p>
          {/* What changed first, a table each; then, briefly, what did not. */}
          {changed.map((section) => (
            <ComparisonSectionView key={section.id} section={section} />
          ))}
          {unchanged.length > 0 ? (
            <div className="what-changed__unchanged">
              {unchanged.map((section) => (
                <ComparisonSectionView key={section.id} section={section} />
              ))}
            </div>
          ) : null}
        </div>
      ) : comparing ? (
        <p className="rounds-muted" role="status">
          Comparing…
        </p>
      ) : null}
    </section>
  );
}

function ComparisonSectionView({ section }: { section: ComparisonSection }) {
  return (
    <section className="what-changed__section" data-section={section.id}>
      <h3>{section.title}</h3>
      <p className="what-changed__lead">{section.lead}</p>
      {section.table ? (
        <DataTable
          caption={section.title}
          header={section.table.header}
          rows={section.table.rows}
          numeric={section.table.numeric}
        />
      ) : null}
    </section>
  );
}

function RoundPicker({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
