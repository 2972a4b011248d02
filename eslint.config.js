import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores(['dist', 'dist-cli', 'dist-bench', 'reports', '.bench-tools', 'playwright-report', 'test-results', 'scripts/**/*.mjs', 'bin']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The domain is pure: no React, no DOM libraries, no Monaco, nothing from the layers above it.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', 'react/*', '@monaco-editor/*', 'monaco-editor', 'monaco-editor/*', '@hookform/*'], message: 'src/domain stays pure: no UI libraries.' },
          { regex: '^\\.\\.?/.*\\b(features|components|lib|app)/', message: 'Imports flow app → features → components/lib → domain.' },
        ],
      }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^\\.\\.?/.*\\b(features|app)/', message: 'components/ and lib/ sit below features/ and app/.' }],
      }],
    },
  },
])
