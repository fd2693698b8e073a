import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // A guard against a hung test, not a performance target: on a loaded 2-core machine
          // the property tests and the build-and-launch tests take well over vitest's 5 s.
          testTimeout: 30_000,
          setupFiles: ['test/support/load-solver.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**', 'test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          // The whole app in Debian's Chromium against the main process's own handlers.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          // The main process's handlers run here (exports analyse the team).
          setupFiles: ['test/support/load-solver.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // As for node: a hang guard; a 50-member dashboard renders slowly on a loaded machine.
          testTimeout: 30_000,
          setupFiles: ['test/support/load-solver.ts', 'test/renderer/setup.ts'],
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
        },
      },
    ],
  },
});
