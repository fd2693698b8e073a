import { roleNamesOf } from '@shared/domain';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Member } from '@shared/domain';
import type { Channel } from '@shared/ipc';
import { Button } from '@renderer/components/common/Button';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { selectAnalysis } from '@renderer/state/analysis';
import { useOperation, usePending, useRequest, useWorkspace, useWorkspaceStore } from '@renderer/state/hooks';
import { useLeaveGuard } from '@renderer/state/LeaveGuardProvider';
import { deleteMember, undoDelete } from '@renderer/state/workflows';
import { MemberDetail } from '../member/MemberDetail';
import { TeamExportMenu } from './import/TeamExportMenu';
import { SelfAssessmentForms } from './SelfAssessmentForms';
import { MemberEditor, blankMember } from './MemberEditor';
import { MemberFilters, MemberList } from './MemberList';
import { filterRows, isFiltered, memberRows, NO_FILTERS, type ListFilters } from './team-model';
import '@renderer/components/workspace/Banner.css';
import './team.css';

/** Which member the editor shows; the key stays while a new member becomes a saved one. */
interface Editing {
  key: number;
  memberId: string | null;
}

/** What the Team screen starts: its errors show here, and its buttons wait for them. */
const TEAM_OPERATIONS: readonly Channel[] = ['member:save', 'member:delete', 'team:export', 'team:template'];

/** The right-hand panel for a saved member: its details, or the editor. */
type PanelTab = 'details' | 'edit';
const PANEL_TABS: { id: PanelTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'edit', label: 'Edit' },
];

/**
 * The Team screen: the member list (search, filter, sort; virtualised) and the member editor
 * with the assessment grid and the time allocation. Every change goes to main through the
 * workspace store; nothing shows as saved before main acknowledged it.
 */
