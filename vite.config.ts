/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { formatValidationErrors, validateDefinition } from './src/domain/validate-definition'

const questionnairesDir = fileURLToPath(new URL('./questionnaires', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/** Refuses to build when a built-in questionnaire definition has errors. */
function validateQuestionnaires(): Plugin {
  return {
    name: 'capsi-validate-questionnaires',
    buildStart() {
      const problems: string[] = []
      for (const file of readdirSync(questionnairesDir)) {
        if (!file.endsWith('.json') || file.endsWith('.schema.json')) continue
        const id = file.replace(/\.json$/, '')
        const result = validateDefinition(JSON.parse(readFileSync(`${questionnairesDir}/${file}`, 'utf8')), id)
        if (!result.ok) problems.push(`${file} :\n  ${formatValidationErrors(result.errors).join('\n  ')}`)
      }
      if (problems.length) this.error(`Questionnaire(s) invalide(s) :\n${problems.join('\n')}`)
    },
  }
}

export default defineConfig({
  base: './',
  plugins: [vue(), validateQuestionnaires()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // Every component uses the Composition API: Vue's Options API support is left out of the bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
})
