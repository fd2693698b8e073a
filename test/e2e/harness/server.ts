import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, createAppProtocolHandler } from '@main/security/app-protocol';

export interface RendererServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /**
   * Holds a large IPC answer for the page to fetch once, at the path returned: the
   * DevTools protocol carries 9 MB of text in seconds, a local HTTP response in milliseconds.
   */
  stash(text: string): string;
  close(): Promise<void>;
}

/** Where stashed answers are served; nothing of the app lives under it. */
export const STASH_PATH = '/__harness/answer/';

/**
 * Serves the built renderer on 127.0.0.1 through the app:// protocol handler the app itself
 * uses: same path checks, same MIME types, same Content-Security-Policy header. Only the
 * transport differs (Chromium cannot be taught the app:// scheme from outside Electron).
 */
export async function serveRenderer(rendererDir: string): Promise<RendererServer> {
  const handle = createAppProtocolHandler(rendererDir, (path) => readFile(path));
  const stashed = new Map<string, string>();
  let serial = 0;
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url.startsWith(STASH_PATH)) {
      const text = stashed.get(url);
      stashed.delete(url);
      response.writeHead(text === undefined ? 404 : 200, { 'content-type': 'application/json' });
      response.end(text ?? '');
      return;
    }
    // Chromium the browser asks every site for a favicon; Electron's windows do not.
    if (request.url === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    void handle({ url: `${APP_ORIGIN}${request.url ?? '/'}` }).then(
      async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers));
        response.end(Buffer.from(await answer.arrayBuffer()));
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stash: (text) => {
      const path = `${STASH_PATH}${(serial += 1)}`;
      stashed.set(path, text);
      return path;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
