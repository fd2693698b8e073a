import { useId, useMemo, useState } from 'react';
import { productTeamsOf, roleLookup, type ProductTeamHeadcount } from '@shared/analysis';
import { THEMES, type Theme } from '@shared/data';
import {
  DEFAULT_TEAM_MIN_PEOPLE,
  SIZE_CLASSES,
  TEAM_SCOPE_FROM_MEMBERS,
  type CoverageScope,
  type Organisation,
  type SizeClass,
} from '@shared/domain';
import { DEFAULT_STALE_AFTER_MONTHS } from '@shared/domain/staleness';
import type { Channel } from '@shared/ipc';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { usePending, useRequest, useWorkspace, useWorkspaceStore } from '@renderer/state/hooks';
import { importAllData } from '@renderer/state/workflows';
import './settings.css';
import { Button } from '@renderer/components/common/Button';
import { DataTable } from '@renderer/components/common/DataTable';
import { NumberField } from './NumberField';
import { ProductTeamRename } from './ProductTeamRename';
import { HiringPlanningSection } from './HiringPlanningSection';
import { useOrganisationFormKey } from './organisation-form-key';

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
  teamMinPeople?: number;
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
  const team = draft.teamMinPeople;
  if (team !== undefined && (!Number.isInteger(team) || team < 1 || team > 1000)) {
    problems.push('People needed per product team must be a whole number from 1 to 1000.');
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
  // The product teams people belong to, with headcount: the structure advice counts these.
  const teams = useMemo(
    () => (data ? productTeamsOf(data.organisation.productTeams, data.members, roleLookup(data.framework)) : []),
    [data],
  );
  const organisationFormKey = useOrganisationFormKey(data?.organisation);
  if (!data) return null;

  return (
    <div className="settings">
      <h1>Settings</h1>
      <OperationErrors channels={SETTINGS_OPERATIONS} />
      {/* Keyed by the stored organisation: the form starts again from it when it changes (not for the headcount alone). */}
      <OrganisationForm
        key={organisationFormKey}
        organisation={data.organisation}
        teams={teams}
        busy={saving}
        saved={saved}
        save={async (next) => {
          setSaved(false);
          setSaved((await request('organisation:save', { organisation: next })) !== undefined);
        }}
      />
      <ProductTeamRename data={data} />
      <HiringPlanningSection />

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

/** "Data scientist 2, ML engineer 1". */
const rolesText = (team: ProductTeamHeadcount): string =>
  team.roles.map((r) => `${r.roleName} ${r.people}`).join(', ') || '—';

function OrganisationForm({
  organisation,
  teams,
  busy,
  saved,
  save,
}: {
  organisation: Organisation;
  /** The product teams from the members and the organisation, with headcount. */
  teams: readonly ProductTeamHeadcount[];
  busy: boolean;
  saved: boolean;
  save: (next: Organisation) => Promise<void>;
}) {
  const id = useId();
  const [name, setName] = useState(organisation.name);
  // Listed teams people belong to stay listed; the text box holds only the teams with nobody
  // yet, so that everything the manager sees there is theirs to edit.
  const [staffed] = useState(() =>
    organisation.productTeams.filter((name) => teams.some((t) => t.name === name && t.people > 0)),
  );
  const [emptyTeams, setEmptyTeams] = useState(() =>
    organisation.productTeams.filter((name) => !staffed.includes(name)).join('\n'),
  );
  const withPeople = teams.filter((t) => t.people > 0);
  const [sizeClass, setSizeClass] = useState<SizeClass | 'auto'>(organisation.sizeClass ?? 'auto');
  const [minPeople, setMinPeople] = useState(organisation.coverage.minPeople);
  const [scope, setScope] = useState<CoverageScope | 'auto'>(organisation.coverage.scope ?? 'auto');
  const [teamMinPeople, setTeamMinPeople] = useState(organisation.coverage.teamMinPeople ?? DEFAULT_TEAM_MIN_PEOPLE);
  const [threshold, setThreshold] = useState(organisation.engineeringLoadThreshold);
  const [staleAfterMonths, setStaleAfterMonths] = useState(organisation.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS);
  const problems = organisationProblems({ name, minPeople, threshold, teamMinPeople, staleAfterMonths });

  async function submit() {
    const coverage: Organisation['coverage'] = { ...organisation.coverage, minPeople, teamMinPeople };
    if (scope === 'auto') delete coverage.scope;
    else coverage.scope = scope;
    if (teamMinPeople === DEFAULT_TEAM_MIN_PEOPLE) delete coverage.teamMinPeople;
    const next: Organisation = {
      ...organisation,
      name: name.trim(),
      productTeams: parseProductTeams([...staffed, emptyTeams].join('\n')),
      coverage,
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
      <h3>Product teams</h3>
      <p className="field__hint">
        The teams people belong to come from the members; their number, with the headcount, decides the structure
        advice.
      </p>
      {withPeople.length > 0 ? (
        <DataTable
          caption="Product teams people belong to"
          header={['Product team', 'People', 'By role']}
          numeric={[1]}
          rows={withPeople.map((t) => [t.label, t.people, rolesText(t)])}
        />
      ) : (
        <p className="field__hint">Nobody belongs to a product team yet.</p>
      )}
      <label className="field">
        <span className="field__label">Product teams with nobody yet</span>
        <span className="field__hint">One per line: teams you serve that nobody in the data team belongs to.</span>
        <textarea value={emptyTeams} rows={3} onChange={(e) => setEmptyTeams(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Organisation size</span>
        <select value={sizeClass} onChange={(e) => setSizeClass(e.target.value as SizeClass | 'auto')}>
          <option value="auto">From the product teams and the number of people</option>
          {SIZE_CLASSES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
      </label>
      <h3>Coverage policy</h3>
      <NumberField
        label="People needed at the target level, per skill"
        hint="2 means no skill may depend on a single person."
        min={1}
        max={1000}
        value={minPeople}
        onChange={setMinPeople}
      />
      <label className="field">
        <span className="field__label">Where coverage is asked for</span>
        <span className="field__hint">
          At organisation scale the risk is inside product teams: every skill is held somewhere while a team has nobody
          for one.
        </span>
        <select
          name="coverage-scope"
          value={scope}
          onChange={(e) => setScope(e.target.value as CoverageScope | 'auto')}
        >
          <option value="auto">
            By size: the organisation below {TEAM_SCOPE_FROM_MEMBERS} people, and each product team from then on
          </option>
          <option value="org">Across the organisation</option>
          <option value="team">Inside each product team</option>
          <option value="both">Both</option>
        </select>
      </label>
      <NumberField
        label="People needed at the target level, per product team"
        name="team-min-people"
        min={1}
        max={1000}
        value={teamMinPeople}
        onChange={setTeamMinPeople}
      />
      <NumberField
        label="Engineering-load threshold (% of a scientist's time)"
        hint="Scientists spending more than this on data-engineering work are flagged."
        min={0}
        max={100}
        step={5}
        value={threshold}
        onChange={setThreshold}
      />
      <h3>Assessments</h3>
      <NumberField
        label="An assessment is stale after (months)"
        hint="Members assessed longer ago than this are flagged as due for a new assessment."
        min={1}
        max={120}
        value={staleAfterMonths}
        onChange={setStaleAfterMonths}
      />
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
