import type { Tile } from './data/summary-tiles';

/** The headline figures, one tile each. */
export function SummaryTiles({ tiles }: { tiles: readonly Tile[] }) {
  return (
    <ul className="dashboard__tiles" aria-label="Summary">
      {tiles.map((tile) => (
        <li key={tile.id} className={`tile tile--${tile.id}`} data-tile={tile.id}>
          <span className="tile__value">{tile.value}</span>
          <span className="tile__label">{tile.label}</span>
          <span className="tile__hint">{tile.hint}</span>
        </li>
      ))}
    </ul>
  );
}
