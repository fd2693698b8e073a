import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { moveInVirtualList } from '@renderer/hooks/list-keys';
import { usePositioned } from '@renderer/hooks/usePositioned';
import type { PreviewRow } from './preview-rows';

/** Row height in px: fixed, so the virtualiser needs no measuring. */
const ROW_HEIGHT = 44;
/** Used until the list has been laid out (and in tests: happy-dom has no layout). */
const INITIAL_RECT: Rect = { width: 880, height: 440 };

const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : INITIAL_RECT));

const STATUS: Record<PreviewRow['status'], string> = {
  new: 'New',
  update: 'Updates',
  error: 'Error',
  'left-out': 'Left out',
};

/**
 * Every row of the sheet with its outcome, virtualised so 10,000 rows scroll smoothly. Each
 * row has a check box: clear it to leave the row out, tick a totals row to read it as a person.
 */
export function PreviewRows({
  rows,
  roleNames,
  onLeaveOut,
}: {
  rows: PreviewRow[];
  roleNames: Map<string, string>;
  onLeaveOut: (row: number, leftOut: boolean) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser's functions are not memoisable by the React Compiler; this component does not rely on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRect,
    getItemKey: (index) => rows[index]?.row ?? index,
  });
  const innerRef = usePositioned<HTMLDivElement>('height', `${virtualizer.getTotalSize()}px`);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) =>
    moveInVirtualList(event, index, rows.length, virtualizer, scrollRef.current);

  return (
    <div className="import__rows" role="table" aria-label="Rows of the sheet" aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="import-row import-row--head">
          <span role="columnheader">Import</span>
          <span role="columnheader">Row</span>
          <span role="columnheader">Name</span>
          <span role="columnheader">Outcome</span>
          <span role="columnheader">Role · product team · FTE · skills</span>
        </div>
      </div>
      <div ref={scrollRef} className="import__rows-scroll">
        <div ref={innerRef} role="rowgroup" className="import__rows-inner">
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return row ? (
              <Row
                key={item.key}
                row={row}
                index={item.index}
                start={item.start}
                roleNames={roleNames}
                onLeaveOut={onLeaveOut}
                onKeyDown={onKeyDown}
              />
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
}

function Row({
  row,
  index,
  start,
  roleNames,
  onLeaveOut,
  onKeyDown,
}: {
  row: PreviewRow;
  index: number;
  start: number;
  roleNames: Map<string, string>;
  onLeaveOut: (row: number, leftOut: boolean) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>, index: number) => void;
}) {
  const ref = usePositioned<HTMLDivElement>('transform', `translateY(${start}px)`);
  const name = row.status === 'error' ? (row.person ?? '') : row.status === 'left-out' ? '' : row.member.name;
  return (
    <div ref={ref} role="row" aria-rowindex={index + 2} className={`import-row import-row--${row.status}`}>
      <span role="cell">
        <input
          type="checkbox"
          aria-label={`Import row ${row.row}${name ? ` (${name})` : ''}`}
          data-index={index}
          checked={row.status !== 'left-out'}
          onChange={(e) => onLeaveOut(row.row, !e.target.checked)}
          onKeyDown={(event) => onKeyDown(event, index)}
        />
      </span>
      <span role="cell" className="import-row__number">
        {row.row}
      </span>
      <span role="cell" className="import-row__name">
        {name || '—'}
      </span>
      <span role="cell">
        <span className={`import-row__status import-row__status--${row.status}`}>{STATUS[row.status]}</span>
      </span>
      <span role="cell" className="import-row__detail">
        {detail(row, roleNames)}
      </span>
    </div>
  );
}

function detail(row: PreviewRow, roleNames: Map<string, string>): string {
  switch (row.status) {
    case 'error':
      return row.messages.join('; ');
    case 'left-out':
      return row.byUser ? 'left out by you' : `${row.reason}; tick to read it as a person`;
    default: {
      const { member } = row;
      const role = roleNames.get(member.role) ?? member.role;
      const roleText = row.role === 'default' ? `${role} (default)` : row.role === 'kept' ? `${role} (kept)` : role;
      const skills = Object.keys(member.levels).length;
      return [
        roleText,
        member.productTeam || 'no product team',
        `${member.fte} FTE`,
        `${skills} ${skills === 1 ? 'skill' : 'skills'} assessed`,
      ].join(' · ');
    }
  }
}
