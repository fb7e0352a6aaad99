/**
 * ESLint (flat config): JavaScript's and typescript-eslint's recommended rules (not the
 * type-checked set: `tsc --noEmit` already runs in `npm test`), and the layer rule that keeps
 * src/'s imports pointing down the data flow.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

/**
 * The layers of src/, lowest first: the one list the layer rule is built from. A folder may import
 * its own files and any folder of a lower group; never a higher one, nor a peer of its own group
 * unless PEERS says so. "." stands for the files directly in src/ (config.ts, config-text.ts,
 * log.ts): infrastructure that, like the other members of its group, imports only core.
 */
const LAYERS = [
  ['core'],
  ['analysis', 'corpus', 'store', '.'],
  ['figures'],
  ['search'],
  ['answer'],
  ['study'],
  ['cli', 'discord', 'eval'],
];

/** Peers that may import each other: `npm start` (cli) wires the bot, `npm run eval` (cli) runs the measurements, and measuring may reach anything. */
const PEERS = { cli: ['discord', 'eval'], eval: ['cli', 'discord'] };

/** Folders outside src/ that a layer may import: `npm run bench` times quiz answers through the tests' fake Discord. */
const OUTSIDE = { eval: ['tests/e2e/discord'] };

/** The front ends call the engine in src/answer, never what lies under it. */
const FRONT_ENDS = { layers: ['cli', 'discord'], forbidden: ['analysis', 'corpus', 'search'] };

export default defineConfig(
  { ignores: ['node_modules/', 'index/', 'data/', 'coverage/', 'dist/'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `const { units: _units, ...passage } = indexed` leaves properties out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Japanese text puts the ideographic space (U+3000) in strings, patterns and comments on purpose; code stays checked.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    // The launcher and the CI scripts are plain JavaScript run by Node (before anything is compiled).
    files: ['bin/**/*.js', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The normalizer, the analyzer and the document readers match control characters on purpose:
    // to strip them, or to recognise an encoding by its escape sequences (ISO-2022-JP).
    files: ['src/analysis/**/*.ts', 'src/corpus/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The normalizer matches lone combining marks and variation selectors on purpose, to drop them.
    files: ['src/analysis/**/*.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    // Unit tests run in seconds: no kuromoji dictionary, no index, no fake Discord, no child process.
    files: ['tests/unit/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['node:child_process', 'child_process'].map((name) => ({ name, message: 'Unit tests start no process: put this test in tests/e2e.' })),
          patterns: [
            {
              regex: '/(analysis/tokenizer|answer/engine|search/index-store)\\.ts$',
              allowTypeImports: true,
              message: 'Unit tests load no dictionary or index (analyze with tests/unit/stub-tokenizer.ts), or go in tests/e2e.',
            },
            {
              regex: '/e2e/discord/(harness|cli-process|fake-discord)\\.ts$',
              allowTypeImports: true,
              message: 'Unit tests start no fake Discord and no program: put this test in tests/e2e.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/no-upward-import': ['error', { layers: LAYERS, peers: PEERS, outside: OUTSIDE, frontEnds: FRONT_ENDS }] },
  },
);
