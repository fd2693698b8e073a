import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import JSZip from 'jszip';

/** What the stand-in executable recorded of its launch. */
export interface Launch {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

/** The file a stand-in writes next to itself when launched. */
export const LAUNCH_RECORD = 'launch.json';

/** Environment variables the stand-in records: how electron-vite asked it to run. */
const RECORDED_ENV = ['NODE_ENV_ELECTRON_VITE', 'ELECTRON_RENDERER_URL', 'ELECTRON_EXEC_PATH', 'STAND_IN_MARK'];

/**
 * The text of an executable that stands in for Electron: it records its argv, working folder
 * and environment in launch.json beside itself, then exits with STAND_IN_EXIT (default 0).
 */
export function standInSource(): string {
  return `#!${process.execPath}
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const env = {};
for (const name of ${JSON.stringify(RECORDED_ENV)}) env[name] = process.env[name];
writeFileSync(join(__dirname, ${JSON.stringify(LAUNCH_RECORD)}), JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), env }));
process.exit(Number(process.env.STAND_IN_EXIT ?? 0));
`;
}

/** Writes the stand-in as `electron` into a folder (as ELECTRON_OVERRIDE_DIST_PATH expects). */
export function writeStandIn(dir: string): string {
  const path = join(dir, 'electron');
  writeFileSync(path, standInSource());
  chmodSync(path, 0o755);
  return path;
}

/** The launch the stand-in in `dir` recorded, or null when it never ran. */
export function readLaunch(dir: string): Launch | null {
  const path = join(dir, LAUNCH_RECORD);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Launch) : null;
}

/** The archive name Electron's downloader asks a mirror for on this machine. */
export function electronZipName(version: string): string {
  return `electron-v${version}-${process.platform}-${process.arch}.zip`;
}

/**
 * A release archive laid out like Electron's: the executable, a `version` file, and 2 MB of
 * other files, so that its download is large enough to report progress (small files, like
 * SHASUMS256.txt, do not).
 */
export async function standInRelease(version: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('electron', standInSource(), { unixPermissions: 0o755 });
  zip.file('version', version);
  zip.file('resources/stand-in.bin', randomBytes(2_000_000));
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
}

export interface Mirror {
  /** For ELECTRON_MIRROR. */
  url: string;
  /** The paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * An Electron release mirror on 127.0.0.1 serving one archive and its SHASUMS256.txt, as
 * ELECTRON_MIRROR expects. `stall` answers the archive's headers and then sends nothing.
 */
export async function startMirror(zipName: string, zip: Buffer, options: { stall?: boolean } = {}): Promise<Mirror> {
  const requests: string[] = [];
  const sha256 = createHash('sha256').update(zip).digest('hex');
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    if (path.endsWith(`/${zipName}`)) {
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length });
      if (options.stall) response.flushHeaders();
      else response.end(zip);
    } else if (path.endsWith('/SHASUMS256.txt')) {
      response.end(`${sha256} *${zipName}\n`);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on: a download from it is refused at once, as offline. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
