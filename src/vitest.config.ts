import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared'), '@core': resolve(import.meta.dirname, 'core') } },
  test: { root: import.meta.dirname, include: ['**/*.test.ts'], environment: 'node', testTimeout: 30000 },
})
