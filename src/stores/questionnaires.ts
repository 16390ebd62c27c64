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
import catalog from 'virtual:capsi-builtin-catalog'

/**
 * Built-in definitions, loaded lazily so they are not part of the first download. Their id, version,
 * title and kind are known at once from the catalog written at build time (scripts/builtin-catalog.ts):
 * the home screen offers them without loading and evaluating the definitions first.
 */
const builtinModules = import.meta.glob<QuestionnaireDefinition>(
  ['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'],
  {
    import: 'default',
  },
)

/** Result of loading a definition file: the definition, or its faults in French with the field's path. */
export type ImportResult = { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: string[] }

/** What a questionnaire is known by before its definition is loaded. */
export type QuestionnaireSummary = Pick<QuestionnaireDefinition, 'id' | 'version' | 'title' | 'kind'>

/** The built-in questionnaires' ids, in the catalog's (French alphabetical) order. */
const catalogOrder = new Map(catalog.map((entry, index) => [entry.id, index]))

/** Keeps only the highest version of each questionnaire id. */
function newestById<T extends QuestionnaireSummary>(definitions: readonly T[]): T[] {
  const byId = new Map<string, T>()
  for (const d of definitions) {
    const known = byId.get(d.id)
    if (!known || compareVersions(d.version, known.version) > 0) byId.set(d.id, d)
  }
  return [...byId.values()]
}

export const useQuestionnairesStore = defineStore('questionnaires', () => {
  const builtin = shallowRef<QuestionnaireDefinition[]>([])
  const imported = shallowRef<StoredDefinition[]>([])
  /** Whether the imported definitions have been read once: until then, no list of questionnaires is offered. */
  const importedRead = shallowRef(false)
  let loading: Promise<void> | null = null
  let readingImported: Promise<void> | null = null

  async function loadImported(): Promise<void> {
    try {
      const stored = await useDatabaseStore().run((db) => listDefinitions(db))
      if (stored)
        imported.value = stored
          .filter((d) => d.source === 'imported')
          .sort((a, b) => a.definition.title.localeCompare(b.definition.title, 'fr'))
    } finally {
      // A failed read is said by the database store; the built-in questionnaires are still offered.
      importedRead.value = true
    }
  }

  /**
   * Reads, once, what the home screen needs to offer the questionnaires that can be started: the
   * imported definitions (the built-in ones are in the catalog). Cheaper than `load`.
   */
  function loadOffered(): Promise<void> {
    readingImported ??= loadImported()
    return readingImported
  }

  /** Loads and validates the built-in definitions once, and the imported ones. */
  function load(): Promise<void> {
    loading ??= (async () => {
      // Built-in definitions are validated when the app is built (the build stops on any error) and
      // by the unit tests: they are not validated again here, which keeps the validator out of the
      // first download. Files loaded by a user are always validated (importDefinition).
      // In the catalog's order, already alphabetical: no collation to set up while the home screen draws.
      const [loaded] = await Promise.all([
        Promise.all(Object.values(builtinModules).map((importer) => importer())),
        loadOffered(),
      ])
      builtin.value = loaded.sort(
        (a, b) => (catalogOrder.get(a.id) ?? catalog.length) - (catalogOrder.get(b.id) ?? catalog.length),
      )
    })()
    return loading
  }

  /** Whether an id is a built-in questionnaire's: only CapSI's own versions of it are ever offered. */
  function isBuiltinId(id: string): boolean {
    return catalogOrder.has(id)
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

  /**
   * Questionnaires offered when starting an assessment: the newest version of each maturity
   * questionnaire, built-in (from the catalog) or loaded from a file. Empty until the imported ones
   * have been read (`loadOffered`), so that an incomplete list is never offered.
   */
  const available = computed<QuestionnaireSummary[]>(() => {
    if (!importedRead.value) return []
    const offered: QuestionnaireSummary[] = [
      ...catalog,
      ...imported.value.filter((d) => !isBuiltinId(d.id)).map((d) => d.definition),
    ]
    return newestById(offered.filter((d) => d.kind === 'maturity')).sort((a, b) => a.title.localeCompare(b.title, 'fr'))
  })

  /** The newest version of a questionnaire that can be started or moved to: of the same origin, built-in or a loaded variant. */
  function latest(id: string): QuestionnaireDefinition | undefined {
    return newestById(all.value.filter((d) => d.id === id))[0]
  }

  /** The title of a questionnaire's newest version, known from the catalog for a built-in one not loaded yet. */
  function titleOf(id: string): string | undefined {
    return latest(id)?.title ?? newestById(catalog.filter((d) => d.id === id))[0]?.title
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
    importedRead,
    load,
    loadOffered,
    isBuiltinId,
    latest,
    titleOf,
    resolve,
    remember,
    importDefinition,
    removeDefinition,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuestionnairesStore, import.meta.hot))
