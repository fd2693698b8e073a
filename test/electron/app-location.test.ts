import { describe, expect, it } from 'vitest';
import { isAppUrl, isNavigationAllowed, resolveAppLocation } from '@main/app-location';

describe('resolveAppLocation', () => {
  it('uses the app:// protocol when packaged, even if a dev server URL is set', () => {
    const location = resolveAppLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173/' });
    expect(location).toEqual({ kind: 'app-protocol', origin: 'app://gapwise', url: 'app://gapwise/index.html' });
  });

  it('uses the app:// protocol when unpackaged without a dev server (electron-vite preview)', () => {
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: undefined }).url).toBe('app://gapwise/index.html');
  });

  it('uses the dev server when unpackaged and it is on loopback', () => {
    const location = resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173' });
    expect(location).toEqual({ kind: 'dev-server', origin: 'http://localhost:5173', url: 'http://localhost:5173/' });
  });

  it('ignores a dev server URL that is not plain http on loopback', () => {
    for (const devServerUrl of ['https://evil.example/', 'http://192.168.1.20:5173/', 'file:///tmp/x.html']) {
      expect(resolveAppLocation({ isPackaged: false, devServerUrl }).kind).toBe('app-protocol');
    }
  });
});

describe('navigation decision', () => {
  const built = resolveAppLocation({ isPackaged: true, devServerUrl: undefined });
  const dev = resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });

  it('denies foreign URLs', () => {
    const foreign = [
      'https://example.com/',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'file:///opt/Gapwise/resources/app.asar/out/renderer/index.html',
      'app://evil/index.html',
      'app://gapwise.evil/index.html',
      'app://gapwise:8080/index.html',
      'app://user@gapwise/index.html',
      'other://gapwise/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
      '',
    ];
    for (const url of foreign) {
      expect(isNavigationAllowed(url, built), `${url} (built)`).toBe(false);
      expect(isNavigationAllowed(url, dev), `${url} (dev)`).toBe(false);
      expect(isAppUrl(url, built), `${url} (built, sender)`).toBe(false);
    }
  });

  it("allows the app's own page, ignoring query and hash", () => {
    expect(isNavigationAllowed('app://gapwise/index.html', built)).toBe(true);
    expect(isNavigationAllowed('app://gapwise/index.html#role-targets', built)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/?t=1#x', dev)).toBe(true);
  });

  it('allows navigation to no other page of the app origin, though it is the app for IPC', () => {
    expect(isNavigationAllowed('app://gapwise/assets/index.js', built)).toBe(false);
    expect(isAppUrl('app://gapwise/index.html', built)).toBe(true);
  });

  it('does not treat the dev server as the app in a packaged build, nor app:// as the app in dev', () => {
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppUrl('app://gapwise/index.html', dev)).toBe(false);
  });
});
