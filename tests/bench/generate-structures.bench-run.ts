// Checks the bench's structure files with the app's own reader: each one is accepted as a CapSI file
// of one structure and one completed assessment, and the same seed gives the same files.
import { describe, expect, it } from 'vitest'
import { parseBackup } from '@/domain/backup/validate'
import { checkFiness } from '@/domain/assessment/finess'
import { generateStructureFiles, MATURITY_QUESTIONNAIRE } from '../fixtures/generate-structures'

const known = [{ id: MATURITY_QUESTIONNAIRE.id, version: MATURITY_QUESTIONNAIRE.version }]
const questions = MATURITY_QUESTIONNAIRE.domains.reduce((n, d) => n + d.questions.length, 0)

describe('generated structure files', () => {
  const files = generateStructureFiles(12, { seed: 7 })

  it('are accepted by the app as one structure with one completed assessment answering every question', () => {
    for (const file of files) {
      const parsed = parseBackup(file.text, { knownDefinitions: known })
      if (!parsed.ok) throw new Error(`${file.name} refusé : ${JSON.stringify(parsed.errors)}`)
      expect(parsed.file.scope).toBe('structure')
      expect(parsed.file.data.structures).toHaveLength(1)
      expect(parsed.file.data.assessments).toEqual([
        expect.objectContaining({ status: 'completed', questionnaireId: MATURITY_QUESTIONNAIRE.id }),
      ])
      expect(parsed.file.data.answers).toHaveLength(questions)
    }
  })

  it('are refused once a byte of their data changes (the checksum is the app’s)', () => {
    const first = files[0]?.text ?? ''
    const edited = first.replace('"capacity":', '"capacity":1')
    expect(edited).not.toBe(first)
    expect(parseBackup(edited, { knownDefinitions: known }).ok).toBe(false)
  })

  it('give each structure its own valid FINESS number and id', () => {
    expect(files.every((f) => checkFiness(f.structure.finess).status === 'valid')).toBe(true)
    expect(new Set(files.map((f) => f.structure.finess)).size).toBe(files.length)
    expect(new Set(files.map((f) => f.structure.id)).size).toBe(files.length)
  })

  it('are the same for the same seed, whatever the count, and differ for another seed', () => {
    const again = generateStructureFiles(20, { seed: 7 }).slice(0, files.length)
    expect(again.map((f) => f.text)).toEqual(files.map((f) => f.text))
    const other = generateStructureFiles(12, { seed: 8 })
    expect(other.map((f) => f.text)).not.toEqual(files.map((f) => f.text))
    // Answers vary between structures, so that the group's spread is not zero.
    const values = (text: string) =>
      (JSON.parse(text) as { data: { answers: { value: string | null }[] } }).data.answers.map((a) => a.value).join()
    expect(new Set(files.map((f) => values(f.text))).size).toBe(files.length)
  })
})
