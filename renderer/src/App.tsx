import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from './components/common/Button';
import { FrameworkBrowser } from './components/FrameworkBrowser';
import { useAppVersion } from './components/useAppVersion';
import { BackupsDialog } from './components/workspace/BackupsDialog';
import { ShortcutsDialog } from './components/workspace/ShortcutsDialog';
import { WorkspaceNotices } from './components/workspace/WorkspaceNotices';
import { loadBuiltinFramework, type FrameworkLoad } from './framework/builtin';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { FrameworksScreen } from './screens/frameworks/FrameworksScreen';
import { SCREENS, screenForKey, type ScreenId } from './screens/navigation';
import { PlanScreen } from './screens/plan/PlanScreen';
import { RoundsScreen } from './screens/rounds/RoundsScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { ImportDialog } from './screens/team/import/ImportDialog';
import { TeamScreen } from './screens/team/TeamScreen';
import { usePending, useWorkspace, useWorkspaceStore } from './state/hooks';
import { useLeaveGuard } from './state/LeaveGuardProvider';
import { restoreBackup } from './state/workflows';

/** The app's frame and screens; the workspace store comes from the WorkspaceProvider around it. */
export function App({
  load = loadBuiltinFramework,
  initialScreen = 'dashboard',
}: {
  load?: () => FrameworkLoad;
  initialScreen?: ScreenId;
}) {
  const builtin = useMemo(() => load(), [load]);
  const store = useWorkspaceStore();
  const ready = useWorkspace((s) => s.status === 'ready' && s.data !== null);
  const storedFramework = useWorkspace((s) => s.data?.framework ?? null);
  const backups = useWorkspace((s) => s.backups);
  const backingUp = usePending('backup:list', 'backup:create', 'backup:restore');
  const version = useAppVersion();
  const [screen, setScreen] = useState<ScreenId>(initialScreen);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const guard = useLeaveGuard();
  const shownScreen = useRef<ScreenId>(screen);
  // Every way to another screen asks first when the member editor holds unsaved work;
  // asking for the screen already shown leaves nothing.
  const goTo = useCallback(
    (target: ScreenId) => {
      if (target !== shownScreen.current) guard.getState().leave(() => setScreen(target));
    },
    [guard],
  );

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
      if (command === 'import-data') goTo('settings');
    });
    // openBackups only reads the store, which is stable for the app's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = screenForKey(event);
      if (target) {
        event.preventDefault();
        goTo(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo]);

  function openBackups() {
    setBackupsOpen(true);
    void store.getState().request('backup:list', {}, { title: 'The backups could not be listed' });
  }

  // Without the main process (a plain browser, some tests) only the built-in framework can be shown.
  const current: ScreenId = ready ? screen : 'frameworks';
  const framework = storedFramework ?? (builtin.ok ? builtin.framework : null);
  const label = SCREENS.find((s) => s.id === current)?.label ?? '';
  shownScreen.current = current;

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
                onClick={() => goTo(s.id)}
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
            <Button variant="quiet" onClick={openBackups}>
              Backups
            </Button>
          </span>
        ) : null}
      </header>
      <main id="main" className="app-main" tabIndex={-1} aria-label={label}>
        <WorkspaceNotices />
        {current === 'dashboard' ? <DashboardScreen /> : null}
        {current === 'team' ? <TeamScreen onImport={() => setImportOpen(true)} /> : null}
        {current === 'plan' ? <PlanScreen /> : null}
        {current === 'rounds' ? <RoundsScreen /> : null}
        {current === 'settings' ? <SettingsScreen onOpenBackups={openBackups} /> : null}
        {current === 'frameworks' ? (
          framework ? (
            ready ? (
              <FrameworksScreen />
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
        backups={backups}
        busy={backingUp}
        onRestore={(name) => void restoreBackup(store, name).then((ok) => ok && setBackupsOpen(false))}
        onBackupNow={() => void store.getState().request('backup:create', {}, { title: 'No backup was made' })}
        onClose={() => setBackupsOpen(false)}
      />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      {importOpen && ready ? <ImportDialog onClose={() => setImportOpen(false)} /> : null}
    </div>
  );
}
