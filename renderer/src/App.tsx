import { useEffect, useMemo, useState } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { FrameworkBrowser } from './components/FrameworkBrowser';
import { useAppVersion } from './components/useAppVersion';
import { BackupsDialog } from './components/workspace/BackupsDialog';
import { ErrorNotice } from './components/workspace/ErrorNotice';
import { ImportDoneNotice } from './components/workspace/ImportDoneNotice';
import { RecoveryNotice } from './components/workspace/RecoveryNotice';
import { SampleBanner } from './components/workspace/SampleBanner';
import { ShortcutsDialog } from './components/workspace/ShortcutsDialog';
import { loadBuiltinFramework, type FrameworkLoad } from './framework/builtin';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { FrameworksScreen } from './screens/frameworks/FrameworksScreen';
import { SCREENS, screenForKey, type ScreenId } from './screens/navigation';
import { PlanScreen } from './screens/plan/PlanScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { ImportDialog } from './screens/team/import/ImportDialog';
import { TeamScreen } from './screens/team/TeamScreen';
import { createWorkspaceStore, type WorkspaceState } from './state/workspace';

export function App({
  load = loadBuiltinFramework,
  workspace,
  initialScreen = 'dashboard',
}: {
  load?: () => FrameworkLoad;
  /** Injected by tests; the app makes one over the preload's bridge. */
  workspace?: StoreApi<WorkspaceState>;
  initialScreen?: ScreenId;
}) {
  const builtin = useMemo(() => load(), [load]);
  const store = useMemo(() => workspace ?? createWorkspaceStore(window.gapwise), [workspace]);
  const state = useStore(store);
  const version = useAppVersion();
  const [screen, setScreen] = useState<ScreenId>(initialScreen);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  useEffect(() => {
    return window.gapwise?.onMenuCommand(({ command }) => {
      if (command === 'restore-backup') openBackups();
      if (command === 'show-shortcuts') setShortcutsOpen(true);
      if (command === 'import-team') {
        setScreen('team');
        setImportOpen(true);
      }
      // Merge or replace is asked on the Settings screen, beside saving to a file.
      if (command === 'import-data') setScreen('settings');
    });
    // openBackups only reads the store, which is stable for the app's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = screenForKey(event);
      if (target) {
        event.preventDefault();
        setScreen(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function openBackups() {
    setBackupsOpen(true);
    void store.getState().listBackups();
  }

  const ready = state.status === 'ready' && state.data !== null;
  // Without the main process (a plain browser, some tests) only the built-in framework can be shown.
  const current: ScreenId = ready ? screen : 'frameworks';
  const framework = state.data?.framework ?? (builtin.ok ? builtin.framework : null);
  const label = SCREENS.find((s) => s.id === current)?.label ?? '';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-header__brand">
          <span className="app-header__mark" aria-hidden="true" />
          Gapwise
        </span>
        {ready ? (
          <nav className="app-nav" aria-label="Screens">
            {SCREENS.map((s) => (
              <button
                key={s.id}
                type="button"
                className="app-nav__item"
                aria-current={current === s.id ? 'page' : undefined}
                onClick={() => setScreen(s.id)}
              >
                {s.label}
              </button>
            ))}
          </nav>
        ) : (
          <span className="app-header__context">{label === 'Frameworks' ? 'Framework browser' : label}</span>
        )}
        {ready ? (
          <span className="app-header__actions">
            <button type="button" className="button button--quiet" onClick={openBackups}>
              Backups
            </button>
          </span>
        ) : null}
      </header>
      <main id="main" className="app-main" tabIndex={-1} aria-label={label}>
        <div className="notices">
          {state.recovery ? <RecoveryNotice notice={state.recovery} onDismiss={state.dismissRecovery} /> : null}
          {state.error && !importOpen ? <ErrorNotice error={state.error} onDismiss={state.dismissError} /> : null}
          {state.lastImport ? (
            <ImportDoneNotice
              done={state.lastImport}
              busy={state.busy}
              onUndo={() => void state.undoImport()}
              onDismiss={state.dismissImport}
            />
          ) : null}
          {state.data ? (
            <SampleBanner data={state.data} busy={state.busy} onClear={() => void state.clearSample()} />
          ) : null}
        </div>
        {current === 'dashboard' ? <DashboardScreen workspace={store} /> : null}
        {current === 'team' ? <TeamScreen workspace={store} onImport={() => setImportOpen(true)} /> : null}
        {current === 'plan' ? <PlanScreen workspace={store} /> : null}
        {current === 'settings' ? <SettingsScreen workspace={store} onOpenBackups={openBackups} /> : null}
        {current === 'frameworks' ? (
          framework ? (
            ready ? (
              <FrameworksScreen workspace={store} />
            ) : (
              <FrameworkBrowser framework={framework} />
            )
          ) : (
            <div className="load-error" role="alert">
              <h1>The built-in framework could not be loaded</h1>
              <p>{builtin.ok ? '' : builtin.message}</p>
            </div>
          )
        ) : null}
      </main>
      <footer className="app-footer">
        <span>{version ? `Gapwise ${version}` : 'Gapwise'}</span>
        <span>Everything stays on this computer.</span>
      </footer>
      <BackupsDialog
        open={backupsOpen}
        backups={state.backups}
        busy={state.busy}
        onRestore={(name) => void state.restoreBackup(name).then((ok) => ok && setBackupsOpen(false))}
        onBackupNow={() => void state.backupNow()}
        onClose={() => setBackupsOpen(false)}
      />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      {importOpen && ready ? (
        <ImportDialog
          workspace={store}
          onClose={() => {
            setImportOpen(false);
            // A failure was shown in the dialog; it is not shown again once the dialog is closed.
            state.dismissError();
          }}
        />
      ) : null}
    </div>
  );
}
