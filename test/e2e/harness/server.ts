import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, createAppProtocolHandler } from '../../../electron/main/security/app-protocol';

export interface RendererServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 through the app:// protocol handler the app itself
 * uses: same path checks, same MIME types, same Content-Security-Policy header. Only the
 * transport differs (Chromium cannot be taught the app:// scheme from outside Electron).
 */
export async function serveRenderer(rendererDir: string): Promise<RendererServer> {
  const handle = createAppProtocolHandler(rendererDir, (path) => readFile(path));
  const server = createServer((request, response) => {
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
