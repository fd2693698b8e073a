import type { GapwiseApi } from '@shared/ipc';

declare global {
  interface Window {
    /**
     * The preload's bridge. Optional because the renderer also runs without Electron: in
     * component tests and when the built page is served to a plain browser for screenshots.
     */
    readonly gapwise?: GapwiseApi;
  }
}

export {};
