/** The heatmap's colour ramp, each step with the level it stands for. */
export function HeatKey({ max }: { max: number }) {
  return (
    <ol className="heat-key" aria-label="Level colours">
      {[0, 1, 2, 3, 4].map((step) => (
        <li key={step} className={`heat-key__step heat-${step}`}>
          {Math.round((step / 4) * max)}
        </li>
      ))}
    </ol>
  );
}
