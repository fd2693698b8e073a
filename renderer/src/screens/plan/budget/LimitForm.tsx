import { useId, useState } from 'react';
import type { AppData } from '@shared/data';
import { Button } from '@renderer/components/common/Button';
import { usePending, useRequest } from '@renderer/state/hooks';
import { draftOfLimit, limitOfDraft, withLimit, type LimitDraft, type LimitKind } from './limit-draft';

/** The limit of the plan: none, a number of hires, or money; saved with the settings. */
export function LimitForm({ data }: { data: AppData }) {
  const id = useId();
  const request = useRequest();
  const saving = usePending('settings:save');
  const planning = data.settings.planning;
  const [draft, setDraft] = useState<LimitDraft>(() => draftOfLimit(planning?.hireLimit));
  const [error, setError] = useState<string | null>(null);
  const currency = planning?.currency;

  async function save() {
    const read = limitOfDraft(draft);
    if ('error' in read) {
      setError(read.error);
      return;
    }
    setError(null);
    await request('settings:save', { settings: { ...data.settings, planning: withLimit(planning, read.limit) } });
  }

  return (
    <form
      className="budget-limit"
      aria-label="Hire limit"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-kind`}>Limit</label>
        <select
          id={`${id}-kind`}
          value={draft.kind}
          onChange={(e) => setDraft({ kind: e.target.value as LimitKind, text: draft.text })}
        >
          <option value="none">No limit (the fewest hires that close every gap)</option>
          <option value="hires">A number of hires</option>
          <option value="money">A yearly budget</option>
        </select>
      </div>
      {draft.kind !== 'none' ? (
        <div className="field">
          <label htmlFor={`${id}-amount`}>
            {draft.kind === 'hires'
              ? 'Hires'
              : `Budget${currency ? ` (${currency} a year)` : ' (a year, in the settings currency)'}`}
          </label>
          <input
            id={`${id}-amount`}
            inputMode={draft.kind === 'hires' ? 'numeric' : 'decimal'}
            value={draft.text}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDraft({ kind: draft.kind, text: e.target.value })}
          />
        </div>
      ) : null}
      <Button type="submit" disabled={saving}>
        Save limit
      </Button>
      {error ? (
        <p id={`${id}-error`} className="budget-limit__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
