import { useId, useState } from 'react';
import { THEMES, type Theme } from '@shared/data';
import { SIZE_CLASSES, type Organisation, type SizeClass } from '@shared/domain';
import { DEFAULT_STALE_AFTER_MONTHS } from '@shared/domain/staleness';
import { identityKey } from '@shared/identity';
import type { Channel } from '@shared/ipc';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { usePending, useRequest, useWorkspace, useWorkspaceStore } from '@renderer/state/hooks';
import { importAllData } from '@renderer/state/workflows';
import './settings.css';
import { Button } from '@renderer/components/common/Button';
import { ProductTeamRename } from './ProductTeamRename';

/** What the Settings screen starts: its errors show here. */
const SETTINGS_OPERATIONS: readonly Channel[] = [
  'organisation:save',
  'organisation:renameProductTeam',
  'app:openDataFolder',
  'data:exportAll',
  'data:importAll',
  'settings:save',
];

const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** Product teams as typed: one per line or comma-separated, trimmed, without duplicates. */
export function parseProductTeams(text: string): string[] {
  const seen = new Set<string>();
  for (const name of text.split(/[\n,]/).map((t) => t.trim())) {
    if (name && !seen.has(name)) seen.add(name);
  }
  return [...seen];
}

/** A draft of the organisation form, with the problems that stop it from being saved. */
export function organisationProblems(draft: {
  name: string;
  minPeople: number;
  threshold: number;
  staleAfterMonths?: number;
}): string[] {
  const problems: string[] = [];
  if (!draft.name.trim()) problems.push('The organisation needs a name.');
  if (!Number.isInteger(draft.minPeople) || draft.minPeople < 1 || draft.minPeople > 1000) {
    problems.push('People needed per skill must be a whole number from 1 to 1000.');
  }
  if (!Number.isFinite(draft.threshold) || draft.threshold < 0 || draft.threshold > 100) {
    problems.push('The engineering-load threshold must be between 0 and 100 %.');
  }
  const months = draft.staleAfterMonths;
  if (months !== undefined && (!Number.isInteger(months) || months < 1 || months > 120)) {
    problems.push('An assessment goes stale after a whole number of months from 1 to 120.');
  }
  return problems;
}

