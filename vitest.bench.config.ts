// Runs the checks of the bench's own helpers in tests/bench (not part of npm test).
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import { builtinCatalog } from './scripts/builtin-catalog.ts'

export default defineConfig({
  plugins: [builtinCatalog(fileURLToPath(new URL('./questionnaires', import.meta.url)))],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['tests/bench/**/*.bench-run.ts'], environment: 'node' },
})
