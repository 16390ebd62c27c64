import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION, backupChecksum } from '@/domain/backup/backup'
import { migrateBackup } from '@/domain/backup/migrate'
import { parseBackup } from '@/domain/backup/validate'
import { miniDefinition } from '../../fixtures'
import { EXPORTED_AT, T0, T1, T2, assessment, sampleFile, structure } from '../../backup-fixtures'

/** A file as CapSI wrote it in format 0: answers inside each assessment, no checksum, no scope. */
function version0(
  answers: unknown = {
    'gouv-schema': { value: 'projet', comment: 'Avec l’OG', updatedAt: T1 },
    'secu-sauvegardes': { value: null, comment: 'À vérifier', updatedAt: T2 },
  },
): Record<string, unknown> {
  return {
    format: 'capsi-backup',
    formatVersion: 0,
    appVersion: '0.0.9',
    exportedAt: T2,
    data: {
      structures: [structure()],
      assessments: [{ ...assessment(), answers }],
      definitions: [miniDefinition()],
    },
  }
}

/** A file as CapSI wrote it in format 1: the data of today's files without workshop groups, and its own checksum. */
function version1(
  change: (data: Record<string, unknown>) => void = () => undefined,
): Record<string, unknown> & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...sampleFile().data }
  delete data.groups
  change(data)
  return {
    format: 'capsi-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: EXPORTED_AT,
    scope: 'all',
    checksum: backupChecksum(data),
    data,
  }
}

describe('migrateBackup', () => {
  it('is at format 2, the first with workshop groups', () => {
    expect(BACKUP_FORMAT_VERSION).toBe(2)
  })

  it('moves format 0 answers out of their assessment into answer records', () => {
    const result = migrateBackup(version0())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const data = result.raw.data as Record<string, unknown[]>
    expect(result.raw).toMatchObject({
      format: 'capsi-backup',
      formatVersion: 2,
      appVersion: '0.0.9',
      exportedAt: T2,
      scope: 'all',
    })
    expect(data.assessments).toEqual([assessment()])
    expect(data.answers).toEqual([
      { assessmentId: 'a1', questionId: 'gouv-schema', value: 'projet', comment: 'Avec l’OG', updatedAt: T1 },
      { assessmentId: 'a1', questionId: 'secu-sauvegardes', value: null, comment: 'À vérifier', updatedAt: T2 },
    ])
    expect(data.actionEdits).toEqual([])
    expect(data.customActions).toEqual([])
    expect(data.services).toEqual([])
    expect(data.groups).toEqual([])
    expect(result.raw.checksum).toBe(backupChecksum(result.raw.data))
  })

  it('adds an empty list of groups to a format 1 file, keeps every other record and metadata, and computes the checksum again', () => {
    const old = version1()
    const result = migrateBackup(structuredClone(old))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.raw).toMatchObject({
      format: 'capsi-backup',
      formatVersion: 2,
      appVersion: '0.1.0',
      exportedAt: EXPORTED_AT,
      scope: 'all',
    })
    expect(result.raw.data).toEqual({ ...old.data, groups: [] })
    expect(result.raw.checksum).toBe(backupChecksum(result.raw.data))
    expect(result.raw.checksum).not.toBe(old.checksum)
  })

  it('refuses a format 1 file that already holds groups: format 1 had none', () => {
    const old = version1((data) => {
      data.groups = [{ id: 'g1' }]
    })
    expect(migrateBackup(old)).toEqual({
      ok: false,
      errors: [{ path: '.data.groups', code: 'unknown-field', params: { field: 'groups' } }],
    })
  })

  it('fills a missing value or comment of a format 0 answer with an empty one', () => {
    const result = migrateBackup(version0({ 'gouv-schema': { updatedAt: T0 } }))
    expect(result.ok && (result.raw.data as Record<string, unknown[]>).answers).toEqual([
      { assessmentId: 'a1', questionId: 'gouv-schema', value: null, comment: '', updatedAt: T0 },
    ])
  })

  it('refuses format 0 answers that are not stored by question, with the path in the old file', () => {
    expect(migrateBackup(version0('projet'))).toEqual({
      ok: false,
      errors: [{ path: '.data.assessments[0].answers', code: 'type', params: { expected: 'object' } }],
    })
    expect(migrateBackup(version0({ 'gouv-schema': 'projet' }))).toEqual({
      ok: false,
      errors: [{ path: '.data.assessments[0].answers.gouv-schema', code: 'type', params: { expected: 'object' } }],
    })
  })
})

describe('parseBackup with an older file', () => {
  it('migrates a format 0 file and validates the result, saying which format it came from', () => {
    const result = parseBackup(JSON.stringify(version0()))
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(result.ok && result.migratedFrom).toBe(0)
    expect(result.ok && result.file.data.answers).toHaveLength(2)
  })

  it('migrates a format 1 file of everything, which then holds no group', () => {
    const result = parseBackup(JSON.stringify(version1()))
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(result.ok && result.migratedFrom).toBe(1)
    expect(result.ok && result.file.formatVersion).toBe(2)
    expect(result.ok && result.file.data.groups).toEqual([])
    expect(result.ok && result.file.data.structures).toEqual(sampleFile().data.structures)
  })

  it('migrates a format 1 file of one structure', () => {
    const old = { ...version1(), scope: 'structure' }
    const result = parseBackup(JSON.stringify(old))
    expect(result.ok && [result.file.scope, result.file.data.groups]).toEqual(['structure', []])
  })

  it('checks the checksum of a format 1 file as written, before migrating it', () => {
    const old = version1()
    const [first] = old.data.structures as { name: string }[]
    if (!first) throw new Error('fixture')
    first.name = 'Modifié à la main'
    expect(parseBackup(JSON.stringify(old))).toEqual({
      ok: false,
      errors: [{ path: '.checksum', code: 'damaged' }],
    })
  })

  it('refuses a format 0 file too deeply nested to migrate, without failing', () => {
    const nested = `{"format":"capsi-backup","formatVersion":0,"data":{"assessments":[],"structures":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`
    expect(parseBackup(nested)).toEqual({ ok: false, errors: [{ path: '.data', code: 'too-deep' }] })
  })

  it('still refuses a migrated file whose content is faulty', () => {
    const result = parseBackup(
      JSON.stringify(version0({ 'gouv-schema': { value: 'projet', comment: 42, updatedAt: T1 } })),
    )
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '.data.answers[0].comment', code: 'type', params: { expected: 'string' } },
    ])
  })
})
