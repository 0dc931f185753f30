import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'test-results', 'playwright-report', 'src/lib/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
      jsxA11y.flatConfigs.strict,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Features do not import each other: shared -> features -> app (see ../shared/conventions.md).
      'no-restricted-imports': [
        'error',
        {
        paths: [
          {
            name: 'react-toastify',
            message: "Import from 'react-toastify/unstyled': the default entry injects a <style> the CSP refuses, and its toasts would not reach the app's container.",
          },
        ],
          patterns: [{ group: ['@/app/*'], message: 'Only src/app may import from src/app.' }],
        },
      ],
    },
  },
  {
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
        paths: [
          {
            name: 'react-toastify',
            message: "Import from 'react-toastify/unstyled': the default entry injects a <style> the CSP refuses, and its toasts would not reach the app's container.",
          },
        ],
          patterns: [
            { group: ['@/app/*'], message: 'Features do not import the app layer.' },
            { group: ['@/features/*'], message: 'Features do not import each other; compose them in src/app.' },
            {
              group: ['../../*'],
              message: 'Reach shared code through @/ (components, lib); features do not import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
])
