import { useId, useMemo, useState } from 'react';
import type { Settings } from '@shared/data';
import { unusedPlanningEntries, type Organisation } from '@shared/domain';
import { Button } from '@renderer/components/common/Button';
import { usePending, useRequest, useWorkspace, useWorkspaceStore } from '@renderer/state/hooks';
import { CheckedField } from './CheckedField';
import {
  checkPlanningDraft,
  COMMON_CURRENCIES,
  DEFAULT_WEIGHT_FIELDS,
  hireLimitText,
  planningDraft,
  UPSKILL_PLACEHOLDER,
  type PlanningDraft,
  type PlanningField,
} from './planning-form';
import { RoleCostTable } from './RoleCostTable';
import { ValueWeightsFields } from './ValueWeightsFields';
import './planning-settings.css';

const NO_PROBLEMS: ReadonlyMap<PlanningField, string> = new Map();

/**
 * Settings for planning hires: the currency, each role's cost and time to hire, how long a
 * level takes to grow, the weights of a budgeted plan and the company's headcount. The hire
 * limit itself is set on the Plan screen; this section only says which currency it counts in.
 */
export function HiringPlanningSection() {
  const id = useId();
  const workspace = useWorkspaceStore();
  const request = useRequest();
  const data = useWorkspace((s) => s.data);
  const busy = usePending('settings:save', 'organisation:save');
  const framework = data?.framework;
  const roles = useMemo(() => (framework ? framework.roles.map((r) => ({ id: r.id, name: r.name })) : []), [framework]);
  // null until the manager types: the form then shows what is stored, whoever changed it.
  const [edits, setEdits] = useState<PlanningDraft | null>(null);
  const [saved, setSaved] = useState(false);
  if (!data) return null;

  const stored = data.settings.planning;
  const draft = edits ?? planningDraft(stored, data.organisation.companyHeadcount, roles);
  const check = checkPlanningDraft(draft, stored, roles);
  const problems = check.ok ? NO_PROBLEMS : check.problems;
  const edit = (change: (draft: PlanningDraft) => PlanningDraft) => {
    setSaved(false);
    setEdits(change(draft));
  };

  async function save() {
    if (!check.ok) return;
    const { planning, companyHeadcount } = check.save;
    const before = workspace.getState().data;
    if (!before) return;
    if (JSON.stringify(planning) !== JSON.stringify(before.settings.planning)) {
      const settings: Settings = { ...before.settings, planning };
      if (planning === undefined) delete settings.planning;
      const answer = await request('settings:save', { settings }, { title: 'The planning settings were not saved' });
      if (answer === undefined) return;
    }
    // The organisation as stored now, not as the Organisation form's draft has it: that form
    // keeps its own unsaved edits, and saves them over this one with the headcount kept.
    const organisation = workspace.getState().data?.organisation;
    if (organisation && organisation.companyHeadcount !== companyHeadcount) {
      const next: Organisation = { ...organisation, companyHeadcount };
      if (companyHeadcount === undefined) delete next.companyHeadcount;
      const answer = await request(
        'organisation:save',
        { organisation: next },
        { title: "The company's headcount was not saved" },
      );
      if (answer === undefined) return;
    }
    setEdits(null);
    setSaved(true);
  }

  const currency = stored?.currency;
  const unused = unusedPlanningEntries(stored, data.framework);
  return (
    <form
      className="settings__section planning-settings"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-title`}>Hiring and planning</h2>
      <p className="settings__hint">
        What a hire costs and how long it takes, for plans under a budget and over time. Blank fields are not set; a
        blank lead time or upskill time uses the default shown.
      </p>
      <CheckedField
        id={`${id}-currency`}
        label="Currency"
        hint="A three-letter code; costs are shown in it, never converted."
        value={draft.currency}
        placeholder="EUR"
        inputMode="text"
        list={`${id}-currencies`}
        problem={problems.get('currency')}
        onChange={(value) => edit((d) => ({ ...d, currency: value }))}
      />
      <datalist id={`${id}-currencies`}>
        {COMMON_CURRENCIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      <p className="planning-settings__limit">
        Hire limit: {hireLimitText(stored?.hireLimit, currency)} It is set on the Plan screen and counts money in{' '}
        {currency ? <strong>{currency}</strong> : 'the currency above (none saved yet)'}.
      </p>

      <h3>Cost and time to hire, per role</h3>
      <RoleCostTable
        roles={roles}
        draft={draft}
        currency={draft.currency}
        problems={problems}
        onChange={(field, roleId, value) => edit((d) => ({ ...d, [field]: { ...d[field], [roleId]: value } }))}
      />
      {unused.length > 0 ? (
        <p className="settings__hint" data-testid="unused-planning-roles">
          Kept but not used, as the framework has no such role:{' '}
          {unused.map((e) => `${e.key === 'roleCosts' ? 'cost' : 'lead time'} for "${e.roleId}"`).join(', ')}. They
          count again if the role comes back.
        </p>
      ) : null}
      <CheckedField
        id={`${id}-upskill`}
        label="Months to grow one level on a skill"
        hint={`For upskilling steps on the timeline. Blank: ${UPSKILL_PLACEHOLDER} months.`}
        value={draft.upskillMonthsPerLevel}
        placeholder={UPSKILL_PLACEHOLDER}
        inputMode="numeric"
        problem={problems.get('upskillMonthsPerLevel')}
        onChange={(value) => edit((d) => ({ ...d, upskillMonthsPerLevel: value }))}
      />

      <ValueWeightsFields
        weights={draft.weights}
        problems={problems}
        onChange={(key, value) => edit((d) => ({ ...d, weights: { ...d.weights, [key]: value } }))}
        onReset={() => edit((d) => ({ ...d, weights: { ...DEFAULT_WEIGHT_FIELDS } }))}
      />

      <CheckedField
        id={`${id}-headcount`}
        label="Company headcount"
        hint="Everyone the company employs, for the benchmarks: the data team's size beside it. Blank: not set."
        value={draft.companyHeadcount}
        inputMode="numeric"
        problem={problems.get('companyHeadcount')}
        onChange={(value) => edit((d) => ({ ...d, companyHeadcount: value }))}
      />

      <div className="settings__actions">
        <Button type="submit" variant="primary" disabled={busy || !check.ok}>
          {busy ? 'Saving…' : 'Save hiring and planning'}
        </Button>
        {edits !== null ? (
          <Button variant="quiet" onClick={() => setEdits(null)}>
            Discard changes
          </Button>
        ) : null}
        {saved ? (
          <span className="settings__saved" role="status">
            Saved
          </span>
        ) : null}
      </div>
    </form>
  );
}
