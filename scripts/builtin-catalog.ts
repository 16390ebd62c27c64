/**
 * The catalog of the built-in questionnaires: the id, version, title and kind of each definition in
 * questionnaires/, in French alphabetical order, as the module `virtual:capsi-builtin-catalog`. The
 * home screen lists the questionnaires that can be started from it without loading the definitions
 * themselves (hundreds of kilobytes to evaluate on a slow machine); they load once it is shown.
 * Used by every build, the development server and the unit tests, so the catalog cannot drift from
 * the definitions.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

export const BUILTIN_CATALOG_MODULE = 'virtual:capsi-builtin-catalog'
const RESOLVED = `\0${BUILTIN_CATALOG_MODULE}`

export function builtinCatalog(questionnairesDir: string): Plugin {
  return {
    name: 'capsi-builtin-catalog',
    resolveId: (id) => (id === BUILTIN_CATALOG_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined
      const entries = readdirSync(questionnairesDir)
        .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
        .map((file) => {
          const path = join(questionnairesDir, file)
          this.addWatchFile(path)
          const { id, version, title, kind } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
          return { id, version, title, kind }
        })
        .sort((a, b) => String(a.title).localeCompare(String(b.title), 'fr'))
      return `export default ${JSON.stringify(entries)}`
    },
  }
}
