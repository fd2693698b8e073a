import type { ProficiencyScale } from '@shared/domain';
import './ScaleLegend.css';

export function ScaleLegend({ scale }: { scale: ProficiencyScale }) {
  return (
    <ol className="scale" start={0}>
      {scale.levels.map((level) => (
        <li key={level.level} className="scale__level">
          <span className="scale__number" aria-hidden="true">
            {level.level}
          </span>
          <span className="scale__text">
            <span className="scale__name">
              <span className="visually-hidden">Level {level.level}: </span>
              {level.name}
            </span>
            {level.description ? <span className="scale__description">{level.description}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
