import type { HeatKeyStep } from '../data/skills-heatmap';

/** The heatmap's colour ramp, each step with the levels it stands for. */
export function HeatKey({ steps, averages }: { steps: readonly HeatKeyStep[]; averages: boolean }) {
  return (
    <div className="heat-key">
      <span className="heat-key__title">{averages ? 'Average level' : 'Level'}</span>
      <ol className="heat-key__steps" aria-label="Level colours">
        {steps.map(({ step, label }) => (
          <li key={step} className="heat-key__item">
            <span className={`heat-key__swatch heat-${step}`} aria-hidden="true" />
            {label}
          </li>
        ))}
        <li className="heat-key__item">
          <span className="heat-key__swatch heat-none" aria-hidden="true">
            –
          </span>
          {averages ? 'nobody assessed' : 'not assessed'}
        </li>
      </ol>
      {averages ? <span className="heat-key__note">An average takes the colour of the nearest level.</span> : null}
    </div>
  );
}
