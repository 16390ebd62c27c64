import { describe, expect, it } from 'vitest'
import { buildBackup, type BackupFile } from '@/domain/backup/backup'
import { parseBackup } from '@/domain/backup/validate'
import { isCalendarDay, textBound } from '@/domain/backup/bounds'
import { shownIssues } from '../../issue-text'
import { RECORD_SPECS, setTextAt, snapshotAtBound, textAt, textLeaves } from '../../bounds-fixtures'
import { resealed } from '../../backup-fixtures'

const AT_BOUND: BackupFile = buildBackup(
  snapshotAtBound(),
  'all',
  {},
  { appVersion: '0.1.0', exportedAt: '2026-03-20T08:00:00.000Z' },
)

/** Every text field of the first record of each kind, as import errors name it. */
const leaves = Object.entries(RECORD_SPECS).flatMap(([field, spec]) => {
  const first = snapshotAtBound()[field as keyof typeof RECORD_SPECS][0]
  return textLeaves(spec, first).map((leaf) => ({ ...leaf, field, name: `${field}[0]${leaf.path}` }))
})

describe('the bounds of the backup schema', () => {
  it('accept a file whose every field is at its bound', () => {
    const parsed = parseBackup(JSON.stringify(AT_BOUND))
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
  })

  it.each(leaves)('refuse $name one character over its bound, and say where', ({ field, keys, max, path }) => {
    const text = resealed((raw) => {
      const record = raw.data[field]?.[0]
      const value = textAt(record, keys)
      // The same last character again: the value keeps its format (an id stays an id).
      setTextAt(record, keys, value + value.slice(-1))
    }, AT_BOUND)
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(shownIssues(parsed.errors)).toContainEqual({
      path: `.data.${field}[0]${path}`,
      message: `trop long (${max + 1} caractères, ${max} au plus)`,
    })
  })

  it('are found by field path, through lists and dictionaries, and only for texts', () => {
    expect(textBound('service', ['requirements', '*', 'justification'])).toBe(10_000)
    expect(textBound('assessment', ['respondents', '*', 'role'])).toBe(500)
    expect(() => textBound('structure', ['capacity'])).toThrow()
    expect(() => textBound('structure', ['missing'])).toThrow()
  })
})

describe('dates in a backup', () => {
  it('are real calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2000-02-29')).toBe(true)
    expect(isCalendarDay('9999-12-31')).toBe(true)
    for (const day of [
      '2026-02-29',
      '2026-02-30',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '10000-01-01',
      '2026-1-01',
    ]) {
      expect(isCalendarDay(day), day).toBe(false)
    }
  })

  it('refuses an impossible due date (2026-02-30) with its path', () => {
    const parsed = parseBackup(
      resealed((raw) => ((raw.data.actionEdits?.[0] as Record<string, unknown>).dueDate = '2026-02-30')),
    )
    expect(parsed.ok ? [] : shownIssues(parsed.errors)).toEqual([
      { path: '.data.actionEdits[0].dueDate', message: 'date qui n’existe pas au calendrier « 2026-02-30 »' },
    ])
  })

  it('refuses a change date on a day that does not exist', () => {
    const parsed = parseBackup(
      resealed((raw) => ((raw.data.structures?.[0] as Record<string, unknown>).updatedAt = '2026-02-30T10:00:00.000Z')),
    )
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['.data.structures[0].updatedAt'])
  })
})
