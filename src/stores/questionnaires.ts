/**
 * The questionnaires the user can run: the built-in definitions (validated at build time and again
 * when loaded), the definitions a facilitator imported (validated, kept in the database), and the
 * exact versions kept in the database for existing assessments.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { formatValidationErrors, validateDefinition } from '@/domain/validate-definition'
import { compareVersions } from '@/domain/migrate-version'
import type { StoredDefinition } from '@/storage/db'
import { deleteDefinition, getDefinition, listAssessments, listDefinitions, saveDefinition, saveImportedDefinition } from '@/storage/repository'
import { useDatabaseStore } from './database'
import { now } from './clock'

/** Built-in definitions, loaded lazily so they are not part of the first download. */
const builtinModules = import.meta.glob<QuestionnaireDefinition>(['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'], {
  import: 'default',
})

function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '')
}

/** Result of loading a definition file: the saved definition, or the list of errors in French. */
export type ImportResult = { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: string[] }

/** Parses and validates the text of a definition file; errors carry the path of the faulty field. */
export function checkDefinitionText(text: string): ImportResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : ''
    return { ok: false, errors: [`(fichier) : le fichier n’est pas un JSON valide${detail ? ` (${detail})` : ''}`] }
  }
  const result = validateDefinition(parsed)
  return result.ok ? { ok: true, definition: result.definition } : { ok: false, errors: formatValidationErrors(result.errors) }
}

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
  const loadErrors = shallowRef<string[]>([])
  let loading: Promise<void> | null = null

  async function loadImported(): Promise<void> {
    const stored = await useDatabaseStore().run((db) => listDefinitions(db))
    if (stored) imported.value = stored.filter((d) => d.source === 'imported').sort((a, b) => a.definition.title.localeCompare(b.definition.title, 'fr'))
  }

  /** Loads and validates the built-in definitions once, and the imported ones. */
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
      await loadImported()
    })()
    return loading
  }

  const all = computed(() => [...builtin.value, ...imported.value.map((d) => d.definition)])

  /** Questionnaires offered when starting an assessment: the newest version of each maturity questionnaire. */
  const available = computed(() => newestById(all.value.filter((d) => d.kind === 'maturity')).sort((a, b) => a.title.localeCompare(b.title, 'fr')))

  /** The newest version of a questionnaire, built-in or imported. */
  function latest(id: string): QuestionnaireDefinition | undefined {
    return newestById(all.value.filter((d) => d.id === id))[0]
  }

  /** The exact definition version an assessment answered: the database copy first, then built-in. */
  async function resolve(id: string, version: string): Promise<QuestionnaireDefinition | undefined> {
    await load()
    const database = useDatabaseStore()
    const stored = await database.run((db) => getDefinition(db, id, version))
    if (stored) return stored.definition
    return all.value.find((d) => d.id === id && d.version === version)
  }

  /** Keeps a copy of the version an assessment starts with. */
  async function remember(definition: QuestionnaireDefinition): Promise<void> {
    await useDatabaseStore().run((db) => saveDefinition(db, definition, 'builtin', now()))
  }

  /** Validates the text of a definition file and saves it as imported; errors in French with the field path. */
  async function importDefinition(text: string): Promise<ImportResult> {
    await load()
    const checked = checkDefinitionText(text)
    if (!checked.ok) return checked
    const { definition } = checked
    if (builtin.value.some((d) => d.id === definition.id && d.version === definition.version)) {
      return { ok: false, errors: [`.version : la version ${definition.version} de « ${definition.id} » est intégrée à CapSI ; changez le numéro de version de la variante`] }
    }
    const saved = await useDatabaseStore().run(async (db) => {
      await saveImportedDefinition(db, definition, now())
      return true
    })
    if (!saved) return { ok: false, errors: ['(fichier) : le questionnaire n’a pas pu être enregistré dans ce navigateur'] }
    await loadImported()
    return checked
  }

  /** Removes an imported definition version; refused (with a French message) while an assessment uses it. */
  async function removeDefinition(id: string, version: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const result = await useDatabaseStore().run(async (db) => {
      const users = (await listAssessments(db)).filter((a) => a.questionnaireId === id && a.questionnaireVersion === version)
      if (users.length > 0) return { ok: false as const, message: `Ce questionnaire est utilisé par ${users.length} évaluation(s) : supprimez-les d’abord pour le retirer.` }
      await deleteDefinition(db, id, version)
      return { ok: true as const }
    })
    if (!result) return { ok: false, message: 'La suppression a échoué.' }
    if (result.ok) await loadImported()
    return result
  }

  return { builtin, imported, loadErrors, available, load, latest, resolve, remember, importDefinition, removeDefinition }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuestionnairesStore, import.meta.hot))
