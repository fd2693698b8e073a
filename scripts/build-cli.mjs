// Bundles the `gapwise` CLI (cli/index.ts + shared/ + resources JSON) into one CommonJS
// file for plain Node: no Electron, no runtime dependency on node_modules layout.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['cli/index.ts'],
  // The path aliases (@shared) are defined there.
  tsconfig: 'tsconfig.node.json',
  outfile: 'out/cli/gapwise.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // jsonc-parser's UMD entry requires its own files at run time; its ES module bundles.
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  define: { GAPWISE_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
