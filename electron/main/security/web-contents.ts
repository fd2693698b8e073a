import { createWindowOpenHandler, type OpenExternal } from './external-links';

/**
 * Rules applied to every web contents Electron creates (index.ts calls this from
 * `web-contents-created`), so no window or frame escapes them: in-window navigation only to
 * the app's own page (checklist item 13), no new windows — https links go to the browser
 * instead (item 14), and no <webview> may be attached (items 11 and 12).
 */

/** The part of an Electron event these listeners use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents this module touches. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { readonly url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

export interface WebContentsPolicy {
  /** True only for the app's own page (app-location.ts's isNavigationAllowed). */
  readonly isNavigationAllowed: (url: string) => boolean;
  /** Electron's shell.openExternal; only ever given a parsed https URL. */
  readonly openExternal: OpenExternal;
}

export function lockDownWebContents(contents: WebContentsLike, policy: WebContentsPolicy): void {
  const guardNavigation = (event: PreventableEvent, url: string): void => {
    if (!policy.isNavigationAllowed(url)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  // Sub-frames navigate without 'will-navigate'; this covers them too.
  contents.on('will-frame-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(policy.openExternal));
}
