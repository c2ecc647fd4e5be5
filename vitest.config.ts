import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': resolve('src/shared'),
      '@renderer': resolve('src/renderer/src')
    }
  },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/renderer/**/*.test.{ts,tsx}',
      'tests/hostile/**/*.test.ts'
    ],
    environment: 'node',
    // Component and Lexical tests opt into jsdom with a file-level `@vitest-environment jsdom`.
    testTimeout: 20000,
    pool: 'forks'
  }
})
