import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useId, useRef, type KeyboardEvent } from 'react';
import type { Framework } from '@shared/domain';
import { moveInVirtualList } from '@renderer/hooks/list-keys';
import { usePositioned } from '@renderer/hooks/usePositioned';
import { formatPercent, SORT_KEYS, SORT_LABELS, type ListFilters, type MemberRow } from './team-model';

/** Row height in px; rows are fixed-height so the virtualiser needs no measuring. */
export const ROW_HEIGHT = 68;
/** Used until the list has been laid out (and in tests: happy-dom has no layout). */
const INITIAL_RECT: Rect = { width: 720, height: 640 };

/** The browser's measurement, falling back to the initial size while the element has none. */
const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : INITIAL_RECT));

export function MemberFilters({
  filters,
  onChange,
  framework,
  productTeams,
  shown,
  total,
}: {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  framework: Framework;
  productTeams: string[];
  shown: number;
  total: number;
}) {
  const id = useId();
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="team-filters" role="search" aria-label="Filter team members">
      <label className="team-field team-filters__search" htmlFor={`${id}-q`}>
        <span className="team-field__label">Search</span>
        <input
          id={`${id}-q`}
          type="search"
          placeholder="Name or title"
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      <label className="team-field" htmlFor={`${id}-role`}>
        <span className="team-field__label">Role</span>
        <select id={`${id}-role`} value={filters.role} onChange={(e) => set({ role: e.target.value })}>
          <option value="">All roles</option>
          {framework.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </select>
      </label>
      <label className="team-field" htmlFor={`${id}-team`}>
        <span className="team-field__label">Product team</span>
        <select id={`${id}-team`} value={filters.productTeam} onChange={(e) => set({ productTeam: e.target.value })}>
          <option value="">All product teams</option>
          {productTeams.map((team) => (
            <option key={team} value={team}>
              {team || '(none)'}
            </option>
          ))}
        </select>
      </label>
      <label className="team-field" htmlFor={`${id}-sort`}>
        <span className="team-field__label">Sort by</span>
        <select
          id={`${id}-sort`}
          value={filters.sort}
          onChange={(e) => set({ sort: e.target.value as ListFilters['sort'] })}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      <label className="team-check">
        <input type="checkbox" checked={filters.flagged} onChange={(e) => set({ flagged: e.target.checked })} />
        Flagged only
      </label>
      <p className="team-filters__count" aria-live="polite">
        {shown === total ? `${total} members` : `${shown} of ${total} members`}
      </p>
    </div>
  );
}

function Row({
  row,
  index,
  count,
  start,
  roleNames,
  selected,
  onOpen,
  onKeyDown,
}: {
  row: MemberRow;
  index: number;
  count: number;
  start: number;
  roleNames: Map<string, string>;
  selected: boolean;
  onOpen: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}) {
  const ref = usePositioned<HTMLDivElement>('transform', `translateY(${start}px)`);
  const { member, result, bestFit } = row;
  const bestRole = result?.bestRoleId ? (roleNames.get(result.bestRoleId) ?? result.bestRoleId) : null;
  const unassessed = Object.keys(member.levels).length === 0;
  return (
    <div ref={ref} role="listitem" className="member-row" aria-setsize={count} aria-posinset={index + 1}>
      <button
        type="button"
        className={`member-row__button${selected ? ' member-row__button--selected' : ''}`}
        data-index={index}
        data-member-id={member.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(member.id)}
        onKeyDown={(event) => onKeyDown(event, index)}
      >
        <span className="member-row__who">
          <span className="member-row__name">{member.name}</span>
          <span className="member-row__title">{member.title || '—'}</span>
        </span>
        <span className="member-row__where">
          <span className="member-row__role">{roleNames.get(member.role) ?? member.role}</span>
          <span className="member-row__team">{member.productTeam || 'No product team'}</span>
        </span>
        <span className="member-row__fit">
          <span className="member-row__label">Best fit</span>
          {/* A member with no level at all is "not assessed", never a fit of 0. */}
          <span
            className={`member-row__fit-value${unassessed ? ' member-row__fit-value--not-assessed' : ''}`}
            data-testid="best-fit"
          >
            {unassessed ? 'not assessed' : bestRole ? `${bestRole} ${formatPercent(bestFit)}` : '—'}
          </span>
          {result?.mismatch ? <span className="badge badge--mismatch">mismatch</span> : null}
        </span>
        <span className={`member-row__eng${row.overThreshold ? ' member-row__eng--over' : ''}`}>
          <span className="member-row__label">Engineering</span>
          <span data-testid="engineering">{formatPercent(result?.engineeringPercent ?? 0)}</span>
        </span>
      </button>
    </div>
  );
}

export function MemberList({
  rows,
  roleNames,
  selectedId,
  onOpen,
}: {
  rows: MemberRow[];
  roleNames: Map<string, string>;
  selectedId: string | null;
  onOpen: (id: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser's functions are not memoisable by the React Compiler; this component does not rely on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRect,
    getItemKey: (index) => rows[index]?.member.id ?? index,
  });
  const innerRef = usePositioned<HTMLDivElement>('height', `${virtualizer.getTotalSize()}px`);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) =>
    moveInVirtualList(event, index, rows.length, virtualizer, scrollRef.current);

  return (
    <div ref={scrollRef} className="member-list" tabIndex={-1}>
      <div ref={innerRef} className="member-list__inner" role="list" aria-label="Team members">
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <Row
              key={item.key}
              row={row}
              index={item.index}
              count={rows.length}
              start={item.start}
              roleNames={roleNames}
              selected={row.member.id === selectedId}
              onOpen={onOpen}
              onKeyDown={onKeyDown}
            />
          );
        })}
      </div>
    </div>
  );
}
