import { isAbsolute, resolve } from 'node:path';

/** Environment variable that moves the data folder: for tests, and for portable use from a USB stick. */
export const DATA_DIR_ENV = 'GAPWISE_DATA_DIR';

/**
 * The folder holding the data file, its backups and the window state: the app's user-data
 * folder unless GAPWISE_DATA_DIR names another (relative paths are taken from the working
 * directory the app was started in).
 */
export function resolveDataDir(env: Record<string, string | undefined>, userDataDir: string, cwd: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (!override) return userDataDir;
  return isAbsolute(override) ? override : resolve(cwd, override);
}
