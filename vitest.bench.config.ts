// Runs the checks of the bench's own helpers in tests/bench (not part of npm test).
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['tests/bench/**/*.bench-run.ts'], environment: 'node' },
})
