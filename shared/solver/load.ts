import highsLoader, { type Highs } from 'highs';

/**
 * Where the HiGHS WebAssembly binary is. shared/ knows no file system and no page, so each
 * entry point says where its copy lives: the renderer passes the URL Vite gave the asset,
 * the CLI and the main process the path of the file beside their bundle. Without it, the
 * loader looks beside its own module (true in node_modules, so in tests).
 */
export interface SolverLocation {
  /** URL (renderer) or file path (Node) of highs.wasm. */
  wasm?: string;
}

/** Thrown by `solve` when `loadSolver` was not awaited first. */
export class SolverNotLoadedError extends Error {
  constructor() {
    super('The integer-program solver (HiGHS) is not loaded: await loadSolver() once at startup before analysing.');
    this.name = 'SolverNotLoadedError';
  }
}

let loaded: Highs | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads and compiles HiGHS once; later calls return the same promise. A failed load is
 * not cached, so a caller may try again.
 */
export function loadSolver(location: SolverLocation = {}): Promise<void> {
  if (loaded) return Promise.resolve();
  loading ??= highsLoader(
    location.wasm === undefined
      ? {}
      : { locateFile: (file: string) => (file.endsWith('.wasm') ? location.wasm! : file) },
  ).then(
    (highs) => {
      loaded = highs;
    },
    (error: unknown) => {
      loading = null;
      throw new Error(
        `The integer-program solver (HiGHS) could not be loaded${location.wasm ? ` from ${location.wasm}` : ''}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    },
  );
  return loading;
}

export function isSolverLoaded(): boolean {
  return loaded !== null;
}

/** The loaded HiGHS runtime; throws `SolverNotLoadedError` before `loadSolver` finished. */
export function highs(): Highs {
  if (!loaded) throw new SolverNotLoadedError();
  return loaded;
}
