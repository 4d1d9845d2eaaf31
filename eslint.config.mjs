// Type-aware lint, and the layers of docs/architecture.md enforced rather than hoped for.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { areaBoundaries } from './scripts/eslint/area-boundaries.mjs';
import { tableWriters } from './scripts/eslint/table-writers.mjs';

/** The project's own rules. */
const layers = { rules: { 'area-boundaries': areaBoundaries, 'table-writers': tableWriters } };

/** What the core refuses: Electron itself and its own doors. */
const coreRefusals = {
  paths: [{ name: 'electron', message: 'electron/core never imports electron.' }],
  doors: {
    group: [
      '**/electron/main/**',
      '**/electron/preload/**',
      '**/electron/server/**',
      '**/electron/cli/**',
      '**/renderer/**',
    ],
    message: 'The core does not know its doors.',
  },
};

const noDefaultExport = {
  selector: 'ExportDefaultDeclaration',
  message: 'Use named exports (default exports only in config files).',
};

export default tseslint.config(
  {
    ignores: [
      'scratch/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'db/migrations/**',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // React event props ignore the returned promise by design; floating promises elsewhere are still errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      'no-restricted-syntax': ['error', noDefaultExport],
      // Only the Electron layers may load Electron; elsewhere a type import is the most allowed.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/main and electron/preload import electron.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // The desktop door loads Electron, and shares with the browser door only through the core (the CSP, the door
    // limits): one door never imports another.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../server', '../server/**', '**/electron/server', '**/electron/server/**'],
              message: 'electron/main and electron/preload do not import the HTTP door; share through electron/core.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core never depends on Electron at all, not even for types.
    files: ['electron/core/**/*.ts', 'db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: coreRefusals.paths,
          patterns: [coreRefusals.doors],
        },
      ],
    },
  },
  {
    // The renderer imports only types from the Electron side: everything real crosses the bridge, except the shared
    // pure tier (`*.shared.ts`, below), whose values it may import.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
          patterns: [
            {
              // A regex, not a gitignore group: a group cannot re-include `*.shared` under an excluded folder.
              regex: '(^|/)(electron|db)/(?!.*\\.shared$)',
              allowTypeImports: true,
              message:
                'The renderer imports only types from electron/ and db/; values only from the shared pure tier (*.shared.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared pure tier. Files named `*.shared.ts` anywhere under electron/core/ hold what the renderer needs too:
    // vocabularies, labels and pure rule functions. They run in the browser as well as in Node, so they import
    // nothing from Node (builtins), nothing from the database (better-sqlite3, drizzle-orm, db/**), and among our own
    // modules only other `*.shared` files; type-only imports from anywhere are fine (they vanish when compiled), and
    // npm packages that run in a browser (zod, dayjs) are allowed. The renderer block above lets the renderer import
    // values from these files and no other file of electron/ or db/.
    files: ['electron/**/*.shared.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: coreRefusals.paths,
          patterns: [
            coreRefusals.doors,
            {
              group: ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)],
              allowTypeImports: true,
              message: 'A *.shared.ts file runs in the browser too: no Node modules.',
            },
            {
              group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/db/**'],
              allowTypeImports: true,
              message: 'A *.shared.ts file runs in the browser too: no database.',
            },
            {
              regex: '^\\.{1,2}/(?!.*\\.shared$)',
              allowTypeImports: true,
              message: 'A *.shared.ts file imports values only from other *.shared files (types from anywhere).',
            },
          ],
        },
      ],
    },
  },
  {
    // Each core area shows the rest of the program only its index, its contracts, its schemas and its shared files.
    // handlers.ts is the registry that takes each area's handlers from its service files.
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/handlers.ts'],
    plugins: { layers },
    rules: { 'layers/area-boundaries': 'error' },
  },
  {
    // One writer per table: an area writes only the tables it owns (docs/architecture.md §6); the owner map and any
    // deliberate exception are in the rule. Migrations and db/ are outside electron/core and so outside its scope.
    files: ['electron/core/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/table-writers': 'error' },
  },
  {
    // The renderer sees the core only through the types of its contracts and schemas, and its shared pure files.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/area-boundaries': ['error', { public: ['contract', 'schemas'] }] },
  },
  {
    files: ['*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-empty-pattern': 'off' },
  },
);
