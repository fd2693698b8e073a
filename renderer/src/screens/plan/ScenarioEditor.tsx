import { OTHER_ROLE_ID, OTHER_ROLE_NAME } from '@shared/domain';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { productTeamsOf, roleLookup } from '@shared/analysis';
import type { AppData } from '@shared/data';
import {
  draftProblems,
  MAX_HIRES_PER_ROW,
  newKey,
  type HireRow,
  type MoveRow,
  type ScenarioDraft,
} from './scenario-draft';
import { Button } from '@renderer/components/common/Button';
import { ProductTeamSelect } from './ProductTeamSelect';

/*
 * The scenario form: name, planned hires (role, product team, count), role moves
 * (member → role) and departures. It edits a draft and hands it back on save; the screen
 * turns the draft into a scenario and saves it through main.
 */

export function ScenarioEditor({
  data,
  initial,
  busy,
  onSave,
  onCancel,
}: {
  data: AppData;
  initial: ScenarioDraft;
  busy: boolean;
  onSave: (draft: ScenarioDraft) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [showProblems, setShowProblems] = useState(false);
  const id = useId();
  const { framework, organisation, members } = data;
  // The product teams people belong to and those listed with nobody yet: a hire can go to any.
  const productTeams = useMemo(
    () =>
      productTeamsOf(organisation.productTeams, members, roleLookup(framework))
        .filter((t) => !t.unassigned)
        .map((t) => t.name),
    [organisation.productTeams, members, framework],
  );
  const problems = draftProblems(draft);
  const defaultRole = framework.roles[0]?.id ?? '';

  const update = (patch: Partial<ScenarioDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateHire = (key: number, patch: Partial<HireRow>) =>
    setDraft((d) => ({ ...d, hires: d.hires.map((h) => (h.key === key ? { ...h, ...patch } : h)) }));
  const updateMove = (key: number, patch: Partial<MoveRow>) =>
    setDraft((d) => ({ ...d, moves: d.moves.map((m) => (m.key === key ? { ...m, ...patch } : m)) }));
  const toggleDeparture = (memberId: string, leaving: boolean) =>
    setDraft((d) => ({
      ...d,
      departures: leaving ? [...d.departures, memberId] : d.departures.filter((x) => x !== memberId),
    }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    onSave(draft);
  }

  const roleOptions = framework.roles.map((role) => (
    <option key={role.id} value={role.id}>
      {role.name}
    </option>
  ));

  return (
    <form
      className="scenario-form"
      aria-label={draft.id ? 'Edit scenario' : 'New scenario'}
      noValidate
      onSubmit={submit}
    >
      <h3 className="scenario-form__title">{draft.id ? `Edit “${initial.name}”` : 'New scenario'}</h3>

      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          maxLength={120}
          value={draft.name}
          onChange={(e) => update({ name: e.target.value })}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={2}
          maxLength={2000}
          value={draft.description}
          onChange={(e) => update({ description: e.target.value })}
        />
      </div>

      <fieldset className="scenario-form__group">
        <legend>Planned hires</legend>
        {draft.hires.length === 0 ? <p className="plan-muted">No planned hires.</p> : null}
        {draft.hires.map((row, i) => (
          <div key={row.key} className="row-editor" data-row="hire">
            <label>
              Role
              <select
                name={`hire-${i}-role`}
                value={row.role}
                onChange={(e) => updateHire(row.key, { role: e.target.value })}
              >
                {roleOptions}
              </select>
            </label>
            <label>
              Product team
              <ProductTeamSelect
                name={`hire-${i}-team`}
                value={row.productTeam}
                productTeams={productTeams}
                onChange={(productTeam) => updateHire(row.key, { productTeam })}
              />
            </label>
            <label>
              Count
              <input
                name={`hire-${i}-count`}
                type="number"
                min={1}
                max={MAX_HIRES_PER_ROW}
                step={1}
                value={Number.isNaN(row.count) ? '' : row.count}
                onChange={(e) => updateHire(row.key, { count: e.target.valueAsNumber })}
              />
            </label>
            <label>
              Starts on
              <input
                name={`hire-${i}-date`}
                type="date"
                value={row.date}
                onChange={(e) => updateHire(row.key, { date: e.target.value })}
              />
            </label>
            <Button
              variant="quiet"
              aria-label={`Remove planned hire ${i + 1}`}
              onClick={() => update({ hires: draft.hires.filter((h) => h.key !== row.key) })}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button
          disabled={!defaultRole}
          onClick={() =>
            update({
              hires: [...draft.hires, { key: newKey(), role: defaultRole, productTeam: '', count: 1, date: '' }],
            })
          }
        >
          Add planned hire
        </Button>
      </fieldset>

      <fieldset className="scenario-form__group">
        <legend>Role moves</legend>
        {draft.moves.length === 0 ? <p className="plan-muted">Nobody changes role.</p> : null}
        {draft.moves.map((row, i) => (
          <div key={row.key} className="row-editor" data-row="move">
            <label>
              Member
              <select
                name={`move-${i}-member`}
                value={row.memberId}
                onChange={(e) => updateMove(row.key, { memberId: e.target.value })}
              >
                <option value="">Choose a member…</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Moves to
              <select
                name={`move-${i}-role`}
                value={row.toRole}
                onChange={(e) => updateMove(row.key, { toRole: e.target.value })}
              >
                {roleOptions}
                <option value={OTHER_ROLE_ID}>{OTHER_ROLE_NAME}</option>
              </select>
            </label>
            <label>
              From
              <input
                name={`move-${i}-date`}
                type="date"
                value={row.date}
                onChange={(e) => updateMove(row.key, { date: e.target.value })}
              />
            </label>
            <Button
              variant="quiet"
              aria-label={`Remove role move ${i + 1}`}
              onClick={() => update({ moves: draft.moves.filter((m) => m.key !== row.key) })}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button
          disabled={members.length === 0 || !defaultRole}
          onClick={() =>
            update({ moves: [...draft.moves, { key: newKey(), memberId: '', toRole: defaultRole, date: '' }] })
          }
        >
          Add role move
        </Button>
      </fieldset>

      <fieldset className="scenario-form__group">
        <legend>Departures</legend>
        {members.length === 0 ? (
          <p className="plan-muted">The team has no members.</p>
        ) : (
          <ul className="departure-list">
            {members.map((m) => (
              <li key={m.id}>
                <label>
                  <input
                    type="checkbox"
                    name="departure"
                    value={m.id}
                    checked={draft.departures.includes(m.id)}
                    onChange={(e) => toggleDeparture(m.id, e.target.checked)}
                  />{' '}
                  {m.name}
                </label>
                {draft.departures.includes(m.id) ? (
                  <label className="departure-list__date">
                    Leaves on
                    <input
                      name={`departure-${m.id}-date`}
                      type="date"
                      value={draft.departureDates[m.id] ?? ''}
                      onChange={(e) => update({ departureDates: { ...draft.departureDates, [m.id]: e.target.value } })}
                    />
                  </label>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      {showProblems && problems.length > 0 ? (
        <div className="form-problems" role="alert">
          <p>The scenario cannot be saved yet:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="scenario-form__actions">
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save scenario'}
        </Button>
      </div>
    </form>
  );
}
