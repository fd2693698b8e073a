import { useId, type ReactNode } from 'react';

/** A dashboard card without a chart: a title, a line on what it shows, and its content. */
export function PlainCard({
  title,
  description,
  className,
  children,
}: {
  title: string;
  description: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={['chart-card', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-title`}>
      <header className="chart-card__header">
        <div>
          <h2 id={`${id}-title`} className="chart-card__title">
            {title}
          </h2>
          <p className="chart-card__description">{description}</p>
        </div>
      </header>
      {children}
    </section>
  );
}
