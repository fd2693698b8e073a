import { pathToFileURL } from 'node:url';

/**
 * Where the renderer is loaded from: the dev server in development, the built
 * `index.html` otherwise. Navigation and IPC sender checks both compare against it.
 */
export type AppLocation =
  | { readonly kind: 'dev-server'; readonly origin: string; readonly url: string }
  | { readonly kind: 'file'; readonly url: string };

/** `devServerUrl` is electron-vite's ELECTRON_RENDERER_URL; it only counts when the app is not packaged. */
export function resolveAppLocation(options: {
  readonly isPackaged: boolean;
  readonly devServerUrl: string | undefined;
  readonly rendererIndexPath: string;
}): AppLocation {
  if (!options.isPackaged && options.devServerUrl) {
    const url = new URL(options.devServerUrl);
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
      return { kind: 'dev-server', origin: url.origin, url: url.href };
    }
  }
  return { kind: 'file', url: pathToFileURL(options.rendererIndexPath).href };
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * True only for a URL that is the app's own page: same origin as the dev server, or
 * exactly the built index.html (query and hash ignored). Everything else is foreign.
 */
export function isAppUrl(candidate: string, location: AppLocation): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (location.kind === 'dev-server') {
    return url.origin === location.origin;
  }
  const app = new URL(location.url);
  return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname;
}

/** In-window navigation: the app is a single page, so only a reload of itself is allowed. */
export function isNavigationAllowed(targetUrl: string, location: AppLocation): boolean {
  return isAppUrl(targetUrl, location);
}
