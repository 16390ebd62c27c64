/**
 * The questionnaires the user can run: the built-in definitions (validated at build time and again
 * when loaded) and the exact versions kept in the database for existing assessments.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { validateDefinition } from '@/domain/validate-definition'
import { getDefinition, saveDefinition } from '@/storage/repository'
import { useDatabaseStore } from './database'
import { now } from './clock'

/** Built-in definitions, loaded lazily so they are not part of the first download. */
const builtinModules = import.meta.glob<QuestionnaireDefinition>(['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'], {
  import: 'default',
})

function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '')
}

export const useQuestionnairesStore = defineStore('questionnaires', () => {
  const builtin = shallowRef<QuestionnaireDefinition[]>([])
  const loadErrors = shallowRef<string[]>([])
  let loading: Promise<void> | null = null

  /** Loads and validates the built-in definitions once. */
  function load(): Promise<void> {
    loading ??= (async () => {
      const loaded: QuestionnaireDefinition[] = []
      const errors: string[] = []
      for (const [path, importer] of Object.entries(builtinModules)) {
        const result = validateDefinition(await importer(), fileId(path))
        if (result.ok) loaded.push(result.definition)
        else errors.push(`${fileId(path)} : ${result.errors.length} erreur(s)`)
      }
      builtin.value = loaded.sort((a, b) => a.title.localeCompare(b.title, 'fr'))
      loadErrors.value = errors
    })()
    return loading
  }

  /** Questionnaires offered when starting an assessment. */
  const available = computed(() => builtin.value.filter((d) => d.kind === 'maturity'))

  function latest(id: string): QuestionnaireDefinition | undefined {
    return builtin.value.find((d) => d.id === id)
  }

  /** The exact definition version an assessment answered: the database copy first, then built-in. */
  async function resolve(id: string, version: string): Promise<QuestionnaireDefinition | undefined> {
    await load()
    const database = useDatabaseStore()
    const stored = await database.run((db) => getDefinition(db, id, version))
    if (stored) return stored.definition
    const current = latest(id)
    return current?.version === version ? current : undefined
  }

  /** Keeps a copy of the version an assessment starts with. */
  async function remember(definition: QuestionnaireDefinition): Promise<void> {
    await useDatabaseStore().run((db) => saveDefinition(db, definition, 'builtin', now()))
  }

  return { builtin, loadErrors, available, load, latest, resolve, remember }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuestionnairesStore, import.meta.hot))
