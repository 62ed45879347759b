import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'coverage/', '.bench/', 'docs/', '.tmp*/', 'tmp-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is pure: no Node built-ins, no Electron, no DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url'],
              message: 'shared/ must stay pure.',
            },
            {
              group: ['electron', '../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*'],
              message: 'shared/ imports nothing outside shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only electron/main and electron/preload may touch the electron module.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/main and electron/preload import electron.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic hook rules; the React Compiler rules of v7 are for compiler-built apps.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Electron has no window.prompt, and confirm/alert freeze the window: use renderer/components/ask.tsx.
      'no-restricted-globals': [
        'error',
        ...['prompt', 'confirm', 'alert'].map((name) => ({
          name,
          message: 'Use the in-app dialogs (askText/askConfirm in renderer/components/ask.tsx).',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['prompt', 'confirm', 'alert'].map((property) => ({
            object,
            property,
            message: 'Use the in-app dialogs (askText/askConfirm in renderer/components/ask.tsx).',
          })),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'electron'],
              message: 'The renderer never uses Node built-ins.',
            },
            {
              group: ['../electron/*', '../../electron/*'],
              message: 'The renderer talks only to the API contract.',
            },
          ],
        },
      ],
    },
  },
);
