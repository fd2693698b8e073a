import { APP_HOST, APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from './security/app-protocol';

/**
 * Where the renderer is loaded from: the dev server in development, the built files through
 * the `app://gapwise` protocol otherwise (never file://). Navigation and IPC sender checks
 * both compare against it.
 */
export type AppLocation =
  | { readonly kind: 'dev-server'; readonly origin: string; readonly url: string }
  | { readonly kind: 'app-protocol'; readonly origin: typeof APP_ORIGIN; readonly url: typeof APP_INDEX_URL };

/** `devServerUrl` is electron-vite's ELECTRON_RENDERER_URL; it only counts when the app is not packaged. */
export function resolveAppLocation(options: {
  readonly isPackaged: boolean;
  readonly devServerUrl: string | undefined;
}): AppLocation {
  if (!options.isPackaged && options.devServerUrl) {
    const url = new URL(options.devServerUrl);
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
      return { kind: 'dev-server', origin: url.origin, url: url.href };
    }
  }
  return { kind: 'app-protocol', origin: APP_ORIGIN, url: APP_INDEX_URL };
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

function parseUrl(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/**
 * True only for a URL of the app's own origin: the dev server's, or exactly `app://gapwise`
 * (no credentials, no port). Node's URL reports the origin of a non-special scheme as "null",
 * so the parts are compared one by one.
 */
export function isAppUrl(candidate: string, location: AppLocation): boolean {
  const url = parseUrl(candidate);
  if (url === null) return false;
  if (location.kind === 'dev-server') {
    return url.origin === location.origin;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * In-window navigation: the app is a single page, so only a reload of itself is allowed —
 * the dev server's origin, or exactly app://gapwise/index.html (query and hash ignored).
 */
export function isNavigationAllowed(targetUrl: string, location: AppLocation): boolean {
  if (!isAppUrl(targetUrl, location)) return false;
  if (location.kind === 'dev-server') return true;
  return parseUrl(targetUrl)?.pathname === new URL(location.url).pathname;
}
