/**
 * The import of one backup file chosen in « Mes données »: read and check it, show what importing it
 * would do, let the user choose for each conflict, then apply it all at once.
 */
import { computed, ref, shallowRef } from 'vue'
import type { BackupFile, BackupIssue, DefinitionRef, ImportPlan, Resolution } from '@/domain/backup'
import * as storage from '@/storage/backup'
import { listDefinitions } from '@/storage/repository'
import { toStorageError } from '@/storage/errors'
import { dataMessages } from '@/i18n/fr-data'
import { issueMessage, issuePath } from '@/i18n/fr-validation'
import { useDatabaseStore } from './database'
import { useAssessmentStore } from './assessment'
import { newId, now } from '@/browser/clock'

/** A fault of a refused file, in French, with the path of its field (« (racine) » for the whole file). */
export interface ShownIssue {
  path: string
  message: string
}

function shown(issue: BackupIssue): ShownIssue {
  return { path: issuePath(issue), message: issueMessage(issue) }
}

/** The file rules (format, checks, merge), loaded when a file is exported or imported. */
export type Engine = typeof import('@/domain/backup/files')

export type ImportPhase = 'idle' | 'reading' | 'refused' | 'preview' | 'applying' | 'done' | 'failed'

const t = dataMessages

interface FlowDependencies {
  useEngine: () => Promise<Engine>
  builtinRefs: () => Promise<DefinitionRef[]>
  /** Reads again what the screens show once an import is written. */
  afterImport: () => Promise<void>
}

/** The state and steps of a single-file import, for the backup store to hold. */
export function createImportFlow({ useEngine, builtinRefs, afterImport }: FlowDependencies) {
  /** The file rules, once a step has loaded them (the conflicts are listed with them). */
  let engine: Engine | null = null
  async function rules(): Promise<Engine> {
    engine = await useEngine()
    return engine
  }
  const phase = ref<ImportPhase>('idle')
  const fileName = ref('')
  const errors = ref<ShownIssue[]>([])
  const failure = ref('')
  const notice = ref('')
  const migratedFrom = ref<number | null>(null)
  const plan = shallowRef<ImportPlan | null>(null)
  const resolutions = ref<Record<string, Resolution>>({})
  const result = ref<{ added: number; replaced: number; removed: number } | null>(null)
  let file: BackupFile | null = null

  const conflicts = computed(() => (plan.value && engine ? engine.conflictsOf(plan.value) : []))

  function reset(): void {
    phase.value = 'idle'
    fileName.value = ''
    errors.value = []
    failure.value = ''
    notice.value = ''
    migratedFrom.value = null
    plan.value = null
    resolutions.value = {}
    result.value = null
    file = null
  }

  async function freshPlan(parsed: BackupFile): Promise<ImportPlan | undefined> {
    const builtin = await builtinRefs()
    const existing = await useDatabaseStore().run((db) => storage.readExisting(db))
    const { planImport } = await rules()
    return existing && planImport(parsed, { ...existing, definitions: [...existing.definitions, ...builtin] })
  }

  /** Reads and checks a file chosen by the user, then shows what importing it would do. Writes nothing. */
  async function startImport(chosen: File): Promise<void> {
    reset()
    phase.value = 'reading'
    fileName.value = chosen.name
    const { BACKUP_LIMITS, tooLargeIssue, parseBackup, conflictsOf } = await rules()
    if (chosen.size > BACKUP_LIMITS.maxBytes) {
      errors.value = [shown(tooLargeIssue(chosen.size))]
      phase.value = 'refused'
      return
    }
    let text: string
    try {
      text = await chosen.text()
    } catch {
      errors.value = [{ path: '(racine)', message: t.readFailed }]
      phase.value = 'refused'
      return
    }
    const saved = (await useDatabaseStore().run((db) => listDefinitions(db))) ?? []
    const known = [
      ...(await builtinRefs()),
      ...saved.map((d) => ({ id: d.id, version: d.version, definition: d.definition })),
    ]
    const parsed = parseBackup(text, { knownDefinitions: known })
    if (!parsed.ok) {
      errors.value = parsed.errors.map(shown)
      phase.value = 'refused'
      return
    }
    const planned = await freshPlan(parsed.file)
    if (!planned) {
      reset()
      return
    }
    file = parsed.file
    migratedFrom.value = parsed.migratedFrom ?? null
    plan.value = planned
    resolutions.value = Object.fromEntries(conflictsOf(planned).map((c) => [c.key, 'keep-mine' as Resolution]))
    phase.value = 'preview'
  }

  function setResolution(key: string, resolution: Resolution): void {
    resolutions.value = { ...resolutions.value, [key]: resolution }
  }

  /** Applies the previewed import with the chosen resolutions, all at once; shows the preview again if the data changed meanwhile. */
  async function confirmImport(): Promise<void> {
    const shown = plan.value
    if (!file || !shown || phase.value !== 'preview') return
    phase.value = 'applying'
    notice.value = ''
    const current = await freshPlan(file)
    if (!current) {
      phase.value = 'preview'
      return
    }
    const { planSignature, conflictsOf, applyResolutions, countWrites } = await rules()
    if (planSignature(current) !== planSignature(shown)) {
      plan.value = current
      resolutions.value = Object.fromEntries(
        conflictsOf(current).map((c) => [c.key, resolutions.value[c.key] ?? ('keep-mine' as Resolution)]),
      )
      notice.value = t.planChanged
      phase.value = 'preview'
      return
    }
    const writes = applyResolutions(current, resolutions.value, { newId })
    try {
      await storage.applyImport(await useDatabaseStore().db(), writes, now())
    } catch (error) {
      const storageError = toStorageError(error)
      failure.value = storageError.kind === 'quota' ? `${t.importFailed} ${storageError.message}` : t.importFailed
      phase.value = 'failed'
      return
    }
    result.value = countWrites(writes)
    phase.value = 'done'
    useAssessmentStore().close()
    await afterImport()
  }

  function cancelImport(): void {
    reset()
  }

  return {
    phase,
    fileName,
    errors,
    failure,
    notice,
    migratedFrom,
    plan,
    resolutions,
    result,
    conflicts,
    reset,
    startImport,
    setResolution,
    confirmImport,
    cancelImport,
  }
}
