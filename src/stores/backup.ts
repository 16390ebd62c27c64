/**
 * Backups: exporting a file, the import flow (read, check, preview, choose, apply), erasing
 * everything, the backup reminder, and what the browser says about storage space and persistence.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { BackupFile, BackupScope, BackupSelection, DefinitionRef, ImportPlan, Resolution } from '@/domain/backup'
import { computeBackupStatus, type BackupIssue, type BackupStatus } from '@/domain/backup'
import * as storage from '@/storage/backup'
import { listDefinitions } from '@/storage/repository'
import { toStorageError } from '@/storage/errors'
import { localDay } from '@/i18n/fr'
import { dataMessages } from '@/i18n/fr-data'
import { issueMessage, issuePath } from '@/i18n/fr-validation'
import { useDatabaseStore } from './database'
import { useLibraryStore } from './library'
import { useAssessmentStore } from './assessment'
import { useQuestionnairesStore } from './questionnaires'
import { newId, now } from '@/browser/clock'
import { offlineStatus, type OfflineStatus } from '@/browser/hosting'

/** A fault of a refused file, in French, with the path of its field (« (racine) » for the whole file). */
export interface ShownIssue {
  path: string
  message: string
}

function shown(issue: BackupIssue): ShownIssue {
  return { path: issuePath(issue), message: issueMessage(issue) }
}

/** What happened to one file of a batch import. */
export interface BatchFileResult {
  fileName: string
  status: 'imported' | 'refused' | 'failed'
  /** Records added to the database. */
  added: number
  /** Records that differed from the saved ones: the saved version was kept. */
  conflicts: number
  /** Names of the structures the file holds. */
  structures: string[]
  errors?: string[]
}

export type ImportPhase = 'idle' | 'reading' | 'refused' | 'preview' | 'applying' | 'done' | 'failed'

/** Hands a file's content and name parts to whoever saves it (the view, through the browser). */
export type Deliver = (content: string, nameParts: string[]) => void

export interface RecordCounts {
  structures: number
  assessments: number
  answers: number
  services: number
  groups: number
}

const t = dataMessages

/**
 * The file rules (format, checks, merge) are loaded only when a file is exported or imported, so
 * that they cost nothing on the home screen, which only shows the backup reminder.
 */
async function loadEngine() {
  const [backup, validate, merge, resolve] = await Promise.all([
    import('@/domain/backup'),
    import('@/domain/backup'),
    import('@/domain/backup'),
    import('@/domain/backup'),
  ])
  return { ...backup, ...validate, ...merge, ...resolve }
}

type Engine = Awaited<ReturnType<typeof loadEngine>>
let engine: Engine | null = null

async function useEngine(): Promise<Engine> {
  engine ??= await loadEngine()
  return engine
}

/** Reads the workshop groups again when a screen already holds them, so none shows a group erased or misses one imported. */
async function reloadGroups(): Promise<void> {
  const { useGroupsStore } = await import('./groups')
  const groups = useGroupsStore()
  if (groups.loaded) await groups.load()
}

