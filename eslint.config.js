// Layer arrows from docs/architecture.md: core <- db <- server <- cli; web talks HTTP only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group, message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'src/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/core/**'],
    [
      ['**/db/**', '**/server/**', '**/cli/**', '**/web/**'],
      ['node:*', 'fs', 'path', 'http', 'net', 'crypto', 'child_process'],
      ['fastify*', '@fastify/*', 'drizzle-orm*', '@electric-sql/*', 'postgres', 'react*', 'pino'],
    ],
    'src/core is pure: no I/O, no frameworks, no outer layers.',
  ),
  // Core tests may use the platform's SHA-256 to drive the injected hash port.
  layer(
    ['src/core/**/*.test.ts'],
    [['**/db/**', '**/server/**', '**/cli/**', '**/web/**']],
    'core tests stay inside core.',
  ),
  layer(
    ['src/db/**'],
    [
      ['**/server/**', '**/cli/**', '**/web/**'],
      ['fastify*', '@fastify/*', 'react*'],
    ],
    'src/db depends on core only.',
  ),
  layer(
    ['src/server/**'],
    [
      ['**/cli/**', '**/web/**'],
      ['drizzle-orm*', '@electric-sql/*', 'postgres'],
    ],
    'src/server reaches the database through src/db repositories only.',
  ),
  {
    ...layer(
      ['src/server/routes/**'],
      [
        ['**/db/**', '**/cli/**', '**/web/**'],
        ['drizzle-orm*', '@electric-sql/*', 'postgres'],
      ],
      'Routes are thin: reads go through a query, writes through a command (src/server/use-cases).',
    ),
    ignores: ['**/*.test.ts'],
  },
  layer(
    ['src/web/**'],
    [
      ['**/db/**', '**/server/**', '**/cli/**'],
      ['drizzle-orm*', '@electric-sql/*', 'postgres', 'fastify*'],
    ],
    'src/web uses the public API (and core schemas) only.',
  ),
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
