'use strict';
// CommonJS because package.json has no "type": "module" (the Electron main and preload
// bundles are CommonJS); an ESM config here would make Node re-parse it with a warning.
const { builtinModules } = require('node:module');
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');
const tseslint = require('typescript-eslint');
const electronSecurity = require('eslint-plugin-electron-security').default;

/*
 * Process boundaries (docs/ARCHITECTURE.md, "Folders and what they may import"). test/boundaries.test.ts checks the same rules on the
 * source text with real path resolution, so they hold even where a rule is disabled inline.
 * Regexes rather than gitignore-style groups: a group such as "domain" (a Node built-in)
 * would also match the relative import "../domain".
 */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NODE = {
  regex: `^(?:node:.*|(?:${NODE_BUILTINS.map(escapeRegex).join('|')})(?:/.*)?)$`,
  message: 'Node built-ins are not available in this process.',
};
const ELECTRON = {
  regex: '^electron(?:/.*)?$',
  message: 'Only electron/main/index.ts and electron/preload/index.ts import electron.',
};
const REACT = { regex: '^react(?:-dom)?(?:/.*)?$', message: 'shared/ is UI-free: no React.' };
/** The path aliases (the tsconfig files' "paths") and the top-level folder each points into. */
const ALIASES = { '@renderer': 'renderer', '@main': 'electron', '@shared': 'shared' };
/** A relative path that climbs out of its folder into the top-level `folder`, or an alias into it. */
const into = (folder) => {
  const aliases = Object.keys(ALIASES).filter((alias) => new RegExp(`^${folder}$`).test(ALIASES[alias]));
  return `^(?:(?:\\.\\./)+${folder}${aliases.map((alias) => `|${alias}`).join('')})(?:/.*)?$`;
};

const restrict = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

module.exports = defineConfig([
  globalIgnores(['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    ignores: ['renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs', 'eslint.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**'],
    rules: restrict(ELECTRON, NODE, REACT, {
      regex: into('(?:electron|renderer|cli)'),
      message: 'shared/ imports only shared/ (and resources/ data).',
    }),
  },
  {
    files: ['renderer/**'],
    rules: restrict(
      ELECTRON,
      NODE,
      {
        regex: '^(?:(?:\\.\\./)+electron(?!/preload/api-types$)|@main)(?:/.*)?$',
        message: 'The renderer reaches the main process only through window.gapwise.',
      },
      {
        regex: '/electron/preload/api-types$',
        allowTypeImports: true,
        message: 'Only the preload API type may come from electron/, as `import type`.',
      },
      { regex: into('cli'), message: 'The renderer may not import the CLI.' },
    ),
  },
  {
    files: ['cli/**'],
    rules: restrict(ELECTRON, { regex: into('renderer'), message: 'The CLI may not import renderer code.' }),
  },
  {
    // The rest of electron/ stays Electron-free so it can be tested in plain Node.
    files: ['electron/**'],
    ignores: ['electron/main/index.ts', 'electron/preload/index.ts'],
    rules: restrict(ELECTRON),
  },
  // Electron's security checklist as lint rules (also run by `npm run lint:security`): the
  // strict preset (every rule an error) with type information, configured for this app's doors.
  {
    ...electronSecurity.configs.strict,
    files: ['electron/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
  },
  { ...electronSecurity.configs['recommended-type-checked'], files: ['electron/**/*.ts'] },
  {
    files: ['electron/**/*.ts'],
    rules: {
      // Only URLs parseExternalLink accepted (the ExternalUrl brand) reach shell.openExternal.
      'electron-security/no-open-external-with-dynamic-url': ['error', { trustedUrlType: 'ExternalUrl' }],
      // The handler is installed by security/permissions.ts (lockDownSession), which index.ts
      // calls before anything loads; the checklist test asserts both. The rule still reports
      // a handler that grants unconditionally.
      'electron-security/require-permission-request-handler': ['error', { requireHandler: false }],
      // Windows, IPC registration and external links each go through one door.
      'electron-security/require-factory': [
        'error',
        {
          factories: [
            { api: 'ipcMain.handle', use: 'registerIpc', allowIn: ['electron/main/ipc/dispatcher.ts'] },
            { api: 'shell.openExternal', use: 'openInBrowser', allowIn: ['electron/main/index.ts'] },
          ],
        },
      ],
    },
  },
]);
