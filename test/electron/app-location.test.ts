import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isNavigationAllowed, resolveAppLocation } from '../../electron/main/app-location';

const rendererIndexPath = '/opt/Gapwise/resources/app/out/renderer/index.html';
const builtIndexUrl = pathToFileURL(rendererIndexPath).href;

describe('resolveAppLocation', () => {
  it('uses the built index.html when packaged, even if a dev server URL is set', () => {
    const location = resolveAppLocation({
      isPackaged: true,
      devServerUrl: 'http://localhost:5173/',
      rendererIndexPath,
    });
    expect(location).toEqual({ kind: 'file', url: builtIndexUrl });
  });

  it('uses the dev server when unpackaged and it is on loopback', () => {
    const location = resolveAppLocation({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173',
      rendererIndexPath,
    });
    expect(location).toEqual({ kind: 'dev-server', origin: 'http://localhost:5173', url: 'http://localhost:5173/' });
  });

  it('ignores a dev server URL that is not plain http on loopback', () => {
    for (const devServerUrl of ['https://evil.example/', 'http://192.168.1.20:5173/', 'file:///tmp/x.html']) {
      expect(resolveAppLocation({ isPackaged: false, devServerUrl, rendererIndexPath }).kind).toBe('file');
    }
  });
});

describe('navigation decision', () => {
  const built = resolveAppLocation({ isPackaged: true, devServerUrl: undefined, rendererIndexPath });
  const dev = resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/', rendererIndexPath });

  it('denies foreign URLs', () => {
    const foreign = [
      'https://example.com/',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'file:///opt/Gapwise/resources/app/out/renderer/other.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
      '',
    ];
    for (const url of foreign) {
      expect(isNavigationAllowed(url, built), `${url} (built)`).toBe(false);
      expect(isNavigationAllowed(url, dev), `${url} (dev)`).toBe(false);
    }
  });

  it("allows the app's own page, ignoring query and hash", () => {
    expect(isNavigationAllowed(builtIndexUrl, built)).toBe(true);
    expect(isNavigationAllowed(`${builtIndexUrl}#role-targets`, built)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/?t=1#x', dev)).toBe(true);
  });

  it('does not treat the dev server as the app in a packaged build', () => {
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false);
  });
});
