/** When to remind the user to export: changes not in any backup, the oldest over a week old. */

export const REMINDER_DAYS = 7

export interface BackupStatus {
  lastBackupAt: string | null
  /** Change date of the oldest record changed since the last backup (every record when none). */
  unexportedSince: string | null
  /** Number of records changed since the last backup. */
  unexportedCount: number
  reminderDue: boolean
}

/**
 * Compares the change dates of the saved records (structures, assessments, answers, action edits,
 * user actions, services) with the date of the last full backup. A record changed twice counts from
 * its last change, so the reminder may come late, never early.
 */
export function computeBackupStatus(
  changeDates: readonly string[],
  lastBackupAt: string | null,
  now: string,
  days = REMINDER_DAYS,
): BackupStatus {
  const backedUp = lastBackupAt === null ? Number.NEGATIVE_INFINITY : Date.parse(lastBackupAt)
  let oldest: string | null = null
  let count = 0
  for (const date of changeDates) {
    const time = Date.parse(date)
    if (Number.isNaN(time) || time <= backedUp) continue
    count++
    if (oldest === null || time < Date.parse(oldest)) oldest = date
  }
  const due = oldest !== null && Date.parse(now) - Date.parse(oldest) > days * 24 * 60 * 60 * 1000
  return { lastBackupAt, unexportedSince: oldest, unexportedCount: count, reminderDue: due }
}
