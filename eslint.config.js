import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** UI and shell packages the core (glossary/, projects/) must never import. */
const CORE_FORBIDDEN = [
  { group: ['electron', 'electron/*'], message: 'The core is pure TypeScript: no Electron.' },
  { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'The core is pure TypeScript: no React.' },
  { group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'The core is pure TypeScript: no Monaco.' },
  { group: ['i18next', 'react-i18next'], message: 'The core returns codes, not UI strings: no i18next.' },
  { group: ['**/renderer/**', '**/electron/**', '**/api/**', '**/cli/**'], message: 'The core does not depend on its callers.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['glossary/**/*.ts', 'projects/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_FORBIDDEN }] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['better-sqlite3', 'node:*', 'electron'], message: 'The renderer talks only to the api client.' },
            { group: ['**/projects/store*', '**/glossary/store*', '**/api/create-core*', '**/api/http-host*'], message: 'The renderer talks only to the api client.' },
          ],
        },
      ],
    },
  },
);
