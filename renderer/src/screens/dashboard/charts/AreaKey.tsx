import { AREA_LABELS, AREAS, type Area } from '../../../../../shared/domain';

/** The legend of the area colours, for the areas a chart shows, in the framework's order. */
export function AreaKey({ areas }: { areas: readonly Area[] }) {
  return (
    <ul className="area-key" aria-label="Areas">
      {AREAS.filter((a) => areas.includes(a)).map((area) => (
        <li key={area} className={`area-key__item area-key__item--${area}`}>
          {AREA_LABELS[area]}
        </li>
      ))}
    </ul>
  );
}
