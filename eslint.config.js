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
  {
    // The folder is the layer: the core runs in Node, the renderer and tests alike.
    files: ['src-main/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:|electron|lowdb|fs$|path$|os$|crypto$|child_process$)', message: 'src-main/core must stay pure: no Node, Electron or lowdb.' },
            { regex: '^\\.\\./(store|cli|main)|^\\.\\./\\.\\./', message: 'src-main/core imports nothing outside the core.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the main process only through window.api.
    files: ['src-renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:|electron|lowdb)', message: 'The renderer has no Node or Electron: use window.api.' },
            { regex: 'src-main/(store|services|ipc|cli|main)', message: 'The renderer may import only src-main/core and the contract types.' },
          ],
        },
      ],
    },
  },
)
