// Flat config: recommended + type-checked rules, jest rules for tests, prettier last,
// and the module boundaries of DESIGN.md section 2 as no-restricted-imports.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import jest from 'eslint-plugin-jest'
import prettier from 'eslint-config-prettier'

const hostSdks = [
  { group: ['@actions/*'], message: 'Only src/hosts/github may import @actions/*.' },
  {
    group: ['azure-pipelines-task-lib', 'azure-pipelines-task-lib/*'],
    message: 'Only src/hosts/azure-pipelines may import task-lib (its import empties INPUT_* from process.env).',
  },
]
const pureBans = [
  ...hostSdks,
  { group: ['@azure/*'], message: 'core/ and steps/ never import Azure SDKs; use the ports.' },
  { group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'child_process'], message: 'core/ and steps/ do no I/O; use the ports.' },
]

export default tseslint.config(
  { ignores: ['eslint.config.mjs', 'jest.config.js', 'dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'bin/**', '**/*.cjs', 'bench/**/*.mjs', 'scripts/**/*.mjs', 'actions/**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true, allowTypedFunctionExpressions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  { files: ['src/core/**', 'src/steps/**'], rules: { 'no-restricted-imports': ['error', { patterns: pureBans }] } },
  {
    files: ['src/azure/**', 'src/kube/**', 'src/hosts/cli/**', 'src/hosts/*.ts', 'src/entries/cli.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: hostSdks }] },
  },
  {
    files: ['src/hosts/github/**', 'src/entries/gh/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [hostSdks[1]] }] },
  },
  {
    files: ['src/hosts/azure-pipelines/**', 'src/entries/ado/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [hostSdks[0]] }] },
  },
  { files: ['test/**'], ...jest.configs['flat/recommended'] },
  {
    files: ['test/**', 'scripts/**', 'bench/**'],
    rules: {
      '@typescript-eslint/explicit-function-return-type': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
)
