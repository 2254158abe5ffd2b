import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'templates/',
      'schema/',
      'node_modules/',
      '.venv/',
      '.tools/',
      '.bench/',
      '.local/',
      'coverage/',
      '.scratch/',
      'out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Build helpers run by node directly.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The pure core must stay pure: no AWS, no GitHub, no filesystem, no clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@aws-sdk/*', '@actions/*', 'node:*', 'fs', 'path', 'child_process', '../../shell/*'] },
      ],
      'no-restricted-globals': ['error', 'process', 'Date', 'fetch'],
    },
  },
  {
    // The shell serves the modes and the front doors; it never reaches up into them.
    files: ['src/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../modes/*', '../../modes/*', '../../action*', '../../cli*', '../../index*'] },
      ],
    },
  },
);
