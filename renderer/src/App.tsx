import { useMemo } from 'react';
import { FrameworkBrowser } from './components/FrameworkBrowser';
import { useAppVersion } from './components/useAppVersion';
import { loadBuiltinFramework, type FrameworkLoad } from './framework/builtin';

export function App({ load = loadBuiltinFramework }: { load?: () => FrameworkLoad }) {
  const loaded = useMemo(() => load(), [load]);
  const version = useAppVersion();

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
        <span className="app-header__context">Framework browser</span>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {loaded.ok ? (
          <FrameworkBrowser framework={loaded.framework} />
        ) : (
          <div className="load-error" role="alert">
            <h1>The built-in framework could not be loaded</h1>
            <p>{loaded.message}</p>
          </div>
        )}
      </main>
      <footer className="app-footer">
        <span>{version ? `Gapwise ${version}` : 'Gapwise'}</span>
        <span>Everything stays on this computer.</span>
      </footer>
    </div>
  );
}
