import { describe, expect, it, vi } from 'vitest';
import { isNavigationAllowed, resolveAppLocation } from '@main/app-location';
import { lockDownWebContents, type WebContentsLike } from '@main/security/web-contents';

type Listener = (event: { preventDefault(): void; url?: string }, url?: string) => void;

/** A WebContents double that records listeners, so a test can fire Electron's events at it. */
function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      windowOpenHandler = handler;
    },
  } as WebContentsLike;
  return {
    contents,
    /** Fires `event` and says whether some listener prevented it. */
    fire(event: string, url: string): boolean {
      let prevented = false;
      const electronEvent = { preventDefault: () => (prevented = true), url };
      for (const listener of listeners.get(event) ?? []) listener(electronEvent, url);
      return prevented;
    },
    openWindow: (url: string) => windowOpenHandler?.({ url }),
    listens: (event: string) => (listeners.get(event) ?? []).length > 0,
  };
}

const built = resolveAppLocation({ isPackaged: true, devServerUrl: undefined });

function lockedDown() {
  const fake = fakeWebContents();
  const openExternal = vi.fn(() => Promise.resolve());
  lockDownWebContents(fake.contents, { isNavigationAllowed: (url) => isNavigationAllowed(url, built), openExternal });
  return { ...fake, openExternal };
}

describe('lockDownWebContents', () => {
  it('prevents navigation anywhere but the app page, in the main frame, sub-frames and redirects', () => {
    const { fire } = lockedDown();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(fire(event, 'https://example.com/'), event).toBe(true);
      expect(fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(fire(event, 'app://gapwise/assets/index.js'), event).toBe(true);
      expect(fire(event, 'app://gapwise/index.html#plan'), event).toBe(false);
    }
  });

  it('refuses every <webview>', () => {
    const { fire } = lockedDown();
    expect(fire('will-attach-webview', 'app://gapwise/index.html')).toBe(true);
  });

  it('denies every new window and opens only https links externally', async () => {
    const { openWindow, openExternal } = lockedDown();
    expect(openWindow('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(openWindow('http://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('app://gapwise/index.html')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1));
    expect(openExternal).toHaveBeenCalledWith('https://example.com/docs');
  });
});