export function TeamScreen({
  onImport,
  confirm = (message) => window.confirm(message),
}: {
  /** Opens the spreadsheet import (the dialog lives in the app, so the menu can open it too). */
  onImport?: () => void;
  /** Asks before deleting; injectable for tests. */
  confirm?: (message: string) => boolean;
}) {
  const workspace = useWorkspaceStore();
  const request = useRequest();
  const data = useWorkspace((s) => s.data);
  const busy = usePending(...TEAM_OPERATIONS, 'matrix:read', 'team:import');
  const { error } = useOperation('member:save');
  const lastDeleted = useWorkspace((s) => s.lastDeleted);
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [toastFor, setToastFor] = useState<string | null>(null);
  const [tab, setTab] = useState<PanelTab>('edit');
  const panelId = useId();
  const guard = useLeaveGuard();

  const rows = useMemo(() => (data ? memberRows(data, selectAnalysis(data)) : []), [data]);
  const roleNames = useMemo(() => roleNamesOf(data?.framework ?? { roles: [] }), [data]);
  const shownRows = useMemo(() => filterRows(rows, filters, roleNames), [rows, filters, roleNames]);
  const productTeams = useMemo(
    () =>
      Array.from(
        new Set([...(data?.organisation.productTeams ?? []), ...(data?.members ?? []).map((m) => m.productTeam)]),
      )
        .filter(Boolean)
        .sort(),
    [data],
  );

  if (!data) return null;

  const editedMember = editing?.memberId ? data.members.find((m) => m.id === editing.memberId) : undefined;
  // An edited member that is gone (deleted elsewhere) closes the editor.
  const editorOpen = editing !== null && (editing.memberId === null || editedMember !== undefined);

  // Opening the member already open keeps the draft; anything else starts a fresh editor,
  // after asking what to do with unsaved changes in the one open now.
  const open = (memberId: string | null) => {
    if (editorOpen && memberId !== null && editing.memberId === memberId) return;
    guard.getState().leave(() => setEditing((current) => ({ key: (current?.key ?? 0) + 1, memberId })));
  };
  const close = () => guard.getState().leave(() => setEditing(null));

  async function save(member: Member): Promise<string | null> {
    const saved = await request('member:save', { member });
    if (!saved) return null;
    setEditing((current) => (current ? { ...current, memberId: member.id } : current));
    return member.id;
  }

  async function remove(draft: Member) {
    // The stored member, not the draft: its name may have been edited without saving.
    const member = workspace.getState().data?.members.find((m) => m.id === draft.id);
    if (!member) return;
    if (!confirm(`Delete ${member.name}? Their assessment and time allocation are removed too.`)) return;
    const deleted = await deleteMember(workspace, member.id);
    if (!deleted) return;
    setEditing(null);
    setToastFor(member.id);
  }

  async function undo() {
    if (await undoDelete(workspace)) setToastFor(null);
  }

  // Tabs follow the ARIA pattern: arrows, Home and End move between them.
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const at = PANEL_TABS.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % PANEL_TABS.length
        : event.key === 'ArrowLeft'
          ? (at + PANEL_TABS.length - 1) % PANEL_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? PANEL_TABS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const nextTab = PANEL_TABS[next]!.id;
    setTab(nextTab);
    document.getElementById(`${panelId}-tab-${nextTab}`)?.focus();
  }

  const toast = lastDeleted && lastDeleted.id === toastFor ? lastDeleted : null;

  return (
    <div className={`team${editorOpen ? ' team--editing' : ''}`}>
      <div className="team__list-pane">
        <header className="team__header">
          <h1 className="team__title">Team</h1>
          <Button variant="primary" onClick={() => open(null)}>
            Add member
          </Button>
        </header>
        {/* Spreadsheets in and out: a row of their own, so the narrow list pane never stacks them. */}
        <div className="team__toolbar">
          {onImport ? (
            <Button disabled={busy} onClick={onImport}>
              Import…
            </Button>
          ) : null}
          <TeamExportMenu busy={busy} teamEmpty={data.members.length === 0} />
          <SelfAssessmentForms busy={busy} teamEmpty={data.members.length === 0} />
        </div>
        <OperationErrors channels={TEAM_OPERATIONS} />
        {toast ? (
          <div className="banner banner--info team__toast" role="status">
            <p>Deleted {toast.name}</p>
            <span className="team__toast-actions">
              <Button disabled={busy} onClick={() => void undo()}>
                Undo
              </Button>
              <Button variant="quiet" onClick={() => setToastFor(null)}>
                Dismiss
              </Button>
            </span>
          </div>
        ) : null}
        {data.members.length === 0 ? (
          <div className="team__empty">
            <p>No members yet — add your first team member</p>
            <Button variant="primary" onClick={() => open(null)}>
              Add member
            </Button>
          </div>
        ) : (
          <>
            <MemberFilters
              filters={filters}
              onChange={setFilters}
              framework={data.framework}
              productTeams={productTeams}
              shown={shownRows.length}
              total={rows.length}
            />
            {shownRows.length === 0 ? (
              <div className="team__empty">
                <p>No members match {isFiltered(filters) ? 'these filters' : 'the search'}</p>
                <Button onClick={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}>Clear filters</Button>
              </div>
            ) : (
              <MemberList
                rows={shownRows}
                roleNames={roleNames}
                selectedId={editorOpen ? (editing?.memberId ?? null) : null}
                onOpen={(id) => open(id)}
              />
            )}
          </>
        )}
      </div>
      {editorOpen && editing ? (
        <div className="team__panel">
          {editedMember ? (
            <div className="team__tabs" role="tablist" aria-label={`${editedMember.name}: details or edit`}>
              {PANEL_TABS.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  id={`${panelId}-tab-${t.id}`}
                  className="team__tab"
                  aria-selected={tab === t.id}
                  aria-controls={`${panelId}-panel-${t.id}`}
                  tabIndex={tab === t.id ? 0 : -1}
                  onClick={() => setTab(t.id)}
                  onKeyDown={onTabKey}
                >
                  {t.label}
                </button>
              ))}
            </div>
          ) : null}
          {editedMember && tab === 'details' ? (
            <div role="tabpanel" id={`${panelId}-panel-details`} aria-labelledby={`${panelId}-tab-details`}>
              <MemberDetail data={data} analysis={selectAnalysis(data)} memberId={editedMember.id} />
            </div>
          ) : null}
          {/* The editor stays mounted behind the Details tab, so an unsaved draft survives a look at the details. */}
          <div
            role={editedMember ? 'tabpanel' : undefined}
            id={`${panelId}-panel-edit`}
            aria-labelledby={editedMember ? `${panelId}-tab-edit` : undefined}
            hidden={editedMember !== undefined && tab !== 'edit'}
          >
            <MemberEditor
              key={editing.key}
              data={data}
              initial={editedMember ?? blankMember(data)}
              isNew={editing.memberId === null}
              busy={busy}
              error={error}
              onSave={save}
              onDelete={(member) => void remove(member)}
              onClose={close}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
