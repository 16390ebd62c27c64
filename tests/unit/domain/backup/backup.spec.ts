import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT_VERSION,
  backupChecksum,
  backupFileNameParts,
  buildBackup,
  serializeBackup,
  sortBackupData,
} from '@/domain/backup/backup'
import { parseBackup } from '@/domain/backup/validate'
import { planImport } from '@/domain/backup'
import { applyResolutions, countWrites } from '@/domain/backup/resolve'
import { EXPORTED_AT, group, sampleFile, sampleSnapshot } from '../../backup-fixtures'

const meta = { appVersion: '0.1.0', exportedAt: EXPORTED_AT }
const empty = {
  structures: [],
  assessments: [],
  answers: [],
  actionEdits: [],
  customActions: [],
  services: [],
  groups: [],
  definitions: [],
}
const newId = () => {
  throw new Error('no id should be needed')
}

describe('buildBackup', () => {
  it('writes the format, its version, the app version, the date, the scope and a checksum of the data', () => {
    const file = sampleFile()
    expect(file).toMatchObject({
      format: 'capsi-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      exportedAt: EXPORTED_AT,
      scope: 'all',
    })
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(file.checksum).toBe(backupChecksum(file.data))
  })

  it('gives the same text for the same data, whatever order the records were read in', () => {
    const snapshot = sampleSnapshot()
    const reversed = {
      ...snapshot,
      answers: [...snapshot.answers].reverse(),
      structures: [...snapshot.structures].reverse(),
    }
    expect(serializeBackup(buildBackup(reversed, 'all', {}, meta))).toBe(
      serializeBackup(buildBackup(snapshot, 'all', {}, meta)),
    )
  })

  it('a backup of one assessment holds it, its structure, its answers and action plan, and its questionnaire only', () => {
    const { data } = buildBackup(sampleSnapshot(), 'assessment', { assessmentId: 'a1' }, meta)
    expect(data.assessments.map((a) => a.id)).toEqual(['a1'])
    expect(data.structures.map((s) => s.id)).toEqual(['s1'])
    expect(data.answers.every((a) => a.assessmentId === 'a1')).toBe(true)
    expect(data.answers).toHaveLength(2)
    expect(data.actionEdits).toHaveLength(1)
    expect(data.customActions).toHaveLength(1)
    expect(data.services).toEqual([])
    expect(data.definitions.map((d) => d.id)).toEqual(['exemple-mini'])
  })

  it('a backup of one structure holds its assessments, their records, its services and the questionnaires they use', () => {
    const { data } = buildBackup(sampleSnapshot(), 'structure', { structureId: 's1' }, meta)
    expect(data.structures.map((s) => s.id)).toEqual(['s1'])
    expect(data.assessments.map((a) => a.id)).toEqual(['a1'])
    expect(data.services.map((s) => s.id)).toEqual(['sv1'])
    expect(data.definitions.map((d) => d.id)).toEqual(['exemple-mini', 'grille-conformite-convergence'])
    const other = buildBackup(sampleSnapshot(), 'structure', { structureId: 's2' }, meta).data
    expect(other.services).toEqual([])
    expect(other.definitions.map((d) => d.id)).toEqual(['exemple-mini'])
  })

  it('a backup of everything holds the workshop groups, sorted by id; a backup of one structure or assessment holds none', () => {
    const snapshot = sampleSnapshot()
    snapshot.groups = [group({ id: 'g2', name: 'Collectif SI', structureIds: ['s2'] }), group()]
    expect(buildBackup(snapshot, 'all', {}, meta).data.groups).toEqual([
      group(),
      group({ id: 'g2', name: 'Collectif SI', structureIds: ['s2'] }),
    ])
    expect(buildBackup(snapshot, 'structure', { structureId: 's1' }, meta).data.groups).toEqual([])
    expect(buildBackup(snapshot, 'assessment', { assessmentId: 'a1' }, meta).data.groups).toEqual([])
  })

  it('leaves out of a group the structures deleted since it was made, so that the file can be read back', () => {
    const snapshot = sampleSnapshot()
    snapshot.groups = [group({ structureIds: ['s1', 'supprimee', 's2'] })]
    const file = buildBackup(snapshot, 'all', {}, meta)
    expect(file.data.groups).toEqual([group({ structureIds: ['s1', 's2'] })])
    expect(snapshot.groups[0]?.structureIds).toEqual(['s1', 'supprimee', 's2'])
    const parsed = parseBackup(serializeBackup(file))
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
  })

  it('embeds each referenced questionnaire version once, and no version nothing refers to', () => {
    const snapshot = sampleSnapshot()
    const mini = snapshot.definitions[0]
    if (!mini) throw new Error('fixture')
    snapshot.definitions.push(mini, { ...mini, version: '2.0.0' })
    const { data } = buildBackup(snapshot, 'all', {}, meta)
    expect(data.definitions.map((d) => `${d.id}@${d.version}`)).toEqual([
      'exemple-mini@1.0.0',
      'grille-conformite-convergence@1.0.0',
    ])
  })
})

describe('round trip', () => {
  it('build → serialize → parse → plan on an empty database writes exactly the original records', () => {
    const snapshot = sampleSnapshot()
    const parsed = parseBackup(serializeBackup(buildBackup(snapshot, 'all', {}, meta)))
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
    if (!parsed.ok) return
    const plan = planImport(parsed.file, empty)
    expect(plan.structures.conflicts).toEqual([])
    const writes = applyResolutions(plan, {}, { newId })
    const { definitions, ...records } = sortBackupData({ ...writes.add, definitions: writes.definitions })
    const { definitions: originalDefinitions, ...original } = sortBackupData(snapshot)
    expect(records).toEqual(original)
    expect(definitions).toEqual(originalDefinitions)
    expect(countWrites(writes)).toEqual({ added: 11, replaced: 0, removed: 0 })
  })

  it('importing a file into the database it came from changes nothing', () => {
    const snapshot = sampleSnapshot()
    const parsed = parseBackup(serializeBackup(buildBackup(snapshot, 'all', {}, meta)))
    if (!parsed.ok) throw new Error('parse failed')
    const existing = { ...snapshot, definitions: snapshot.definitions.map((d) => ({ id: d.id, version: d.version })) }
    const plan = planImport(parsed.file, existing)
    expect(plan.structures.unchanged).toHaveLength(2)
    expect(plan.assessments.unchanged).toHaveLength(2)
    expect(plan.services.unchanged).toHaveLength(1)
    expect(plan.groups.unchanged).toHaveLength(1)
    expect(countWrites(applyResolutions(plan, {}, { newId }))).toEqual({ added: 0, replaced: 0, removed: 0 })
    expect(plan.definitions).toEqual([])
  })
})

describe('backupFileNameParts', () => {
  it('names the scope, the structure and the day', () => {
    expect(backupFileNameParts('structure', 'EHPAD Les Tilleuls', '2026-03-20')).toEqual([
      'CapSI',
      'structure',
      'EHPAD Les Tilleuls',
      '2026-03-20',
    ])
    expect(backupFileNameParts('assessment', 'IME', '2026-03-20')).toEqual(['CapSI', 'evaluation', 'IME', '2026-03-20'])
    expect(backupFileNameParts('all', 'ignored', '2026-03-20')).toEqual(['CapSI', 'toutes-mes-donnees', '2026-03-20'])
  })
})
