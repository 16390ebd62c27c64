/**
 * The questionnaires the user can run: the built-in definitions (validated at build time and again
 * when loaded), the definitions a facilitator imported (validated, kept in the database), and the
 * exact versions kept in the database for existing assessments.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { compareVersions } from '@/domain/definition'
import type { StoredDefinition } from '@/storage/db'
import {
  deleteDefinition,
  getDefinition,
  listAssessments,
  listDefinitions,
  saveDefinition,
  saveImportedDefinition,
} from '@/storage/repository'
import { useDatabaseStore } from './database'
import { now } from '@/browser/clock'

/** Built-in definitions, loaded lazily so they are not part of the first download. */
const builtinModules = import.meta.glob<QuestionnaireDefinition>(
  ['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'],
  {
    import: 'default',
  },
)

/** Result of loading a definition file: the definition, or its faults in French with the field's path. */
export type ImportResult = { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: string[] }

/** Keeps only the highest version of each questionnaire id. */
function newestById(definitions: readonly QuestionnaireDefinition[]): QuestionnaireDefinition[] {
  const byId = new Map<string, QuestionnaireDefinition>()
  for (const d of definitions) {
    const known = byId.get(d.id)
    if (!known || compareVersions(d.version, known.version) > 0) byId.set(d.id, d)
  }
  return [...byId.values()]
}

export const useQuestionnairesStore = defineStore('questionnaires', () => {
  const builtin = shallowRef<QuestionnaireDefinition[]>([])
  const imported = shallowRef<StoredDefinition[]>([])
  let loading: Promise<void> | null = null

  async function loadImported(): Promise<void> {
    const stored = await useDatabaseStore().run((db) => listDefinitions(db))
    if (stored)
      imported.value = stored
        .filter((d) => d.source === 'imported')
        .sort((a, b) => a.definition.title.localeCompare(b.definition.title, 'fr'))
  }

  /** Loads and validates the built-in definitions once, and the imported ones. */
  function load(): Promise<void> {
    loading ??= (async () => {
      // Built-in definitions are validated when the app is built (the build stops on any error) and
      // by the unit tests: they are not validated again here, which keeps the validator out of the
      // first download. Files loaded by a user are always validated (importDefinition).
      const loaded = await Promise.all(Object.values(builtinModules).map((importer) => importer()))
      builtin.value = loaded.sort((a, b) => a.title.localeCompare(b.title, 'fr'))
      await loadImported()
    })()
    return loading
  }

  const builtinIds = computed(() => new Set(builtin.value.map((d) => d.id)))

  /** Whether an id is a built-in questionnaire's: only CapSI's own versions of it are ever offered. */
  function isBuiltinId(id: string): boolean {
    return builtinIds.value.has(id)
  }

  /**
   * The versions that can be started or moved to: the built-in ones and the variants loaded from a
   * file. A version of a built-in questionnaire received in a backup (a newer CapSI's, or a file
   * loaded before such ids were refused) only serves to read the assessments that answered it.
   */
  const all = computed(() => [
    ...builtin.value,
    ...imported.value.filter((d) => !isBuiltinId(d.id)).map((d) => d.definition),
  ])

  /** Questionnaires offered when starting an assessment: the newest version of each maturity questionnaire. */
  const available = computed(() =>
    newestById(all.value.filter((d) => d.kind === 'maturity')).sort((a, b) => a.title.localeCompare(b.title, 'fr')),
  )

  /** The newest version of a questionnaire that can be started or moved to: of the same origin, built-in or a loaded variant. */
  function latest(id: string): QuestionnaireDefinition | undefined {
    return newestById(all.value.filter((d) => d.id === id))[0]
  }

  /** The exact definition version an assessment answered: the database copy first, then built-in. */
  async function resolve(id: string, version: string): Promise<QuestionnaireDefinition | undefined> {
    await load()
    const database = useDatabaseStore()
    const stored = await database.run((db) => getDefinition(db, id, version))
    if (stored) return stored.definition
    return builtin.value.find((d) => d.id === id && d.version === version)
  }

  /** Keeps a copy of the version an assessment starts with. */
  async function remember(definition: QuestionnaireDefinition): Promise<void> {
    await useDatabaseStore().run((db) => saveDefinition(db, definition, 'builtin', now()))
  }

  /**
   * Validates the text of a definition file and saves it as a variant; errors in French with the field
   * path. A variant never takes a built-in questionnaire's id, and a saved version never changes: the
   * same id and version again is accepted only when identical (`unchanged`), and then nothing is written.
   */
  async function importDefinition(text: string): Promise<ImportResult & { unchanged?: boolean }> {
    await load()
    const [{ checkDefinitionText, sameDefinition }, { workshopMessages: t }, { formatValidationErrors }] =
      await Promise.all([
        import('@/domain/definition/files'),
        import('@/i18n/fr-workshop'),
        import('@/i18n/fr-validation'),
      ])
    const checked = checkDefinitionText(text)
    if (!checked.ok) return { ok: false, errors: formatValidationErrors(checked.errors) }
    const { definition } = checked
    if (isBuiltinId(definition.id)) return { ok: false, errors: [t.builtinId(definition.id)] }
    const outcome = await useDatabaseStore().run((db) => saveImportedDefinition(db, definition, now(), sameDefinition))
    if (!outcome) return { ok: false, errors: [t.saveFailed] }
    if (outcome === 'conflict') return { ok: false, errors: [t.versionTaken(definition.id, definition.version)] }
    await loadImported()
    return { ...checked, ...(outcome === 'unchanged' ? { unchanged: true } : {}) }
  }

  /** Removes an imported definition version; refused (with a French message) while an assessment uses it. */
  async function removeDefinition(id: string, version: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const { workshopMessages: t } = await import('@/i18n/fr-workshop')
    const result = await useDatabaseStore().run(async (db) => {
      const users = (await listAssessments(db)).filter(
        (a) => a.questionnaireId === id && a.questionnaireVersion === version,
      )
      if (users.length > 0) return { ok: false as const, message: t.definitionInUse(users.length) }
      await deleteDefinition(db, id, version)
      return { ok: true as const }
    })
    if (!result) return { ok: false, message: t.removeFailed }
    if (result.ok) await loadImported()
    return result
  }

  return {
    builtin,
    imported,
    available,
    load,
    isBuiltinId,
    latest,
    resolve,
    remember,
    importDefinition,
    removeDefinition,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuestionnairesStore, import.meta.hot))
