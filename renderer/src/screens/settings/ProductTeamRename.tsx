import { useId, useMemo, useState } from 'react';
import type { AppData } from '@shared/data';
import { Button } from '@renderer/components/common/Button';
import { usePending, useRequest } from '@renderer/state/hooks';

/** Every product team the data names, listed or only on members, with how many people are in it. */
export function productTeamsInUse(data: AppData): { name: string; people: number }[] {
  const people = new Map<string, number>(data.organisation.productTeams.map((t) => [t, 0]));
  for (const member of data.members) {
    if (member.productTeam) people.set(member.productTeam, (people.get(member.productTeam) ?? 0) + 1);
  }
  return [...people].map(([name, count]) => ({ name, people: count })).sort((a, b) => a.name.localeCompare(b.name));
}

const peopleText = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;

/**
 * Renames a product team on the organisation, every member and every planned hire at once:
 * editing the list above alone would leave the people on the old name.
 */
export function ProductTeamRename({ data }: { data: AppData }) {
  const id = useId();
  const request = useRequest();
  const busy = usePending('organisation:renameProductTeam');
  const teams = useMemo(() => productTeamsInUse(data), [data]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const chosen = teams.find((t) => t.name === from);
  const target = to.trim();
  const mergesInto = teams.find((t) => t.name === target && t.name !== from);
  if (teams.length === 0) return null;

  async function rename() {
    setDone(null);
    const answer = await request(
      'organisation:renameProductTeam',
      { from, to: target },
      { title: 'The product team was not renamed' },
    );
    if (answer === undefined) return;
    setDone(`“${from}” is now “${target}” (${peopleText(chosen?.people ?? 0)}).`);
    setFrom(target);
    setTo('');
  }

  return (
    <form
      className="settings__section"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen && target && target !== from) void rename();
      }}
    >
      <h2 id={`${id}-title`}>Rename a product team</h2>
      <p className="settings__hint">
        Renames it everywhere: in the organisation&apos;s list, on every member and on planned hires. Renaming onto
        another team&apos;s name merges the two.
      </p>
      <label className="field">
        <span className="field__label">Product team</span>
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">Choose a team…</option>
          {teams.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name} ({peopleText(t.people)})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">New name</span>
        <input value={to} maxLength={120} onChange={(e) => setTo(e.target.value)} />
        {mergesInto ? (
          <span className="field__hint">
            “{mergesInto.name}” exists ({peopleText(mergesInto.people)}): the two teams become one.
          </span>
        ) : null}
      </label>
      <div className="settings__actions">
        <Button type="submit" disabled={busy || !chosen || !target || target === from}>
          {busy ? 'Renaming…' : 'Rename everywhere'}
        </Button>
        {done ? (
          <span className="settings__saved" role="status">
            {done}
          </span>
        ) : null}
      </div>
    </form>
  );
}
