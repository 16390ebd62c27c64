import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { buildBackup, serializeBackup, sortBackupData, type BackupSnapshot } from '@/domain/backup/backup'
import { parseBackup } from '@/domain/backup/validate'
import { planImport } from '@/domain/backup'
import { applyResolutions } from '@/domain/backup/resolve'
import { openCapsiDb, type CapsiDb } from '@/storage/db'
import { applyImport, readExisting, readSnapshot } from '@/storage/backup'
import * as repo from '@/storage/repository'
import { saveActionEdit, saveCustomAction } from '@/storage/action-plan'
import { saveService } from '@/storage/services'
import { saveGroup } from '@/storage/groups'
import { RECORD_SPECS, snapshotAtBound, textAt, textLeaves } from '../bounds-fixtures'

const EXPORTED_AT = '2026-03-20T08:00:00.000Z'
let source: CapsiDb
let target: CapsiDb

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  source = await openCapsiDb({ name: 'capsi-source' })
  target = await openCapsiDb({ name: 'capsi-target' })
})

afterEach(() => {
  source.close()
  target.close()
})

/** Saves a snapshot as the app does, record by record, through the storage functions the screens use. */
async function saveAsTheAppDoes(db: CapsiDb, snapshot: BackupSnapshot): Promise<void> {
  for (const definition of snapshot.definitions) await repo.saveDefinition(db, definition, 'imported', EXPORTED_AT)
  for (const structure of snapshot.structures) await repo.saveStructure(db, structure)
  for (const assessment of snapshot.assessments) await repo.saveAssessment(db, assessment)
  for (const answer of snapshot.answers) {
    const assessment = snapshot.assessments.find((a) => a.id === answer.assessmentId)
    if (assessment) await repo.saveAnswer(db, answer, assessment)
  }
  for (const { assessmentId, ...edit } of snapshot.actionEdits) await saveActionEdit(db, assessmentId, edit)
  for (const { assessmentId, ...action } of snapshot.customActions) await saveCustomAction(db, assessmentId, action)
  for (const service of snapshot.services) await saveService(db, service)
  for (const group of snapshot.groups) await saveGroup(db, group)
}

describe('a database filled at every bound of the backup schema', () => {
  it('fills every text field of every record at its bound (the generator walks the schema)', () => {
    const snapshot = snapshotAtBound()
    let checked = 0
    for (const [field, spec] of Object.entries(RECORD_SPECS)) {
      for (const record of snapshot[field as keyof typeof RECORD_SPECS]) {
        for (const leaf of textLeaves(spec, record)) {
          expect(textAt(record, leaf.keys).length, `${field}${leaf.path}`).toBe(leaf.max)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('is exported and imported back into an empty database, field for field', async () => {
    const snapshot = snapshotAtBound()
    await saveAsTheAppDoes(source, snapshot)
    const saved = await readSnapshot(source, 'all')
    expect(sortBackupData(saved)).toEqual(sortBackupData(snapshot))

    const text = serializeBackup(buildBackup(saved, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT }))
    const parsed = parseBackup(text, { knownDefinitions: [] })
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
    if (!parsed.ok) return
    const plan = planImport(parsed.file, await readExisting(target))
    await applyImport(target, applyResolutions(plan, {}, { newId: () => 'jamais-utilise' }), EXPORTED_AT)

    expect(sortBackupData(await readSnapshot(target, 'all'))).toEqual(sortBackupData(saved))
  })
})
