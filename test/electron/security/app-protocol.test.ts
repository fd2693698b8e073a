import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_PROTOCOL_PRIVILEGES,
  createAppProtocolHandler,
  resolveAppRequest,
} from '@main/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '@main/security/csp';

const ROOT = join(tmpdir(), 'gapwise-renderer');

describe('APP_PROTOCOL_PRIVILEGES', () => {
  it('makes app:// a standard, secure scheme that supports fetch and does not bypass the CSP', () => {
    expect(APP_PROTOCOL_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_PROTOCOL_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_INDEX_URL).toBe('app://gapwise/index.html');
  });
});

describe('resolveAppRequest', () => {
  it.each([
    ['app://gapwise/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://gapwise/', 'index.html', 'text/html; charset=utf-8'],
    ['app://gapwise', 'index.html', 'text/html; charset=utf-8'],
    ['app://gapwise/index.html?x=1#top', 'index.html', 'text/html; charset=utf-8'],
    ['app://gapwise/assets/index-Bx1.js', 'assets/index-Bx1.js', 'text/javascript; charset=utf-8'],
    ['app://gapwise/assets/index-Bx1.css', 'assets/index-Bx1.css', 'text/css; charset=utf-8'],
    ['app://gapwise/assets/logo.svg', 'assets/logo.svg', 'image/svg+xml'],
    ['app://gapwise/assets/font.woff2', 'assets/font.woff2', 'font/woff2'],
    ['app://gapwise/assets/data.json', 'assets/data.json', 'application/json; charset=utf-8'],
    ['app://gapwise/assets/my%20file.png', 'assets/my file.png', 'image/png'],
  ])('serves %s from the root', (url, relativePath, mimeType) => {
    expect(resolveAppRequest(ROOT, url)).toEqual({ ok: true, path: join(ROOT, relativePath), mimeType });
  });

  it.each([
    // Escapes, raw and encoded in every spelling (the URL parser would silently resolve them).
    ['app://gapwise/../x', 403],
    ['app://gapwise/../../etc/passwd', 403],
    ['app://gapwise/assets/../../x.js', 403],
    ['app://gapwise/%2e%2e/x.js', 403],
    ['app://gapwise/%2E%2E/x.js', 403],
    ['app://gapwise/%2e%2e%2fx.js', 403],
    ['app://gapwise/.%2e/x.js', 403],
    ['app://gapwise/./index.html', 403],
    ['app://gapwise/assets%2f..%2f..%2fx.js', 403],
    ['app://gapwise/.env', 403],
    // Absolute paths and drive letters.
    ['app://gapwise//etc/passwd', 403],
    ['app://gapwise/%2fetc%2fpasswd', 403],
    ['app://gapwise/C:/Windows/win.ini', 403],
    ['app://gapwise/C%3A%5CWindows%5Cwin.ini', 400],
    // Backslashes and NUL, raw or encoded.
    ['app://gapwise/..%5cx.js', 400],
    ['app://gapwise/..%5C..%5Cx.js', 400],
    ['app://gapwise/assets\\..\\x.js', 400],
    ['app://gapwise/index.html%00.png', 400],
    ['app://gapwise/index.html\0', 400],
    // Not our origin.
    ['app://evil/index.html', 403],
    ['app://gapwise.evil/index.html', 403],
    ['app://gapwise:8080/index.html', 403],
    ['app://user:pass@gapwise/index.html', 403],
    ['app:///etc/passwd', 403],
    ['file:///etc/passwd', 403],
    ['https://gapwise/index.html', 403],
    // Malformed.
    ['app://gapwise/%E0%A4%A', 400],
    ['not a url', 400],
    ['', 400],
    // Things we never serve.
    ['app://gapwise/assets/', 404],
    ['app://gapwise/assets', 404],
    ['app://gapwise/program.exe', 404],
  ])('refuses %s with %i', (url, status) => {
    expect(resolveAppRequest(ROOT, url)).toEqual({ ok: false, status });
  });

  it('refuses a request that is not a string', () => {
    for (const url of [undefined, null, 42, { href: 'app://gapwise/index.html' }]) {
      expect(resolveAppRequest(ROOT, url)).toEqual({ ok: false, status: 400 });
    }
  });

  it('never resolves to a path outside the root, whatever the input', () => {
    const pieces = ['..', '%2e%2e', '.', '%2f', '%5c', 'a', 'index.html', '', '%00', 'C:', '~'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const result = resolveAppRequest(ROOT, `app://gapwise/${a}/${b}/${c}`);
          if (result.ok) expect(result.path.startsWith(`${ROOT}${sep}`)).toBe(true);
        }
      }
    }
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  let outside: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gapwise-protocol-'));
    outside = join(root, '..', `${root.split('/').pop() ?? 'x'}-secret.txt`);
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Gapwise</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1);');
    await writeFile(outside, 'secret');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { force: true });
  });

  const handler = () => createAppProtocolHandler(root, (path) => readFile(path));

  it('serves index.html with its type, the CSP header and nosniff', async () => {
    const response = await handler()({ url: 'app://gapwise/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Gapwise</title>');
  });

  it('serves a script as JavaScript', async () => {
    const response = await handler()({ url: 'app://gapwise/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers 404 for a missing file, with the security headers still set', async () => {
    const response = await handler()({ url: 'app://gapwise/assets/missing.js' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not read a file outside the root, however the request is spelled', async () => {
    const name = outside.split('/').pop() ?? '';
    for (const url of [`app://gapwise/../${name}`, `app://gapwise/%2e%2e/${name}`, `app://gapwise/..%5c${name}`]) {
      const response = await handler()({ url });
      expect(response.status, url).not.toBe(200);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('answers 500 without details when reading fails for another reason', async () => {
    const failing = createAppProtocolHandler(root, () => Promise.reject(new Error(`EACCES ${root}/index.html`)));
    const response = await failing({ url: 'app://gapwise/index.html' });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(root);
  });
});