/** Settings: the organisation and its coverage policy, the data folder and backups, the theme. */
export function SettingsScreen({
  onOpenBackups,
  confirm = (message) => window.confirm(message),
}: {
  onOpenBackups: () => void;
  /** Asks before data is replaced; injectable for tests. */
  confirm?: (message: string) => boolean;
}) {
  const workspace = useWorkspaceStore();
  const request = useRequest();
  const data = useWorkspace((s) => s.data);
  const dataFile = useWorkspace((s) => s.dataFile);
  const saving = usePending('organisation:save');
  const moving = usePending('data:exportAll', 'data:importAll');
  const savingTheme = usePending('settings:save');
  const id = useId();
  // Kept here: the form below starts afresh (remounts) when the stored organisation changes.
  const [saved, setSaved] = useState(false);
  if (!data) return null;

  return (
    <div className="settings">
      <h1>Settings</h1>
      <OperationErrors channels={SETTINGS_OPERATIONS} />
      {/* Keyed by the stored organisation: the form starts again from it whenever it changes. */}
      <OrganisationForm
        key={identityKey(data.organisation)}
        organisation={data.organisation}
        busy={saving}
        saved={saved}
        save={async (next) => {
          setSaved(false);
          setSaved((await request('organisation:save', { organisation: next })) !== undefined);
        }}
      />
      <ProductTeamRename data={data} />

      <section className="settings__section" aria-labelledby={`${id}-data`}>
        <h2 id={`${id}-data`}>Data and backups</h2>
        <p>
          Everything is stored on this computer in <code>{dataFile ?? 'the data folder'}</code>.
        </p>
        <div className="settings__actions">
          <Button
            onClick={() => void request('app:openDataFolder', {}, { title: 'The data folder could not be opened' })}
          >
            Open data folder
          </Button>
          <Button onClick={onOpenBackups}>Backups…</Button>
        </div>
        <h3 className="settings__subtitle">Move your data</h3>
        <p className="settings__hint">
          One JSON file with the team, framework, scenarios and settings: a copy for safekeeping or for another
          computer. Importing one either merges its people by name into yours or replaces everything; either can be
          undone.
        </p>
        <div className="settings__actions">
          <Button
            disabled={moving}
            onClick={() => void request('data:exportAll', {}, { title: 'The data was not saved to a file' })}
          >
            Save all data to a file…
          </Button>
          <Button disabled={moving} onClick={() => void importAllData(workspace, 'merge')}>
            Merge from a file…
          </Button>
          <Button
            variant="quiet"
            disabled={moving}
            onClick={() => {
              if (confirm('Replace all your data with the contents of a file? A backup is taken first.')) {
                void importAllData(workspace, 'replace');
              }
            }}
          >
            Replace from a file…
          </Button>
        </div>
      </section>

      <section className="settings__section" aria-labelledby={`${id}-theme`}>
        <h2 id={`${id}-theme`}>Theme</h2>
        <div role="radiogroup" aria-labelledby={`${id}-theme`} className="settings__themes">
          {THEMES.map((theme) => (
            <label key={theme} className="settings__theme">
              <input
                type="radio"
                name={`${id}-theme`}
                value={theme}
                checked={data.settings.theme === theme}
                disabled={savingTheme}
                onChange={() => void request('settings:save', { settings: { ...data.settings, theme } })}
              />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </div>
      </section>
    </div>
  );
}

function OrganisationForm({
  organisation,
  busy,
  saved,
  save,
}: {
  organisation: Organisation;
  busy: boolean;
  saved: boolean;
  save: (next: Organisation) => Promise<void>;
}) {
  const id = useId();
  const [name, setName] = useState(organisation.name);
  const [teams, setTeams] = useState(organisation.productTeams.join('\n'));
  const [sizeClass, setSizeClass] = useState<SizeClass | 'auto'>(organisation.sizeClass ?? 'auto');
  const [minPeople, setMinPeople] = useState(organisation.coverage.minPeople);
  const [threshold, setThreshold] = useState(organisation.engineeringLoadThreshold);
  const [staleAfterMonths, setStaleAfterMonths] = useState(organisation.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS);
  const problems = organisationProblems({ name, minPeople, threshold, staleAfterMonths });

  async function submit() {
    const next: Organisation = {
      ...organisation,
      name: name.trim(),
      productTeams: parseProductTeams(teams),
      coverage: { ...organisation.coverage, minPeople },
      engineeringLoadThreshold: threshold,
    };
    if (sizeClass === 'auto') delete next.sizeClass;
    else next.sizeClass = sizeClass;
    // The default is left unstored, so a later change of the default reaches organisations that never chose.
    if (staleAfterMonths === DEFAULT_STALE_AFTER_MONTHS && organisation.staleAfterMonths === undefined) {
      delete next.staleAfterMonths;
    } else {
      next.staleAfterMonths = staleAfterMonths;
    }
    await save(next);
  }

  return (
    <form
      className="settings__section"
      aria-labelledby={`${id}-org`}
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length === 0) void submit();
      }}
    >
      <h2 id={`${id}-org`}>Organisation</h2>
      <label className="field">
        <span className="field__label">Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label className="field">
        <span className="field__label">Product teams</span>
        <span className="field__hint">One per line. Their number decides the article&apos;s structure advice.</span>
        <textarea value={teams} rows={4} onChange={(e) => setTeams(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Organisation size</span>
        <select value={sizeClass} onChange={(e) => setSizeClass(e.target.value as SizeClass | 'auto')}>
          <option value="auto">From the number of product teams and people</option>
          {SIZE_CLASSES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
      </label>
      <h3>Coverage policy</h3>
      <label className="field">
        <span className="field__label">People needed at the target level, per skill</span>
        <span className="field__hint">2 means no skill may depend on a single person.</span>
        <input
          type="number"
          min={1}
          max={1000}
          step={1}
          value={minPeople}
          onChange={(e) => setMinPeople(e.target.valueAsNumber)}
        />
      </label>
      <label className="field">
        <span className="field__label">Engineering-load threshold (% of a scientist&apos;s time)</span>
        <span className="field__hint">Scientists spending more than this on data-engineering work are flagged.</span>
        <input
          type="number"
          min={0}
          max={100}
          step={5}
          value={threshold}
          onChange={(e) => setThreshold(e.target.valueAsNumber)}
        />
      </label>
      <h3>Assessments</h3>
      <label className="field">
        <span className="field__label">An assessment is stale after (months)</span>
        <span className="field__hint">
          Members assessed longer ago than this are flagged as due for a new assessment.
        </span>
        <input
          type="number"
          min={1}
          max={120}
          step={1}
          value={staleAfterMonths}
          onChange={(e) => setStaleAfterMonths(e.target.valueAsNumber)}
        />
      </label>
      {problems.length > 0 ? (
        <ul className="settings__problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="settings__actions">
        <Button type="submit" variant="primary" disabled={busy || problems.length > 0}>
          {busy ? 'Saving…' : 'Save organisation'}
        </Button>
        {saved ? (
          <span className="settings__saved" role="status">
            Saved
          </span>
        ) : null}
      </div>
    </form>
  );
}
