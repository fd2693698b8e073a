import { defineConfig } from 'vitest/config';

// Killed-process durability, long run: 200 SIGKILLed trials of the real store, and each
// negative control run a fixed 60 trials so how often it is caught can be quoted.
export default defineConfig({
  // The path aliases (@shared, @main) come from the tsconfig files.
  resolve: { tsconfigPaths: true },
  test: {
    name: 'durability',
    environment: 'node',
    include: ['test/durability/**/*.test.ts'],
    env: { DURABILITY_TRIALS: '200', DURABILITY_CONTROL_TRIALS: '60' },
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
