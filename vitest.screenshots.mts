import { defineConfig } from 'vitest/config';

// `npm run screenshots`: regenerates docs/screenshots/*.png with the end-to-end harness.
export default defineConfig({
  // The path aliases (@shared, @main) come from the tsconfig files.
  resolve: { tsconfigPaths: true },
  test: {
    name: 'screenshots',
    environment: 'node',
    include: ['test/e2e/screenshots.shots.ts'],
    setupFiles: ['test/support/load-solver.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
