import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve('src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The search engine runs in a worker thread so queries never block the main loop.
          searchWorker: resolve('src/main/services/search/searchWorker.ts'),
          // Documents are parsed in a worker thread so a large file never freezes the window.
          parseWorker: resolve('src/main/services/sources/parseWorker.ts')
        },
        output: {
          // The workers and the chunks they import are unpacked next to app.asar (worker threads
          // cannot load ES modules from inside the archive). Outside the archive no package.json
          // says "type": "module", so their names must say it.
          entryFileNames: (chunk) => (chunk.name.endsWith('Worker') ? '[name].mjs' : '[name].js'),
          chunkFileNames: 'chunks/[name]-[hash].mjs'
        }
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    resolve: {
      alias: { ...shared, '@renderer': resolve('src/renderer/src') }
    },
    // electron-vite leaves the renderer unminified by default; the app loads every byte at start.
    // NO_MINIFY=1 keeps names readable for profiling (see bench/suites/ui.ts).
    build: { minify: process.env.NO_MINIFY ? false : 'esbuild' },
    plugins: [react()]
  }
})
