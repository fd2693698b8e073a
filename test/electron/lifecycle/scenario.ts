import { afterEach, beforeAll, expect } from 'vitest';
import { assertBuilt, launchMain, type LaunchOptions, type MainProcess } from './driver';
import type { World } from './world';

/**
 * Per-test set-up for the lifecycle suites: each scenario gets its own main process, and
 * every one of them ends by checking that the app kept Electron's rules and crashed nowhere,
 * whatever the scenario itself asserted.
 */
export function useMainProcess(): (options?: LaunchOptions) => Promise<MainProcess> {
  const started: MainProcess[] = [];
  beforeAll(assertBuilt);
  afterEach(async () => {
    const worlds: World[] = [];
    for (const main of started.splice(0)) {
      try {
        worlds.push(await main.world());
      } finally {
        await main.stop();
      }
    }
    for (const world of worlds) expectRulesKept(world);
  });
  return async (options) => {
    const main = await launchMain(options);
    started.push(main);
    return main;
  };
}

export function expectRulesKept(world: World): void {
  expect(world.violations, "Electron's rules the main process broke").toEqual([]);
  expect(world.crashes, 'errors the main process let escape').toEqual([]);
}
