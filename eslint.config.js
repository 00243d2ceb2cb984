// Lint rules for every layer; type-aware rules are left to `npm run typecheck` to keep lint fast.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './eslint-rules/layers.js';

const ONLY_ELECTRON = { name: 'electron', message: 'Only src-main/electron/ may import electron.' };
const ONLY_STORE = {
  name: 'better-sqlite3',
  message: 'Only src-main/store/ opens SQLite: add what you need to a repo there.',
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer may import from src-main only the pure contract and domain types.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/!(api|domain)/**', '**/src-main/api/!(contract)*'],
              message: 'The renderer imports only src-main/api/contract and src-main/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every layer of docs/ARCHITECTURE.md's table imports only what its row allows.
    files: ['src-main/**/*.ts'],
    plugins: { concord: layers },
    rules: { 'concord/layers': 'error' },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ONLY_ELECTRON, ONLY_STORE] }],
    },
  },
  {
    files: ['src-main/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ONLY_ELECTRON] }] },
  },
  {
    files: ['src-main/domain/**/*.ts', 'src-main/stats/**/*.ts', 'src-main/formats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron'],
              message: 'domain/, stats/ and formats/ are pure: no I/O, no database, no Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // Heavy work run in worker threads: pure functions of their input, which may hash and use
    // the PDF and image libraries, but reach no store, file, service or transport.
    files: ['src-main/jobs/**/*.ts'],
    // The runner and the worker entry start threads and set their priority: the plumbing.
    ignores: ['src-main/jobs/thread-runner.ts', 'src-main/jobs/worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'node:fs', 'node:fs/*', 'better-sqlite3', 'electron'],
              message: 'jobs/ run in worker threads: no files, no database, no Electron.',
            },
          ],
        },
      ],
    },
  },
);
