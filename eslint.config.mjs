// Type-aware lint, and the layers of DESIGN.md enforced rather than hoped for.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
          paths: [{ name: 'electron', message: 'electron/core never imports electron.' }],
          patterns: [
            {
              group: [
                '**/electron/main/**',
                '**/electron/preload/**',
                '**/electron/server/**',
                '**/electron/cli/**',
                '**/renderer/**',
              ],
              message: 'The core does not know its doors.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer imports only types from the Electron side: everything real crosses the bridge.
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
              group: ['**/electron/**', '**/db/**'],
              allowTypeImports: true,
              message: 'The renderer imports only types from electron/ and db/.',
            },
          ],
        },
      ],
    },
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
