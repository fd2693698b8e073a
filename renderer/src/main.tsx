import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createWorkspaceStore } from './state/workspace';
import { WorkspaceProvider } from './state/WorkspaceProvider';
// The colour custom properties, generated from shared/design/tokens.ts; every stylesheet uses them.
import 'virtual:design-tokens.css';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <WorkspaceProvider store={createWorkspaceStore(window.gapwise)}>
      <App />
    </WorkspaceProvider>
  </StrictMode>,
);
