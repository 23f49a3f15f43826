// `npm run lint`: ESLint with the rule sets Lit libraries verify with (Lit,
// lit-a11y, web components) on top of the JavaScript and TypeScript
// recommendations. typescript-eslint 8 needs TypeScript's compiler API, which
// TypeScript 7 dropped, so the project typechecks with 6.0 as well.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The consumer apps are built and checked by their own toolchains (npm run test:package).
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'test/screenshots/', 'test/package/apps/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Unused names are a type error already (noUnusedLocals); a leading _ marks a deliberate one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,mjs}', 'test/bench/**/*.mjs', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha, ...globals.node } },
  },
);
