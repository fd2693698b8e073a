import { defineConfig } from 'vitest/config';

// `npm run bench`, renderer half: timings in Chromium through the end-to-end harness.
export default defineConfig({
  // The path aliases (@shared, @main) come from the tsconfig files.
  resolve: { tsconfigPaths: true },
  test: {
    name: 'bench',
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    setupFiles: ['test/support/load-solver.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
