// Runs the consolidation benchmark only (called by scripts/bench.mjs, not part of npm test).
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['tests/bench/**/*.bench-run.ts'], environment: 'node' },
})
