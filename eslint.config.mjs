// Typed lint plus the process boundary (docs/architecture.md): a wrong import arrow fails lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'net',
  'http',
  'https',
  'stream',
  'url',
  'util',
  'zlib',
];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const noFocusedTests = {
  selector: "CallExpression[callee.property.name='only']",
  message: 'Focused tests hide the rest of the suite.',
};

// Screens read and write the database only through renderer/src/db/ (repositories and db/queries/),
// so an export, a bundle or the benchmark gets the very same data (docs/architecture.md).
const tableAccessMessage =
  'Screens do not read tables: call a function of renderer/src/db/ (a repository or db/queries/) ' +
  'and add one there if none fits.';
const noTableAccess = [
  { selector: "MemberExpression[object.name='db']", message: tableAccessMessage },
  { selector: "MemberExpression[object.property.name='db']", message: tableAccessMessage },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2023 },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': ['error', noFocusedTests],
    },
  },
  {
    files: ['eslint.config.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'electron/*',
        ...nodeBuiltins,
        'react',
        'react-dom',
        'dexie',
        'antd',
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
      ],
      'shared/ is pure: no Electron, Node, DOM libraries, main/ or renderer/.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/preload/**'],
        'renderer/ runs sandboxed: reach the main process only through window.desk (shared/ipc.ts).',
      ),
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noFocusedTests, ...noTableAccess] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/index.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      ['electron', 'electron/*', '**/renderer/**', '**/preload/**', 'react', 'dexie'],
      'main/ services stay testable without Electron: touch the Electron API only in main/electron/.',
    ),
  },
  {
    files: ['main/electron/**/*.ts', 'main/index.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      ['**/renderer/**', '**/preload/**', 'react', 'dexie'],
      'main/ never imports renderer code.',
    ),
  },
  {
    files: ['preload/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, '**/main/**', '**/renderer/**'],
      'The sandboxed preload sees only electron and shared/.',
    ),
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.ts', '*.config.mts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
