// Layer arrows from docs/architecture.md: core <- db <- server <- cli; web talks HTTP only.
// Inside each layer, a feature reaches another feature through that feature's index.ts only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// A feature is a folder of the same name in core, db and server (docs/contributing.md); the
// record is shared by every feature, so it is not one of them, and the testing folders hold helpers
// that build worlds across features.
const SHARED = new Set(['record', 'testing']);
const foldersOf = (dir) =>
  new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  );
const FEATURES = [...foldersOf('src/server')].filter(
  (name) => !SHARED.has(name) && foldersOf('src/core').has(name) && foldersOf('src/db').has(name),
);

const LAYERS = {
  core: {
    message: 'src/core is pure: no I/O, no frameworks, no outer layers.',
    groups: [
      ['**/db/**', '**/server/**', '**/cli/**', '**/web/**'],
      ['node:*', 'fs', 'path', 'http', 'net', 'crypto', 'child_process'],
      ['fastify*', '@fastify/*', 'drizzle-orm*', '@electric-sql/*', 'postgres', 'react*', 'pino'],
    ],
  },
  db: {
    message: 'src/db depends on core only.',
    groups: [
      ['**/server/**', '**/cli/**', '**/web/**'],
      ['fastify*', '@fastify/*', 'react*'],
    ],
  },
  server: {
    message: 'src/server reaches the database through src/db repositories only.',
    groups: [
      ['**/cli/**', '**/web/**'],
      ['drizzle-orm*', '@electric-sql/*', 'postgres'],
    ],
  },
  web: {
    message: 'src/web uses the public API (and core schemas) only.',
    groups: [
      ['**/db/**', '**/server/**', '**/cli/**'],
      ['drizzle-orm*', '@electric-sql/*', 'postgres', 'fastify*'],
    ],
  },
};

const ROUTES_MESSAGE =
  'Routes are thin: reads go through a query, writes through a command, never a repository.';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const patternsOf = (groups, message) => groups.map((group) => ({ group, message }));

// Another feature's folder, except its index.ts.
const otherFeatures = (feature) =>
  FEATURES.filter((other) => other !== feature).map((other) => ({
    group: [`**/${other}/**`, `!**/${other}/index.ts`, `!**/${other}/index.tsx`],
    message: `A feature uses another feature through its index.ts only (here: ${other}).`,
  }));

function layerConfigs(layer, { groups, message }) {
  const base = patternsOf(groups, message);
  const configs = [{ files: [`src/${layer}/**`], rules: restrict(base) }];
  for (const feature of FEATURES) {
    const featureRules = [...base, ...otherFeatures(feature)];
    configs.push({ files: [`src/${layer}/${feature}/**`], rules: restrict(featureRules) });
    if (layer === 'server') {
      configs.push({
        files: [`src/server/${feature}/routes/**`],
        ignores: ['**/*.test.ts'],
        rules: restrict([
          ...featureRules,
          {
            group: ['**/db/**', 'drizzle-orm*', '@electric-sql/*', 'postgres'],
            message: ROUTES_MESSAGE,
          },
        ]),
      });
    }
  }
  return configs;
}

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
  ...Object.entries(LAYERS).flatMap(([layer, spec]) => layerConfigs(layer, spec)),
  // Only the unit of work opens a write transaction: a write beside it would leave caches stale.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/server/kernel/**', 'src/db/**', 'src/cli/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='transaction'][object.property.name=/^(kernel|database)$/]",
          message: 'Writes go through commit() (src/server/kernel/unit-of-work.ts).',
        },
      ],
    },
  },
  // Core tests may use the platform's SHA-256 to drive the injected hash port.
  {
    files: ['src/core/**/*.test.ts'],
    rules: restrict(patternsOf([LAYERS.core.groups[0]], 'core tests stay inside core.')),
  },
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
