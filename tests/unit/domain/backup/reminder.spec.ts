import { describe, expect, it } from 'vitest'
import { computeBackupStatus } from '@/domain/backup/reminder'

const NOW = '2026-03-20T12:00:00.000Z'

describe('computeBackupStatus', () => {
  it('reminds when a change not in any backup is more than a week old', () => {
    const status = computeBackupStatus(
      ['2026-03-01T10:00:00.000Z', '2026-03-19T10:00:00.000Z'],
      '2026-02-15T00:00:00.000Z',
      NOW,
    )
    expect(status).toEqual({
      lastBackupAt: '2026-02-15T00:00:00.000Z',
      unexportedSince: '2026-03-01T10:00:00.000Z',
      unexportedCount: 2,
      reminderDue: true,
    })
  })

  it('does not remind when the unexported changes are less than a week old', () => {
    expect(
      computeBackupStatus(['2026-03-01T10:00:00.000Z', '2026-03-14T12:00:01.000Z'], '2026-03-10T00:00:00.000Z', NOW),
    ).toMatchObject({ unexportedCount: 1, reminderDue: false })
  })

  it('does not remind when everything was backed up, however old the backup', () => {
    expect(computeBackupStatus(['2025-01-01T00:00:00.000Z'], '2025-06-01T00:00:00.000Z', NOW)).toMatchObject({
      unexportedSince: null,
      unexportedCount: 0,
      reminderDue: false,
    })
  })

  it('counts every change when there never was a backup', () => {
    expect(computeBackupStatus(['2026-03-01T00:00:00.000Z'], null, NOW)).toMatchObject({
      unexportedCount: 1,
      reminderDue: true,
    })
    expect(computeBackupStatus([], null, NOW)).toMatchObject({ unexportedCount: 0, reminderDue: false })
  })

  it('ignores dates it cannot read', () => {
    expect(computeBackupStatus(['x', ''], null, NOW)).toMatchObject({ unexportedCount: 0, reminderDue: false })
  })
})
