import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import { builtinCatalog } from './scripts/builtin-catalog.ts'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue(), builtinCatalog(fileURLToPath(new URL('./questionnaires', import.meta.url)))],
  define: {
    __APP_VERSION__: JSON.stringify('test'),
    __FILE_SHARE__: 'false',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.spec.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
})
