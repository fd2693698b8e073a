/**
 * The object the preload exposes as `window.gapwise`: named functions only, never a generic
 * invoke. Type-only module (no runtime code) so the renderer can reference it without
 * pulling anything from the Electron side into its bundle.
 */
export interface GapwiseApi {
  /** The app's version from package.json, e.g. "0.1.0". */
  readonly getAppVersion: () => Promise<string>;
}
