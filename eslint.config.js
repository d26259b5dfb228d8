// ESLint (flat config): a small rule set over the extension's modules, the scripts and the
// tests. `npm test` runs it; `npm run lint` runs it alone.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['extension/pkg/**', 'dist/**', 'dist-*/**', 'target/**', 'node_modules/**', 'tests/.tmp/**', 'bench/out/**'] },
  js.configs.recommended,
  {
    files: ['extension/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.webextensions },
    },
    rules: {
      // No shared global: every name comes from an import.
      'no-implicit-globals': 'error',
      'no-restricted-globals': ['error', { name: 'Warden', message: 'import what you need: the extension has no shared global' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'page text is data: textContent' },
        { property: 'outerHTML', message: 'page text is data: textContent' },
        { property: 'insertAdjacentHTML', message: 'page text is data: textContent' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'eslint.config.js'],
    // Tests run code in the page and the extension's pages (page.evaluate): their globals too.
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['tests/support/fixture-app.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
];
