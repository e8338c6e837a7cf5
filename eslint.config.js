import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';

/** D3 computes; React renders. Only the zoom hook may attach d3 behaviour to a DOM node. */
const D3_DOM_MODULES = ['d3-selection', 'd3-axis', 'd3-transition', 'd3-brush', 'd3'];
const ZOOM_HOOK = 'src/features/timeline/use-time-zoom.ts';

function restrictImports(...patterns) {
  return [
    'error',
    {
      paths: D3_DOM_MODULES.map((name) => ({
        name,
        message: 'React owns the DOM: use d3 math modules; only use-time-zoom.ts attaches d3-zoom.',
      })),
      patterns,
    },
  ];
}

export default defineConfig([
  // Every build and test output (the same list as .gitignore and .prettierignore): a second
  // `npm test` in the same checkout must not lint what the first one built.
  globalIgnores([
    'dist',
    'dist-*',
    'playwright-report',
    'test-results',
    'node_modules',
    'bench/out',
  ]),
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      reactHooks.configs.flat.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text; never as HTML.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render data as text; never as HTML.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
      'no-restricted-imports': restrictImports(),
    },
  },
  {
    files: [ZOOM_HOOK],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: [ZOOM_HOOK],
    rules: {
      // A sibling ('../timeline/x') or any path back through features/ or into app/
      // ('../../features/timeline/x'): a feature reaches only shared code.
      'no-restricted-imports': restrictImports({
        regex: '^\\.\\./[^.]|(^|/)(features|app)/',
        message: 'Features do not import each other or the app; compose them in src/app.',
      }),
    },
  },
  {
    files: ['src/{data,domain,ui,hooks,lib,url-state}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports({
        regex: '/(features|app)/',
        message: 'Shared code must not depend on features or the app layer.',
      }),
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
]);
