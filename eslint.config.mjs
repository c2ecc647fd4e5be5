import { defineConfig } from 'eslint/config'
import tseslint from '@electron-toolkit/eslint-config-ts'
import eslintConfigPrettier from '@electron-toolkit/eslint-config-prettier'
import eslintPluginReact from 'eslint-plugin-react'
import eslintPluginReactHooks from 'eslint-plugin-react-hooks'
import eslintPluginReactRefresh from 'eslint-plugin-react-refresh'

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto'],
  message: 'This layer runs anywhere: no Node built-ins.'
}
const noIpcMain = {
  selector: "ImportSpecifier[imported.name='ipcMain']",
  message: 'ipcMain belongs in src/main/ipc/ only.'
}
const noIpcRenderer = {
  selector: "ImportSpecifier[imported.name='ipcRenderer']",
  message: 'ipcRenderer belongs in src/preload/ only.'
}
const noElectron = { name: 'electron', message: 'No electron import in this layer.' }
// The domain is plain data in, plain data out: the IPC contract imports it, never the reverse.
const noIpcContract = {
  group: ['**/ipc', '**/ipc/**', '@shared/ipc', '@shared/ipc/**'],
  message: 'The domain does not import the IPC contract; move the type into src/shared/domain.'
}
// Runs in Node (vitest, CLI, worker) and in the renderer alike: no host-specific globals.
const hostGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'process',
  'Buffer',
  'global',
  'require',
  '__dirname',
  '__filename'
].map((name) => ({ name, message: `The domain runs anywhere: no ${name}; pass it in.` }))
// Spread arguments land on the call stack: ~125,000 items overflow it (issue #14).
const noSpreadPush = {
  selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
  message: 'Spreading an array into push/unshift overflows the stack when it is large; use a loop.'
}
const noSpreadMath = {
  selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
  message: 'Math.max(...xs) overflows the stack when xs is large; use a loop or reduce.'
}

export default defineConfig(
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/out',
      'test-results',
      'bench/results',
      '.tmp',
      'electronegativity*'
    ]
  },
  tseslint.configs.recommended,
  eslintPluginReact.configs.flat.recommended,
  eslintPluginReact.configs.flat['jsx-runtime'],
  { settings: { react: { version: 'detect' } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': eslintPluginReactHooks,
      'react-refresh': eslintPluginReactRefresh
    },
    rules: {
      ...eslintPluginReactHooks.configs.recommended.rules,
      ...eslintPluginReactRefresh.configs.vite.rules,
      '@typescript-eslint/explicit-function-return-type': 'off'
    }
  },
  // Layer fences (see STYLE.md): shared and renderer never see electron or Node.
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins] }]
    }
  },
  // The pure domain also stays out of the contract and of host globals (tsconfig.domain.json
  // checks it again without DOM or Node types).
  {
    files: ['src/shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [nodeBuiltins, noIpcContract] }
      ],
      'no-restricted-globals': ['error', ...hostGlobals]
    }
  },
  // Services run under vitest and behind the browser bridge: Node yes, electron no.
  {
    files: ['src/main/services/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] }
  },
  // ipcRenderer only in the preload; ipcMain only where the contract is bound.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/preload/**'],
    rules: { 'no-restricted-syntax': ['error', noIpcRenderer, noSpreadPush, noSpreadMath] }
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/ipc/**'],
    rules: {
      'no-restricted-syntax': ['error', noIpcRenderer, noIpcMain, noSpreadPush, noSpreadMath]
    }
  },
  eslintConfigPrettier
)