export const useBackupStore = defineStore('backup', () => {
  const counts = ref<RecordCounts | null>(null)
  const status = ref<BackupStatus | null>(null)
  const estimate = ref<{ usage: number; quota: number } | null>(null)
  /** null when the browser cannot tell. */
  const persisted = ref<boolean | null>(null)
  const persistAnswer = ref<'granted' | 'denied' | null>(null)
  /** Whether the app can be opened here without a network; null until « Mes données » has asked. */
  const offline = ref<OfflineStatus | null>(null)

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

  async function builtinRefs(): Promise<DefinitionRef[]> {
    const questionnaires = useQuestionnairesStore()
    await questionnaires.load()
    return questionnaires.builtin.map((d) => ({ id: d.id, version: d.version, definition: d }))
  }

  /** The last backup date and whether the reminder is due. */
  async function refreshStatus(): Promise<void> {
    const read = await useDatabaseStore().run(async (db) => ({
      dates: await storage.listChangeDates(db),
      last: await storage.readLastBackupAt(db),
    }))
    if (read) status.value = computeBackupStatus(read.dates, read.last, now())
  }

  /**
   * Everything « Mes données » shows: counts, backup status, space, persistence and offline use. On a
   * page that is not a secure context the browser gives no storage manager: space and persistence
   * stay unknown, and the screen says why.
   */
  async function refresh(): Promise<void> {
    const read = await useDatabaseStore().run((db) => storage.countRecords(db))
    if (read) counts.value = read
    await refreshStatus()
    const browserStorage = typeof navigator === 'undefined' ? undefined : navigator.storage
    const [space, durable] = await Promise.all([
      browserStorage?.estimate ? browserStorage.estimate().catch(() => null) : null,
      browserStorage?.persisted ? browserStorage.persisted().catch(() => null) : null,
    ])
    estimate.value =
      space && typeof space.usage === 'number' && typeof space.quota === 'number'
        ? { usage: space.usage, quota: space.quota }
        : null
    persisted.value = durable
    offline.value = await offlineStatus()
  }

  /** Asks the browser not to evict CapSI's data under storage pressure. */
  async function requestPersistence(): Promise<void> {
    const browserStorage = typeof navigator === 'undefined' ? undefined : navigator.storage
    if (!browserStorage?.persist) return
    const granted = await browserStorage.persist().catch(() => false)
    persisted.value = granted
    persistAnswer.value = granted ? 'granted' : 'denied'
  }

  /**
   * Builds the backup of one assessment, one structure or everything and hands it to `deliver`;
   * a backup of everything becomes the last backup date. Returns false when nothing was exported.
   */
  async function exportData(scope: BackupScope, selection: BackupSelection, deliver: Deliver): Promise<boolean> {
    const questionnaires = useQuestionnairesStore()
    await questionnaires.load()
    const exportedAt = now()
    const snapshot = await useDatabaseStore().run((db) => storage.readSnapshot(db, scope, selection))
    if (!snapshot) return false
    // Built-in versions not saved yet are embedded too, so the file can be read anywhere.
    const { buildBackup, serializeBackup, backupFileNameParts } = await useEngine()
    const built = buildBackup(
      { ...snapshot, definitions: [...snapshot.definitions, ...questionnaires.builtin] },
      scope,
      selection,
      { appVersion: __APP_VERSION__, exportedAt },
    )
    const structure = built.data.structures[0]
    if (scope !== 'all' && !structure) return false
    deliver(serializeBackup(built), backupFileNameParts(scope, structure?.name ?? '', localDay(exportedAt)))
    if (scope === 'all') {
      await useDatabaseStore().run((db) => storage.recordBackup(db, exportedAt))
      await refreshStatus()
    }
    return true
  }

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
    const { planImport } = await useEngine()
    return existing && planImport(parsed, { ...existing, definitions: [...existing.definitions, ...builtin] })
  }

  /** Reads and checks a file chosen by the user, then shows what importing it would do. Writes nothing. */
  async function startImport(chosen: File): Promise<void> {
    reset()
    phase.value = 'reading'
    fileName.value = chosen.name
    const { BACKUP_LIMITS, tooLargeIssue, parseBackup, conflictsOf } = await useEngine()
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
    const { planSignature, conflictsOf, applyResolutions, countWrites } = await useEngine()
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
    await Promise.all([useLibraryStore().load(), reloadGroups(), refresh()])
  }

  /**
   * Imports many files at once (a facilitator collecting the files of a grappe). Each file is checked
   * and merged on its own, in one transaction, like a single import. A conflict is never resolved for
   * the user: the saved version is kept and the file is reported, so it can be imported alone to
   * choose. Reports progress after each file.
   */
  async function importMany(files: readonly File[], onProgress: (done: number) => void): Promise<BatchFileResult[]> {
    const engine = await useEngine()
    const results: BatchFileResult[] = []
    for (const [index, chosen] of files.entries()) {
      results.push(await importOne(engine, chosen))
      onProgress(index + 1)
    }
    useAssessmentStore().close()
    await Promise.all([useLibraryStore().load(), reloadGroups(), refresh()])
    return results
  }

  async function importOne(engine: Engine, chosen: File): Promise<BatchFileResult> {
    const base = { fileName: chosen.name, added: 0, conflicts: 0, structures: [] as string[] }
    if (chosen.size > engine.BACKUP_LIMITS.maxBytes) {
      return {
        ...base,
        status: 'refused',
        errors: [issueMessage(engine.tooLargeIssue(chosen.size))],
      }
    }
    const text = await chosen.text().catch(() => null)
    if (text === null) return { ...base, status: 'refused', errors: [t.readFailed] }
    const saved = (await useDatabaseStore().run((db) => listDefinitions(db))) ?? []
    const parsed = engine.parseBackup(text, {
      knownDefinitions: [
        ...(await builtinRefs()),
        ...saved.map((d) => ({ id: d.id, version: d.version, definition: d.definition })),
      ],
    })
    if (!parsed.ok)
      return {
        ...base,
        status: 'refused',
        errors: parsed.errors.slice(0, 5).map((e) => `${issuePath(e)} : ${issueMessage(e)}`),
      }
    const planned = await freshPlan(parsed.file)
    if (!planned) return { ...base, status: 'failed', errors: [t.importFailed] }
    const conflicts = engine.conflictsOf(planned)
    const writes = engine.applyResolutions(
      planned,
      Object.fromEntries(conflicts.map((c) => [c.key, 'keep-mine' as Resolution])),
      { newId },
    )
    try {
      await storage.applyImport(await useDatabaseStore().db(), writes, now())
    } catch {
      return { ...base, status: 'failed', errors: [t.importFailed] }
    }
    return {
      ...base,
      status: 'imported',
      added: engine.countWrites(writes).added,
      conflicts: conflicts.length,
      structures: parsed.file.data.structures.map((x) => x.name),
    }
  }

  function cancelImport(): void {
    reset()
  }

  /** Erases every record from this browser; returns true when done. */
  async function eraseAll(): Promise<boolean> {
    const done = await useDatabaseStore().run(async (db) => {
      await storage.eraseEverything(db)
      return true
    })
    reset()
    useAssessmentStore().close()
    await Promise.all([useLibraryStore().load(), reloadGroups(), refresh()])
    return done === true
  }

  return {
    importMany,
    counts,
    status,
    estimate,
    persisted,
    persistAnswer,
    offline,
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
    refresh,
    refreshStatus,
    requestPersistence,
    exportData,
    startImport,
    setResolution,
    confirmImport,
    cancelImport,
    eraseAll,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBackupStore, import.meta.hot))
