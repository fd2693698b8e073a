import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The hiring plan's solver (HiGHS) as a WebAssembly file among the built assets; the URL is
// relative to the page, so it loads from the app's own origin (CSP 'self' + 'wasm-unsafe-eval').
import highsWasmUrl from 'highs/runtime?url';
import { loadSolver } from '@shared/solver';
import { App } from './App';
import { createWorkspaceStore } from './state/workspace';
import { WorkspaceProvider } from './state/WorkspaceProvider';
// The colour custom properties, generated from shared/design/tokens.ts; every stylesheet uses them.
import 'virtual:design-tokens.css';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');

// For the benchmark: when the page's own script started, and when the solver was ready.
globalThis.performance?.mark?.('gapwise:script-start');
// The analysis calls the solver synchronously, so it is compiled before the first render.
try {
  await loadSolver({ wasm: highsWasmUrl });
} catch (error) {
  container.textContent = error instanceof Error ? error.message : String(error);
  throw error;
}
globalThis.performance?.mark?.('gapwise:solver-ready');

createRoot(container).render(
  <StrictMode>
    <WorkspaceProvider store={createWorkspaceStore(window.gapwise)}>
      <App />
    </WorkspaceProvider>
  </StrictMode>,
);
