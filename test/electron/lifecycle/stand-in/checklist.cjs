'use strict';

const { existsSync } = require('node:fs');
const { isAbsolute } = require('node:path');

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security)
 * as the stand-in applies it to every `new BrowserWindow`. Real Electron only prints warnings
 * for most of these; the stand-in refuses the window, because the checklist is the app's own
 * policy and a window that breaks it must fail the lifecycle test, not pass with a warning.
 */

/** Items 2–4: stated explicitly, not left to defaults that a future Electron may change. */
const REQUIRED = { contextIsolation: true, sandbox: true, nodeIntegration: false };

/** Items 2, 8, 9, 11: off, whether stated or left to Electron's default. */
const NEVER_ON = [
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'experimentalFeatures',
  'webviewTag',
];

/** The checklist items `webPreferences` breaks, as messages; empty when it keeps them all. */
function webPreferenceProblems(webPreferences) {
  const prefs = webPreferences ?? {};
  const problems = [];
  for (const [name, value] of Object.entries(REQUIRED)) {
    if (prefs[name] !== value) problems.push(`webPreferences.${name} must be ${value}, got ${String(prefs[name])}`);
  }
  for (const name of NEVER_ON) {
    if (prefs[name] === true) problems.push(`webPreferences.${name} must not be true`);
  }
  // Item 6: never switch the same-origin policy off.
  if (prefs.webSecurity === false) problems.push('webPreferences.webSecurity must not be false');
  // Item 10: no experimental Blink features.
  if (prefs.enableBlinkFeatures !== undefined) problems.push('webPreferences.enableBlinkFeatures must not be set');
  // Electron resolves a relative preload against nothing useful, and a missing file is only logged.
  if (prefs.preload !== undefined) {
    if (typeof prefs.preload !== 'string' || !isAbsolute(prefs.preload)) {
      problems.push(`webPreferences.preload must be an absolute path, got ${String(prefs.preload)}`);
    } else if (!existsSync(prefs.preload)) {
      problems.push(`webPreferences.preload ${prefs.preload} does not exist`);
    }
  }
  return problems;
}

module.exports = { webPreferenceProblems };
