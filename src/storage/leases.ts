/**
 * Editing leases, for browsers without Web Locks (a page served over plain HTTP): which tab edits
 * which record, and until when. They live in a database of their own, apart from the user's data
 * (never exported, never upgraded with it); each claim is a compare-and-set inside one transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { guard } from './errors'

export const LEASE_DB_NAME = 'capsi-leases'
const LEASE_DB_VERSION = 1
const LEASES = 'leases'

/** One record edited by one tab: the lock's name, the tab holding it and the time (ms) its lease runs out. */
export interface Lease {
  name: string
  owner: string
  expiresAt: number
}

interface LeaseSchema extends DBSchema {
  leases: { key: string; value: Lease }
}

export type LeaseDb = IDBPDatabase<LeaseSchema>

export function openLeaseDb(name = LEASE_DB_NAME): Promise<LeaseDb> {
  return guard(() =>
    openDB<LeaseSchema>(name, LEASE_DB_VERSION, {
      upgrade(database) {
        database.createObjectStore(LEASES, { keyPath: 'name' })
      },
    }),
  )
}

export interface ClaimOptions {
  /** Current time, in ms. */
  at: number
  /** How long the lease lasts unless renewed, in ms. */
  duration: number
  /** Takes the lease whoever holds it (« Modifier ici »). */
  steal?: boolean
  /** Takes the lease if it is still held by this tab, found gone. */
  takeFrom?: string
}

export type ClaimResult = { ok: true } | { ok: false; holder: Lease }

/**
 * Takes the lease when it is free, run out, already this tab's, stolen, or still held by the tab
 * named in `takeFrom`; otherwise reports who holds it. Read and write happen in one transaction.
 */
export function claimLease(db: LeaseDb, name: string, owner: string, options: ClaimOptions): Promise<ClaimResult> {
  return guard(async () => {
    const tx = db.transaction(LEASES, 'readwrite')
    const current = await tx.store.get(name)
    const free =
      !current ||
      current.owner === owner ||
      current.expiresAt <= options.at ||
      options.steal === true ||
      current.owner === options.takeFrom
    if (free) await tx.store.put({ name, owner, expiresAt: options.at + options.duration })
    await tx.done
    return free || !current ? { ok: true } : { ok: false, holder: current }
  })
}

/** Extends this tab's lease; false when another tab holds it now (the lease was taken over). */
export function renewLease(db: LeaseDb, name: string, owner: string, at: number, duration: number): Promise<boolean> {
  return guard(async () => {
    const tx = db.transaction(LEASES, 'readwrite')
    const current = await tx.store.get(name)
    const mine = current?.owner === owner
    if (mine) await tx.store.put({ name, owner, expiresAt: at + duration })
    await tx.done
    return mine
  })
}

/** Gives the lease up, if this tab still holds it. */
export function releaseLease(db: LeaseDb, name: string, owner: string): Promise<void> {
  return guard(async () => {
    const tx = db.transaction(LEASES, 'readwrite')
    if ((await tx.store.get(name))?.owner === owner) await tx.store.delete(name)
    await tx.done
  })
}
