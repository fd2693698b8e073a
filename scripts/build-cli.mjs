// Bundles the `gapwise` CLI (cli/index.ts + shared/ + resources JSON) into one CommonJS
// file for plain Node: no Electron, no runtime dependency on node_modules layout.
import { build } from 'esbuild';
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * highs' ES module finds itself through import.meta.url, which a CommonJS bundle has not;
 * its CommonJS build (what `require('highs')` gives) uses __dirname instead.
 */
const highsAsCommonJs = {
  name: 'highs-as-commonjs',
  setup(b) {
    b.onResolve({ filter: /^highs$/ }, () => ({ path: require.resolve('highs') }));
  },
};

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
  plugins: [highsAsCommonJs],
  logLevel: 'warning',
});

// The hiring plan's solver (HiGHS) is WebAssembly; the CLI loads it from beside the bundle.
await copyFile(require.resolve('highs/runtime'), 'out/cli/highs.wasm');
