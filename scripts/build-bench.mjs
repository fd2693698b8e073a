// Bundles the Node benchmark (bench/run.ts with shared/ and the store) for plain Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/run.ts'],
  // The path aliases (@shared, @main) are defined there.
  tsconfig: 'tsconfig.node.json',
  outfile: 'out/bench/run.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  mainFields: ['module', 'main'],
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
