// @ts-check
// npm run lint: typescript-eslint's strict type-checked set, the layer boundaries and the one clock.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { boundaries } from './lint/boundaries.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const TS = ['**/*.ts'];
const CODE = [
  'shared',
  'skills',
  'sandbox',
  'dev',
  'simulator',
  'certify',
  'scripts',
  'bench',
  'test',
  'interaction-models',
];
const everythingBut = (...keep) => CODE.filter((folder) => !keep.includes(folder));

/** Reads of the wall clock (mirrors test/clock/wall-clock.test.ts): only shared/clock may make them. */
export const WALL_CLOCK = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Take the time from the injected Clock (shared/clock), not Date.now().',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Take the time from the injected Clock (shared/clock), not new Date().',
  },
  {
    selector:
      "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local|utc)$/][arguments.length=0]",
    message: "Take the time from the injected Clock (shared/clock), not luxon's current time.",
  },
  {
    selector: "MemberExpression[object.name='Settings'][property.name='now']",
    message: "Do not replace luxon's Settings.now: inject a Clock.",
  },
];
/** Running code takes even monotonic readings from the Clock (deadlines); benchmarks and tests may time themselves. */
export const MONOTONIC = [
  {
    selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
    message: 'Take monotonic time from the injected Clock (clock.monotonicMs()).',
  },
  {
    selector: "MemberExpression[object.name='process'][property.name='hrtime']",
    message: 'Take monotonic time from the injected Clock (clock.monotonicMs()).',
  },
];

/** Which top-level folder may import which (lint/boundaries.mjs; test/lint/boundaries.test.ts proves it bites). */
export const BOUNDARIES = {
  root,
  zones: [
    {
      from: 'shared',
      forbid: everythingBut('shared'),
      message: 'the core is platform-free and knows nothing of its callers',
    },
    {
      from: 'skills',
      forbid: everythingBut('shared', 'skills'),
      message:
        'the production service contains no sandbox, simulator, kit or test code (the development entry is dev/)',
    },
    {
      from: 'sandbox',
      forbid: everythingBut('shared', 'sandbox'),
      message: 'the sandbox bank is a bank: it knows nothing of the skills',
    },
    {
      from: 'dev',
      forbid: everythingBut('shared', 'skills', 'sandbox', 'dev'),
      message: 'the development entry is the service plus the sandbox, nothing more',
    },
  ],
  entries: [
    {
      from: 'skills',
      into: 'shared',
      only: ['shared/index'],
      message: "adapters use the core through its public entry, shared/index.ts ('../shared')",
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'certification/', 'coverage/'] },
  {
    files: ['**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: TS,
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { voicebank: { rules: { boundaries } } },
    rules: {
      // Numbers and booleans in template strings read naturally in speech and logs.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `() => res.end()` says what it means; a void value returned or used as a value is confusing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An async function that does not await still turns a throw into a rejection, which the
      // Promise-returning interfaces (BankClient, StateStore, AuditLog) promise their callers.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': ['error', ...WALL_CLOCK],
      'voicebank/boundaries': ['error', BOUNDARIES],
    },
  },
  {
    files: ['shared/**/*.ts', 'skills/**/*.ts', 'sandbox/**/*.ts', 'dev/**/*.ts', 'simulator/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...WALL_CLOCK, ...MONOTONIC] },
  },
  {
    // Tests check at run time what the types promise (a narrowing the type system already knows is an
    // assertion there, not dead code), index fixtures that exist by construction, and print values.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  { files: ['shared/clock/index.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // The clock test spells out the very reads it forbids.
  { files: ['test/clock/wall-clock.test.ts'], rules: { 'no-restricted-syntax': 'off' } },
);
