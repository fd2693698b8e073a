import { useId, useState, type ReactNode } from 'react';
import { Button } from './Button';

/**
 * A chart with its numbers: a toggle shows the same data as a table (for screen readers,
 * for copying, and for anyone who prefers numbers). The chart canvas carries a text label.
 */
export function ChartOrTable({
  title,
  description,
  chart,
  table,
}: {
  title: string;
  description?: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`}>
      <header className="chart-card__header">
        <div>
          <h2 id={`${id}-title`} className="chart-card__title">
            {title}
          </h2>
          {description ? <p className="chart-card__description">{description}</p> : null}
        </div>
        <Button variant="quiet" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? 'Show chart' : 'Show table'}
        </Button>
      </header>
      <div className="chart-card__body">{showTable ? table : chart}</div>
    </section>
  );
}
