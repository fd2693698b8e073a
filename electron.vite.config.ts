import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { designTokens } from './scripts/design-tokens-plugin';

const root = __dirname;

/**
 * The dev server injects React Refresh's preamble as an inline script and CSS as <style>
 * tags, which the strict CSP in renderer/index.html forbids. Relax the policy for `serve`
 * only; built files keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'gapwise:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  main: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: resolve(root, 'out/main'),
      // lowdb 7 is ESM-only and the main bundle is CommonJS: bundle it instead of require()-ing it.
      externalizeDeps: { exclude: ['lowdb'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // Spreadsheets are read in a worker thread; it is its own entry (out/main/matrix-worker.js).
          'matrix-worker': resolve(root, 'electron/main/import/matrix-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    resolve: { tsconfigPaths: true },
    // Relative asset URLs, so the built page works from any scheme (file:// today, app:// later).
    base: './',
    plugins: [react(), devServerCsp(), designTokens()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; minified it is a third of the
      // size. GAPWISE_PROFILE=1 keeps names, for reading a CPU profile of the renderer.
      minify: !process.env['GAPWISE_PROFILE'],
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        // The libraries go into chunks of their own, so no chunk passes Vite's 500 kB warning
        // and the app's own code stays a small chunk that changes alone.
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'charts', test: /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/ },
              { name: 'vendor', test: /node_modules[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
