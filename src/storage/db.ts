/**
 * The CapSI IndexedDB database: name, version, store names and cumulative upgrades.
 * Every other storage module goes through openCapsiDb(); nothing else in the app touches IndexedDB.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Answer, Assessment, Structure } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import type { ActionEdit, CustomAction } from '@/domain/action-plan'
import type { ServiceRecord } from '@/domain/conformity'
import type { Group } from '@/domain/workshop'
import { StorageError, toStorageError } from './errors'

export const DB_NAME = 'capsi'
export const DB_VERSION = 3

export const STORES = {
  structures: 'structures',
  assessments: 'assessments',
  answers: 'answers',
  definitions: 'definitions',
  meta: 'meta',
  actionEdits: 'actionEdits',
  customActions: 'customActions',
  services: 'services',
  groups: 'groups',
} as const

/** A definition kept in the database: every version an assessment answered, and imported ones. */
export interface StoredDefinition {
  id: string
  version: string
  source: 'builtin' | 'imported'
  definition: QuestionnaireDefinition
  savedAt: string
}

export interface MetaRecord {
  key: string
  value: unknown
}

export interface CapsiSchema extends DBSchema {
  structures: { key: string; value: Structure }
  assessments: { key: string; value: Assessment; indexes: { 'by-structure': string } }
  answers: { key: [string, string]; value: Answer; indexes: { 'by-assessment': string } }
  definitions: { key: [string, string]; value: StoredDefinition }
  meta: { key: string; value: MetaRecord }
  actionEdits: {
    key: [string, string]
    value: ActionEdit & { assessmentId: string }
    indexes: { 'by-assessment': string }
  }
  customActions: { key: string; value: CustomAction & { assessmentId: string }; indexes: { 'by-assessment': string } }
  services: { key: string; value: ServiceRecord; indexes: { 'by-structure': string } }
  groups: { key: string; value: Group }
}

export type CapsiDb = IDBPDatabase<CapsiSchema>

export interface OpenOptions {
  name?: string
  /** Called when another tab wants to upgrade the database: this connection is closed. */
  onVersionChange?: () => void
  /** Called when this tab's upgrade waits for another tab to close its connection. */
  onBlocked?: () => void
  /** Called with the stores of each read-write transaction begun on the connection, as it begins. */
  onWrite?: (stores: readonly string[]) => void
}

/** idb's shortcuts that write one record in a transaction of their own. */
const WRITE_SHORTCUTS = new Set<PropertyKey>(['add', 'put', 'delete', 'clear'])

/**
 * The connection, telling `onWrite` of every read-write transaction begun on it (its own or one of
 * idb's shortcuts): a screen can then tell that nothing was written since it last read.
 */
function watchWrites(db: CapsiDb, onWrite: (stores: readonly string[]) => void): CapsiDb {
  return new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target)
      if (typeof value !== 'function') return value
      if (property === 'transaction')
        return (stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
          if (mode === 'readwrite') onWrite(typeof stores === 'string' ? [stores] : [...stores])
          return target.transaction(stores as never, mode, options)
        }
      if (WRITE_SHORTCUTS.has(property))
        return (store: string, ...rest: unknown[]) => {
          onWrite([store])
          return (value as (...args: unknown[]) => unknown).call(target, store, ...rest)
        }
      return (value as (...args: unknown[]) => unknown).bind(target)
    },
  })
}

/**
 * Opens (and creates or upgrades) the database. Upgrades are cumulative: each `if (oldVersion < N)`
 * block brings a database from version N − 1 to N, so any earlier version reaches the current one.
 */
export async function openCapsiDb(options: OpenOptions = {}): Promise<CapsiDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable')
  try {
    const db = await openDB<CapsiSchema>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore(STORES.structures, { keyPath: 'id' })
          const assessments = database.createObjectStore(STORES.assessments, { keyPath: 'id' })
          assessments.createIndex('by-structure', 'structureId')
          const answers = database.createObjectStore(STORES.answers, { keyPath: ['assessmentId', 'questionId'] })
          answers.createIndex('by-assessment', 'assessmentId')
          database.createObjectStore(STORES.definitions, { keyPath: ['id', 'version'] })
          database.createObjectStore(STORES.meta, { keyPath: 'key' })
        }
        if (oldVersion < 2) {
          // Action plan edits and user actions (kept by action id), and conformity-grid services.
          const edits = database.createObjectStore(STORES.actionEdits, { keyPath: ['assessmentId', 'actionId'] })
          edits.createIndex('by-assessment', 'assessmentId')
          const custom = database.createObjectStore(STORES.customActions, { keyPath: 'id' })
          custom.createIndex('by-assessment', 'assessmentId')
          const services = database.createObjectStore(STORES.services, { keyPath: 'id' })
          services.createIndex('by-structure', 'structureId')
        }
        if (oldVersion < 3) {
          // Workshop groups of structures (a grappe, a collectif SI).
          database.createObjectStore(STORES.groups, { keyPath: 'id' })
        }
      },
      blocked() {
        options.onBlocked?.()
      },
      blocking() {
        options.onVersionChange?.()
      },
    })
    return options.onWrite ? watchWrites(db, options.onWrite) : db
  } catch (error) {
    throw toStorageError(error)
  }
}
