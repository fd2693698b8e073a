import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from './files';

/*
 * PDF from the CLI without Electron: the document's HTML printed by a Chromium or Chrome the
 * system already has. The page numbers are CSS page-margin boxes in the HTML, so Chromium's
 * own header and footer (date, file URL) are turned off and both the CLI's and the app's PDFs
 * number pages the same way.
 */

/** The browsers looked for on the PATH, in this order. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

const PRINT_TIMEOUT_MS = 60_000;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium to print with: GAPWISE_CHROMIUM when set, else the first of CHROMIUM_NAMES on the PATH. */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['GAPWISE_CHROMIUM'];
  if (configured) {
    if (!isExecutable(configured)) {
      throw new UserError(`GAPWISE_CHROMIUM is ${configured}, which is not an executable file`);
    }
    return configured;
  }
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  throw new UserError(
    `PDF needs Chromium or Chrome, and none was found (looked for ${CHROMIUM_NAMES.join(', ')} on the PATH; ` +
      'GAPWISE_CHROMIUM names another): install one (apt-get install chromium), or write Markdown with --format md, ' +
      'or export the PDF from the Gapwise app',
  );
}

/**
 * The flags: headless, a throw-away profile, no JavaScript (the page is script-free anyway),
 * no network at all (every host name fails to resolve, and Chromium's own update, sync and
 * background traffic is off), and no printed header or footer of Chromium's own.
 */
export function chromiumPrintArgs(profile: string, pdf: string, html: string): string[] {
  return [
    '--headless',
    '--disable-gpu',
    // Chromium refuses to start as root inside its sandbox (containers, CI).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--blink-settings=scriptEnabled=false',
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`,
    pathToFileURL(html).href,
  ];
}

function runChromium(chromium: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(chromium, args, { timeout: PRINT_TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const last = String(stderr).trim().split('\n').pop() ?? '';
      reject(
        new UserError(
          `${chromium} could not print the PDF: ${error.message.split('\n')[0]}${last ? ` (${last})` : ''}`,
        ),
      );
    });
  });
}

/** The HTML printed to PDF bytes by the system's Chromium; its temporary files are removed afterwards. */
export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const chromium = findSystemChromium(env);
  const dir = mkdtempSync(join(tmpdir(), 'gapwise-pdf-'));
  try {
    const page = join(dir, 'document.html');
    const pdf = join(dir, 'document.pdf');
    writeFileSync(page, html, 'utf8');
    await runChromium(chromium, chromiumPrintArgs(join(dir, 'profile'), pdf, page));
    if (!existsSync(pdf)) throw new UserError(`${chromium} ran but wrote no PDF`);
    const bytes = new Uint8Array(readFileSync(pdf));
    if (new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') {
      throw new UserError(`${chromium} wrote a file that is not a PDF`);
    }
    return bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
