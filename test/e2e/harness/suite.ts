import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { slugify } from '@shared/domain';
import { ROOT, startHarness, type Harness, type LaunchOptions, type RunningApp } from './app';
import { freshDataDir } from './probes';

/** Where a failing flow leaves a screenshot of the window as it was. */
export const FAILURE_DIR = join(ROOT, 'test-results/e2e');

/**
 * One browser and one renderer server per test file; `withApp` runs one flow in a fresh
 * window on a data folder of its own (or the one given) and checks that, whatever the
 * flow did, the page logged no error and main no unexpected one.
 */
export function e2eSuite() {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());

  async function withApp(
    run: (app: RunningApp) => Promise<void>,
    options: Partial<LaunchOptions> = {},
  ): Promise<RunningApp> {
    if (!harness) throw new Error('the harness did not start');
    const app = await harness.launch({ dataDir: options.dataDir ?? (await freshDataDir()), ...options });
    try {
      await run(app);
      expect(app.pageErrors).toEqual([]);
      expect(app.mainErrors).toEqual([]);
    } catch (error) {
      if (!app.page.isClosed()) {
        await mkdir(FAILURE_DIR, { recursive: true });
        const name = slugify(expect.getState().currentTestName ?? 'flow');
        await app.page.screenshot({ path: join(FAILURE_DIR, `${name}.png`), fullPage: true }).catch(() => undefined);
      }
      throw error;
    } finally {
      await app.close();
    }
    return app;
  }

  return {
    withApp,
    get harness(): Harness {
      if (!harness) throw new Error('the harness did not start');
      return harness;
    },
  };
}
