// Lint rules: the recommended sets, the house rule that `any` needs a comment saying why (a
// disable-next-line directive with a reason is that comment), and the layering of src/ (eslint.layers.js).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'schemas/', 'web-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // The web workbench runs in the browser: its globals, and the rules of React's hooks.
    files: ['src/faces/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        CSS: 'readonly',
        ResizeObserver: 'readonly',
        requestAnimationFrame: 'readonly',
      },
    },
    rules: reactHooks.configs.flat.recommended.rules,
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  // The architecture: which part may import which, and only through its index.ts.
  ...layerConfigs(),
);
