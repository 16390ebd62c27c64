import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IDBFactory } from 'fake-indexeddb'
import { buildBackup, serializeBackup } from '@/domain/backup/backup'
import { parseBackup } from '@/domain/backup/validate'
import { planImport } from '@/domain/backup'
import { applyResolutions } from '@/domain/backup/resolve'
import { applyImport, readLastBackupAt } from '@/storage/backup'
import * as repo from '@/storage/repository'
import { useBackupStore } from '@/stores/backup'
import { useDatabaseStore } from '@/stores/database'
import { useLibraryStore } from '@/stores/library'
import { useAssessmentStore } from '@/stores/assessment'
import { useGroupsStore } from '@/stores/groups'
import { listGroups } from '@/storage/groups'
import { EXPORTED_AT, T2, answer, resealed, sampleSnapshot, sampleText, structure } from '../backup-fixtures'

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

async function seed(): Promise<void> {
  const file = buildBackup(sampleSnapshot(), 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT })
  await applyImport(
    await useDatabaseStore().db(),
    applyResolutions(planImport(file, empty), {}, { newId: () => 'x' }),
    EXPORTED_AT,
  )
}

function freshBrowser(): void {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
}

beforeEach(freshBrowser)

describe('useBackupStore', () => {
  it('exports everything with a safe name, records the backup date, and the file imports into another browser', async () => {
    await seed()
    const backup = useBackupStore()
    let delivered = { content: '', parts: [] as string[] }
    expect(await backup.exportData('all', {}, (content, parts) => (delivered = { content, parts }))).toBe(true)
    expect(delivered.parts[1]).toBe('toutes-mes-donnees')
    expect(delivered.parts[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await readLastBackupAt(await useDatabaseStore().db())).toBe(backup.status?.lastBackupAt)
    expect(parseBackup(delivered.content).ok).toBe(true)

    freshBrowser()
    const other = useBackupStore()
    await other.startImport(new File([delivered.content], 'sauvegarde.json', { type: 'application/json' }))
    expect(other.phase).toBe('preview')
    expect(other.plan?.structures.added).toHaveLength(2)
    await other.confirmImport()
    expect(other.phase).toBe('done')
    expect(other.result).toEqual({ added: 11, replaced: 0, removed: 0 })
    expect(useLibraryStore().structures.map((s) => s.name)).toEqual(['EHPAD Les Tilleuls', 'SSIAD du Val'])
    expect(other.counts).toEqual({ structures: 2, assessments: 2, answers: 3, services: 1, groups: 1 })
  })

  it('exports one structure under its name', async () => {
    await seed()
    let parts: string[] = []
    await useBackupStore().exportData('structure', { structureId: 's2' }, (_content, p) => (parts = p))
    expect(parts.slice(0, 3)).toEqual(['CapSI', 'structure', 'SSIAD du Val'])
  })

  it('refuses a damaged file with its reasons and writes nothing', async () => {
    const backup = useBackupStore()
    await backup.startImport(new File(['{"format":"capsi-backup",'], 'coupé.json'))
    expect(backup.phase).toBe('refused')
    expect(backup.errors.map((e) => e.message)).toEqual([
      'Le fichier n’est pas un fichier JSON valide (il est peut-être tronqué).',
    ])
    expect(await repo.listStructures(await useDatabaseStore().db())).toEqual([])
  })

  it('refuses a file whose group lists a structure missing from it, with the path, and writes nothing', async () => {
    const text = resealed((raw) => {
      ;(raw.data.groups?.[0] as { structureIds: string[] }).structureIds = ['s1', 's-absente']
    })
    const backup = useBackupStore()
    await backup.startImport(new File([text], 'groupe.json'))
    expect(backup.phase).toBe('refused')
    expect(backup.errors).toEqual([
      {
        path: '.data.groups[0].structureIds[1]',
        message: 'la structure «\u00a0s-absente\u00a0» ne figure pas dans le fichier',
      },
    ])
    const db = await useDatabaseStore().db()
    expect(await repo.listStructures(db)).toEqual([])
    expect(await listGroups(db)).toEqual([])
  })

  it('shows the imported groups in the workshop list already on screen, and none after erasing everything', async () => {
    const groups = useGroupsStore()
    await groups.load()
    expect(groups.groups).toEqual([])
    const backup = useBackupStore()
    await backup.startImport(new File([sampleText()], 'sauvegarde.json'))
    expect(backup.plan?.groups.added.map((g) => g.name)).toEqual(['Grappe Horizon'])
    await backup.confirmImport()
    expect(groups.groups.map((g) => g.name)).toEqual(['Grappe Horizon'])
    expect(backup.counts?.groups).toBe(1)
    await backup.eraseAll()
    expect(groups.groups).toEqual([])
  })

  it('keeps the saved version of a conflict unless told otherwise, and applies the chosen resolution', async () => {
    await seed()
    const theirs = sampleSnapshot()
    theirs.answers = theirs.answers.map((a) =>
      a.assessmentId === 'a1' && a.questionId === 'gouv-schema' ? answer('gouv-schema', 'suivi', { updatedAt: T2 }) : a,
    )
    const text = serializeBackup(buildBackup(theirs, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT }))
    const opened = useAssessmentStore()
    await opened.open('a1')
    expect(opened.answers['gouv-schema']?.value).toBe('projet')
    const backup = useBackupStore()
    await backup.startImport(new File([text], 'autre.json'))
    expect(backup.resolutions).toEqual({ 'assessment:a1': 'keep-mine' })
    backup.setResolution('assessment:a1', 'newest-per-question')
    await backup.confirmImport()
    expect(backup.result).toEqual({ added: 0, replaced: 1, removed: 0 })
    const saved = await repo.loadAnswers(await useDatabaseStore().db(), 'a1')
    expect(saved.find((a) => a.questionId === 'gouv-schema')?.value).toBe('suivi')
    // The assessment kept in memory is read again, so a later answer cannot write the old version back.
    await opened.open('a1')
    expect(opened.answers['gouv-schema']?.value).toBe('suivi')
  })

  it('shows the preview again, writing nothing, when the data changed between preview and import', async () => {
    const text = serializeBackup(
      buildBackup(sampleSnapshot(), 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT }),
    )
    const backup = useBackupStore()
    await backup.startImport(new File([text], 'sauvegarde.json'))
    expect(backup.conflicts).toEqual([])
    const db = await useDatabaseStore().db()
    await repo.saveStructure(db, structure({ name: 'Créée dans un autre onglet' }))
    await backup.confirmImport()
    expect(backup.phase).toBe('preview')
    expect(backup.notice).toMatch(/Vos données ont changé/)
    expect(backup.conflicts.map((c) => c.key)).toEqual(['structure:s1'])
    expect((await repo.listStructures(db)).map((s) => s.name)).toEqual(['Créée dans un autre onglet'])
  })

  it('erases everything and reloads the library', async () => {
    await seed()
    const library = useLibraryStore()
    await library.load()
    expect(library.structures).toHaveLength(2)
    expect(await useBackupStore().eraseAll()).toBe(true)
    expect(library.structures).toEqual([])
    expect(useBackupStore().counts).toEqual({ structures: 0, assessments: 0, answers: 0, services: 0, groups: 0 })
  })
})
