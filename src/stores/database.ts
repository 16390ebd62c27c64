/** The database connection and the storage health the whole app shows (banner when saving fails). */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { openCapsiDb, STORES, type CapsiDb } from '@/storage/db'
import { noteDataWrite } from '@/browser/data-changes'
import { StorageError, toStorageError } from '@/storage/errors'

/** The records the library shows: a write to any of them means it must be read again. */
const LIBRARY_STORES: ReadonlySet<string> = new Set([STORES.structures, STORES.assessments, STORES.answers])

export const useDatabaseStore = defineStore('database', () => {
  /** French message of the last storage failure, null when everything is saved. */
  const error = ref<string | null>(null)
  const blocked = ref(false)
  let connection: Promise<CapsiDb> | null = null
  /** The open database once the connection is made, so that a save can start without waiting a turn. */
  let opened: CapsiDb | null = null

  function report(failure: unknown): StorageError {
    const storageError = toStorageError(failure)
    error.value = storageError.message
    return storageError
  }

  /** The open database; the first call opens it. Failures are reported and rethrown. */
  function db(): Promise<CapsiDb> {
    if (!connection) {
      connection = openCapsiDb({
        onBlocked: () => {
          blocked.value = true
          report(new StorageError('blocked'))
        },
        onWrite: (stores) => {
          if (stores.some((name) => LIBRARY_STORES.has(name))) noteDataWrite()
        },
        onVersionChange: () => {
          void connection?.then((open) => open.close())
          connection = null
          opened = null
          report(new StorageError('version'))
        },
      })
        .then((db) => {
          opened = db
          return db
        })
        .catch((failure: unknown) => {
          connection = null
          throw report(failure)
        })
    }
    return connection
  }

  /** Runs a storage operation, reporting its failure to the user; returns undefined on failure. */
  async function run<T>(work: (db: CapsiDb) => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work(await db())
      return result
    } catch (failure) {
      report(failure)
      return undefined
    }
  }

  /** The database if it is already open, else null. */
  function openedDb(): CapsiDb | null {
    return opened
  }

  function clearError(): void {
    error.value = null
  }

  return { error, blocked, db, openedDb, run, report, clearError }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDatabaseStore, import.meta.hot))
