import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (never a browser playwright downloads).
 * `.ci/run` and `scripts/ensure-test-tools.mjs` install it with apt when it is missing.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The flags these machines need: no sandbox (tests run as root), no GPU, and none of
 * Chromium's own network chatter, which the closed network here refuses at every start.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Font hinting and subpixel rendering differ between machines; screenshots should not.
  '--font-render-hinting=none',
  '--disable-lcd-text',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['GAPWISE_CHROMIUM'];
  if (configured) {
    if (!existsSync(configured)) throw new Error(`GAPWISE_CHROMIUM is ${configured}, which does not exist`);
    return configured;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `Chromium was not found (looked for ${CANDIDATES.join(', ')}). Install it with ` +
        '`apt-get install chromium`, or run `node scripts/ensure-test-tools.mjs`, or set GAPWISE_CHROMIUM.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
