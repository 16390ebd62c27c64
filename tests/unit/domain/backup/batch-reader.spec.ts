import { describe, expect, it } from 'vitest'
import { createBatchReader, readBatchFile } from '@/domain/backup/files'
import { BACKUP_LIMITS } from '@/domain/backup/bounds'
import { resealed, sampleText } from '../../backup-fixtures'

type Rec = Record<string, unknown>

/** The sample file without its embedded questionnaire: it needs one known here or earlier in the batch. */
const withoutDefinition = (): string =>
  resealed((raw) => {
    raw.data.definitions = raw.data.definitions?.filter((d) => (d as Rec).id !== 'exemple-mini') ?? []
  })

describe('the reading of a batch of backup files', () => {
  it('accepts a file whose questionnaire was brought by an earlier file of the batch', () => {
    const reader = createBatchReader([])
    expect(reader.parse(withoutDefinition()).ok).toBe(false)
    expect(reader.parse(sampleText()).ok).toBe(true)
    expect(reader.parse(withoutDefinition()).ok).toBe(true)
  })

  it('starts from the questionnaire versions known here', () => {
    expect(createBatchReader([{ id: 'exemple-mini', version: '1.0.0' }]).parse(withoutDefinition()).ok).toBe(true)
  })

  it('does not learn the questionnaires of a refused file', () => {
    const reader = createBatchReader([])
    const damaged = sampleText().replace(/"checksum":"(.)/, (_, c: string) => `"checksum":"${c === '0' ? '1' : '0'}`)
    expect(reader.parse(damaged).ok).toBe(false)
    expect(reader.parse(withoutDefinition()).ok).toBe(false)
  })

  it('gives the file read, with the same content as the text', async () => {
    const read = await readBatchFile(createBatchReader([]), new Blob([sampleText()]))
    expect(read.ok && read.file).toEqual(JSON.parse(sampleText()))
  })

  it('refuses a file too large without reading it', async () => {
    const huge = { size: BACKUP_LIMITS.maxBytes + 1, text: () => Promise.reject(new Error('not read')) } as Blob
    const read = await readBatchFile(createBatchReader([]), huge)
    expect(read.ok).toBe(false)
    expect(!read.ok && 'errors' in read && read.errors[0]?.code).toBe('too-large')
  })

  it('says a file that cannot be read is unreadable', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) } as Blob
    expect(await readBatchFile(createBatchReader([]), broken)).toEqual({ ok: false, unreadable: true })
  })
})
