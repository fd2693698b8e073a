import type { ReactNode } from 'react';

/** How many lines a budget list shows before counting the rest. */
export const SHOWN_AT_MOST = 10;

export interface CappedLine {
  key: string;
  content: ReactNode;
  /** How many this line stands for (a line of hires of one role). */
  count?: number;
}

/**
 * A list shown up to SHOWN_AT_MOST lines, the rest counted below it: at a few hundred
 * people every product team can leave gaps open, and a list of them all would bury the
 * page. The plan's exports list every line.
 */
export function CappedList({
  label,
  ordered = false,
  lines,
  more,
}: {
  label: string;
  ordered?: boolean;
  /** Each line with its React key, most important first. */
  lines: readonly CappedLine[];
  /** The sentence for the lines not shown ("…and 12 more gaps left open."). */
  more: (hidden: readonly CappedLine[]) => string;
}) {
  const shown = lines.slice(0, SHOWN_AT_MOST);
  const hidden = lines.slice(SHOWN_AT_MOST);
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List className={ordered ? 'budget-plan__hires' : 'budget-plan__open'} aria-label={label}>
        {shown.map((line) => (
          <li key={line.key} data-count={line.count}>
            {line.content}
          </li>
        ))}
      </List>
      {hidden.length > 0 ? <p className="plan-muted budget-plan__more">{more(hidden)}</p> : null}
    </>
  );
}
