import type { SinglePoint } from './data/single-points';
import { PlainCard } from './PlainCard';

/** Skills that hang on one person, each with that person's name. */
export function SinglePointsCard({ points }: { points: readonly SinglePoint[] }) {
  return (
    <PlainCard
      title="Single points of failure"
      description="Skills that only one person holds at the required level."
      className="spof"
    >
      {points.length === 0 ? (
        <p className="spof__none">No skill hangs on a single person.</p>
      ) : (
        <ul className="spof__list">
          {points.map((p) => (
            <li key={p.skillId} className="spof__item" data-skill={p.skillId}>
              <span className={`spof__skill spof__skill--${p.area}`}>{p.skill}</span>
              <span className="spof__arrow" aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">depends on</span>
              <span className="spof__person">{p.person}</span>
            </li>
          ))}
        </ul>
      )}
    </PlainCard>
  );
}
