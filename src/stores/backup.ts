/**
 * Backups: exporting a file, the import flow (backup-import.ts), erasing
 * everything, the backup reminder, and what the browser says about storage space and persistence.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import type { BackupScope, BackupSelection, DefinitionRef } from '@/domain/backup'
import { computeBackupStatus, type BackupStatus } from '@/domain/backup'
import * as storage from '@/storage/backup'
import { localDay } from '@/i18n/fr'
import { useDatabaseStore } from './database'
import { useLibraryStore } from './library'
import { useAssessmentStore } from './assessment'
import { useQuestionnairesStore } from './questionnaires'
import { now } from '@/browser/clock'
import { offlineStatus, type OfflineStatus } from '@/browser/hosting'
import { createImportFlow, type Engine } from './backup-import'

export type { ImportPhase } from './backup-import'

/** Hands a file's content and name parts to whoever saves it (the view, through the browser). */
export type Deliver = (content: string, nameParts: string[]) => void

export interface RecordCounts {
  structures: number
  assessments: number
  answers: number
  services: number
  groups: number
}

/**
 * The file rules (format, checks, merge) are loaded only when a file is exported or imported, so
 * that they cost nothing on the home screen, which only shows the backup reminder.
 */
function loadEngine() {
  return import('@/domain/backup/files')
}

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

  const flow = createImportFlow({
    useEngine,
    builtinRefs,
    afterImport: () => Promise.all([useLibraryStore().load(), reloadGroups(), refresh()]).then(() => undefined),
  })

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

  /** Erases every record from this browser; returns true when done. */
  async function eraseAll(): Promise<boolean> {
    const done = await useDatabaseStore().run(async (db) => {
      await storage.eraseEverything(db)
      return true
    })
    flow.reset()
    useAssessmentStore().close()
    await Promise.all([useLibraryStore().load(), reloadGroups(), refresh()])
    return done === true
  }

  return {
    counts,
    status,
    estimate,
    persisted,
    persistAnswer,
    offline,
    refresh,
    refreshStatus,
    requestPersistence,
    exportData,
    ...flow,
    eraseAll,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBackupStore, import.meta.hot))
