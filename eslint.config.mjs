// ESLint 9 flat config: typescript-eslint, Microsoft's Office.js rules (eslint-plugin-office-addins,
// used directly rather than through the office-addin-lint wrapper), React's hook rules, and the
// walls between the rooms of the code, which a machine keeps standing (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'buffer', 'zlib'];
const FORMAT_LIBRARIES = ['exceljs', 'docx', 'fflate', 'saxes', '@e965/xlsx', 'jszip', 'react', 'react-dom', 'react/*', '@fluentui/*'];
const ADAPTERS = ['cli', 'docx', 'excel', 'taskpane', 'xlsx'];

/** Imports a room of `src` may not make: every other adapter, by relative path. */
function otherAdapters(own) {
  return ADAPTERS.filter((a) => a !== own).map((a) => `**/${a}/**`);
}

/** The adapters each adapter may use besides core; only the entry points wire adapters together. */
function adapterWall(own, extra = []) {
  return {
    files: [`src/${own}/**/*.{ts,tsx}`],
    ignores: extra,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: otherAdapters(own), message: 'Adapters use core, not each other: wire them together in an entry point.' }] },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use an `as const` object, not an enum (STYLE.md).' }],
      // Control characters in patterns are deliberate here: XML 1.0, sheet names and file names refuse
      // them, and the readers and writers strip or reject exactly those characters.
      'no-control-regex': 'off',
      // The ideographic space (U+3000) indents Chinese body text: examples and strings show it as it is.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    // Microsoft's rules for the Office JavaScript API: load before read, sync after load, no sync in a loop …
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Core is pure: no Node, no DOM host, no Office, no file-format library, and no adapter.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'office-js', message: 'Core never touches Office.' }],
          patterns: [
            { group: NODE_BUILTINS, message: 'Core is pure: no Node API.' },
            { group: FORMAT_LIBRARIES, message: 'Core is pure: file formats and UI live in adapters.' },
            { group: ADAPTERS.map((a) => `**/${a}/**`), message: 'Core imports nothing outside core.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'Buffer', 'require'],
    },
  },
  adapterWall('excel'),
  adapterWall('xlsx'),
  adapterWall('docx'),
  adapterWall('cli', ['src/cli/main.ts']),
  adapterWall('taskpane', ['src/taskpane/index.tsx']),
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
