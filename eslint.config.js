import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'public/data/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Only src/storage/ may open IndexedDB, and only src/offline/ may talk to the service worker.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Use src/storage/.' }, { name: 'workbox-window', message: 'Use src/offline/.' }] }] },
  },
  {
    files: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'workbox-window', message: 'Use src/offline/.' }] }] },
  },
  {
    files: ['src/offline/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Use src/storage/.' }] }] },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*', 'idb', 'workbox-*', '../ui/*', '../storage/*'], message: 'src/core/ has no UI and no browser storage.' }] }] },
  },
  {
    files: ['scripts/**', 'src/pipeline/**', 'test/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['service-worker/**'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
);
