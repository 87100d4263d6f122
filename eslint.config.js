import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'docs/'] },
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['src-renderer/**'], languageOptions: { globals: globals.browser } },
  { files: ['src-main/**', 'tests/**', 'bench/**', 'scripts/**', 'bin/**'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  // The layer map (docs/architecture.md): one block per layer, each matching only its own files, because a
  // later block's rule of the same name replaces an earlier one's. Patterns are regexes over the import source.
  layer('core', ['src-main/core/**'], [
    { regex: '^(node:|electron|lowdb|fs$|fs/|path$|os$|crypto$|child_process$|process$|url$|util$)', message: 'src-main/core is the pure layer both sides share: no Node, Electron or lowdb.' },
    { regex: OUTSIDE('api|api-methods|api-records|services|store|cli|shell'), message: 'src-main/core imports nothing outside the core (not the contract, services, store, cli or shell).' },
  ]),
  layer('store', ['src-main/store/**'], [
    { regex: '^electron', message: 'src-main/store also runs in the command line: no Electron.' },
    { regex: OUTSIDE('api|api-methods|api-records|services|cli|shell'), message: 'src-main/store sits below the services: it imports only the core and itself.' },
  ]),
  layer('services', ['src-main/services/**', 'src-main/services.ts'], [
    { regex: '^electron', message: 'The services serve the window, the command line and tests alike: no Electron (dialogs come in as Dialogs).' },
    { regex: OUTSIDE('cli|shell'), message: 'The services do not import the command line or the Electron shell.' },
  ]),
  layer('cli', ['src-main/cli/**', 'src-main/cli.ts'], [
    { regex: '^electron', message: 'The command line runs in plain Node: no Electron.' },
    { regex: OUTSIDE('shell'), message: 'The command line does not import the Electron shell.' },
  ]),
  layer('shell', ['src-main/shell/**'], [
    { regex: OUTSIDE('cli'), message: 'The Electron shell does not import the command line.' },
    { regex: 'src-renderer', message: 'The shell loads the renderer as a page, never imports it.' },
  ]),
  layer('renderer', ['src-renderer/**'], [
    { regex: '^(node:|electron|lowdb)', message: 'The renderer has no Node or Electron: use window.api.' },
    { regex: 'src-main/(store|services|cli|shell)', message: 'The renderer may import only src-main/core and the contract types.' },
  ]),
  {
    // The contract's values (schemas, method list) belong to the main process; the window uses its types only.
    files: ['src-renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: 'src-main/api', allowTypeImports: true, message: 'The renderer imports only types from the contract (import type); values come through window.api.' }] },
      ],
    },
  },
)

/** A relative import that leaves the folder for one of `folders` (a sibling folder or file of src-main). */
function OUTSIDE(folders) {
  return `^(\\./|(\\.\\./)+)(${folders})(\\.ts)?(/|$)`
}

function layer(name, files, patterns) {
  return { name: `layer/${name}`, files, rules: { 'no-restricted-imports': ['error', { patterns }] } }
}
