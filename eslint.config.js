import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist*', 'storybook-static', 'public', 'coverage', 'contract', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // Lit binds `this` for @event listeners.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // An override hook's base version may ignore its arguments.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // SEC-11: never render a string as markup.
      'no-restricted-imports': ['error', { paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Server strings render as text (SEC-11).' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Server strings render as text (SEC-11).' },
        { name: 'lit/static-html.js', message: 'Server strings render as text (SEC-11).' },
      ] }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Elements import each SDK module itself, so a page bundles only what its elements use.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/sdk/index.js'], allowTypeImports: true, message: 'Import the SDK module itself (sdk/errors.js, sdk/schemas/…).' },
        { group: ['**/mocks/**'], message: 'src/ never imports mocks/.' },
      ] }],
    },
  },
  // sdk/ is DOM-free and depends on nothing of ours but itself.
  {
    files: ['sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['lit', 'lit/*', '@lit/*'], message: 'sdk/ never imports Lit.' },
        { group: ['**/src/**', '**/mocks/**'], message: 'sdk/ never imports src/ or mocks/.' },
      ] }],
    },
  },
  { files: ['**/*.{js,mjs}'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: { ...globals.node } } },
  { files: ['scripts/**/*.{ts,mjs}', 'test/**/*.node.test.ts', 'test/conformance/**/*.ts'], rules: { 'no-console': 'off' } },
  // node:test's test() and chai-dom assertions return promises that need not be awaited.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-floating-promises': 'off' } },
);
