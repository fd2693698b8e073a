import { AREA_LABELS, AREAS, type Area } from '@shared/domain';

/** The legend of the area colours, for the areas a chart shows, in the framework's order. */
export function AreaKey({ areas, title }: { areas: readonly Area[]; title?: string }) {
  return (
    <div className="area-key">
      {title ? <span className="area-key__title">{title}</span> : null}
      <ul className="area-key__items" aria-label={title ?? 'Areas'}>
        {AREAS.filter((a) => areas.includes(a)).map((area) => (
          <li key={area} className={`area-key__item area-key__item--${area}`}>
            {AREA_LABELS[area]}
          </li>
        ))}
      </ul>
    </div>
  );
}
