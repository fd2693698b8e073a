import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The built renderer is served from `app://gapwise/…` instead of `file://` (Electron security
 * checklist item 18): a file:// page can read any file the user can, while this handler only
 * ever answers with files under the renderer's own folder, and adds the CSP as a header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gapwise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * For `protocol.registerSchemesAsPrivileged`, before the app is ready. `standard` gives the
 * scheme a real origin (so 'self', relative URLs and storage work), `secure` makes it a
 * secure context, `supportFetchAPI` lets the page fetch its own bundled files. Deliberately
 * no `bypassCSP`: the policy must apply to this scheme too.
 */
export const APP_PROTOCOL_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** The file types the renderer bundle contains. Anything else is not something we ship. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export type AppRequestResolution =
  | { readonly ok: true; readonly path: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404 };

const BAD_REQUEST = { ok: false, status: 400 } as const;
const FORBIDDEN = { ok: false, status: 403 } as const;
const NOT_FOUND = { ok: false, status: 404 } as const;

/**
 * Maps an `app://gapwise/<path>` request to a file under `rootDir`, or refuses it.
 *
 * The raw path is checked segment by segment *before* URL parsing: the WHATWG parser
 * silently resolves `..` and `%2e%2e`, which would turn an escape attempt into a request for
 * some other file instead of a refusal. After decoding, a segment may not be `.`/`..`, hide a
 * separator (`%2f`, `%5c`, `\`), a NUL, a drive letter or stream name (`:`), or be a dotfile;
 * an empty segment inside the path (`//etc/passwd`) is an absolute-path attempt. Finally the
 * resolved path must still be inside `rootDir` — a second, independent check.
 *
 * 400: malformed (not a URL, bad percent-encoding, NUL, backslash). 403: not ours (other
 * scheme, host, port or credentials) or an escape attempt. 404: a type of file we never serve.
 */
export function resolveAppRequest(rootDir: string, url: unknown): AppRequestResolution {
  if (typeof url !== 'string' || url.includes('\0') || url.includes('\\')) return BAD_REQUEST;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return BAD_REQUEST;
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.hostname.toLowerCase() !== APP_HOST ||
    parsed.port !== '' ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return FORBIDDEN;
  }

  const rawPath = rawPathOf(url);
  if (rawPath === null) return FORBIDDEN;
  const segments = rawPath === '' || rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const [index, segment] of segments.entries()) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return BAD_REQUEST;
    }
    if (name.includes('\0') || name.includes('\\')) return BAD_REQUEST;
    if (name === '') {
      // A trailing slash names a folder, which is never served; an inner one is `//abs/path`.
      return index === segments.length - 1 ? NOT_FOUND : FORBIDDEN;
    }
    if (name.includes('/') || name.includes(':') || name.startsWith('.')) return FORBIDDEN;
    decoded.push(name);
  }

  const root = resolve(rootDir);
  const path = resolve(root, ...decoded);
  const fromRoot = relative(root, path);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) {
    return FORBIDDEN;
  }
  const mimeType = MIME_TYPES[extname(path).toLowerCase()];
  return mimeType === undefined ? NOT_FOUND : { ok: true, path, mimeType };
}

/** The path part of the raw URL text (before `?`/`#`), starting with `/` or empty; null if it is not `app://host…`. */
function rawPathOf(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  if (!match) return null;
  const rest = url.slice(match[0].length);
  const end = rest.search(/[?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Headers on every response of the scheme, errors included. */
function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function errorResponse(status: number): Response {
  return new Response(`${status}`, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

const isMissingFile = (error: unknown): boolean => {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
};

/**
 * The handler for `protocol.handle('app', …)`. `readFile` is passed in (fs.promises.readFile
 * in the app, which reads inside app.asar) so tests can serve a temp folder. A missing file
 * is a 404; any other read failure a 500 that leaks no path.
 */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>,
): (request: { readonly url: string }) => Promise<Response> {
  return async (request) => {
    const resolution = resolveAppRequest(rootDir, request.url);
    if (!resolution.ok) return errorResponse(resolution.status);
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(resolution.path);
    } catch (error) {
      return errorResponse(isMissingFile(error) ? 404 : 500);
    }
    return new Response(body, { status: 200, headers: securityHeaders(resolution.mimeType) });
  };
}
