import { useContext, useEffect, useMemo, useState } from 'react';
import type { AppData } from '@shared/data';
import type { BenchmarksFile } from '@shared/domain';
import {
  BENCHMARKS_INTRO,
  BENCHMARKS_TITLE,
  benchmarkLines,
  benchmarksFor,
  type BenchmarkLine,
} from '@shared/reports/benchmarks-report';
import { Button } from '@renderer/components/common/Button';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { useRequest } from '@renderer/state/hooks';
import { WorkspaceContext } from '@renderer/state/WorkspaceProvider';
import { PlainCard } from '../PlainCard';
import './benchmarks.css';

/**
 * The team's own figures beside published ones, each with its source and year. The published
 * figures come from main (benchmarks:read); a dashboard drawn without a workspace (a team shown
 * on its own) has no main process to ask, and shows no panel.
 */
export function BenchmarksCard({ data }: { data: AppData }) {
  return useContext(WorkspaceContext) ? <ConnectedBenchmarksCard data={data} /> : null;
}

/** The panel, read once from main; the team's figures are computed from the data the page holds (members only, never candidates). */
function ConnectedBenchmarksCard({ data }: { data: AppData }) {
  const request = useRequest();
  const [file, setFile] = useState<BenchmarksFile | null>(null);
  useEffect(() => {
    let current = true;
    void request('benchmarks:read', {}, { title: 'The published benchmarks could not be read' }).then((answer) => {
      if (current && answer) setFile(answer);
    });
    return () => {
      current = false;
    };
  }, [request]);
  const { framework, organisation, members } = data;
  const lines = useMemo(
    () => (file ? benchmarkLines(benchmarksFor({ framework, organisation, members }, file)) : null),
    [file, framework, organisation, members],
  );
  return (
    <PlainCard title={BENCHMARKS_TITLE} description={BENCHMARKS_INTRO} className="benchmarks">
      {lines === null ? (
        <OperationErrors channels={['benchmarks:read']} />
      ) : (
        <div className="benchmarks__figures">
          {lines.map((line) => (
            <BenchmarkFigureView key={line.figure} line={line} />
          ))}
        </div>
      )}
    </PlainCard>
  );
}

function BenchmarkFigureView({ line }: { line: BenchmarkLine }) {
  const request = useRequest();
  const open = (url: string) => void request('link:openExternal', { url }, { title: 'The source could not be opened' });
  return (
    <section className="benchmarks__figure" data-figure={line.figure} aria-label={line.title}>
      <h3 className="benchmarks__title">{line.title}</h3>
      <p className="benchmarks__team">
        <span className="benchmarks__tag benchmarks__tag--team">This team</span> {line.team}
      </p>
      {line.counted ? <p className="benchmarks__counted">{line.counted}</p> : null}
      {line.published.length > 0 ? (
        <ul className="benchmarks__published">
          {line.published.map((p) => (
            <li key={p.id} className="benchmarks__anchor" data-anchor={p.id}>
              <p>
                <span className="benchmarks__tag benchmarks__tag--published">Published figure</span>{' '}
                <strong className="benchmarks__value">{p.value}</strong> ({p.label})
              </p>
              <p className="benchmarks__source">
                Source: <cite>{p.source}</cite>
                {p.url ? (
                  <>
                    {' '}
                    <Button variant="quiet" className="benchmarks__link" onClick={() => open(p.url!)}>
                      Open the source<span className="visually-hidden"> of {p.label}</span>
                    </Button>
                  </>
                ) : null}
              </p>
              <p className="benchmarks__note">{p.note}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="benchmarks__none">No published figure is shown beside this one.</p>
      )}
      {line.omitted.map((o) => (
        <p key={o.id} className="benchmarks__omitted">
          Left out: {o.label}. {o.reason}
        </p>
      ))}
    </section>
  );
}
