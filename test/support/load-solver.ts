// Vitest setup: the app's entry points await loadSolver() once at startup; tests do the
// same here, so the analysis can call the (synchronous) solver.
import { loadSolver } from '@shared/solver';

await loadSolver();
