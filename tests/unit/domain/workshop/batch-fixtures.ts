/** Small structure files for the batch import's tests. */
import type { BackupFile } from '@/domain/backup'
import type { Structure } from '@/domain/assessment'

export const AT = '2026-01-01T00:00:00.000Z'
export const LATER = '2026-02-01T00:00:00.000Z'

export const structure = (id: string, finess = '750712184'): Structure => ({
  id,
  name: `Structure ${id}`,
  finess,
  category: 'EHPAD',
  capacity: 40,
  organisation: 'Association Horizon',
  createdAt: AT,
  updatedAt: AT,
})

/** A structure file with one assessment and one answer, as the batch reads it once checked. */
export function fileOf(id: string, value: string, at = AT, finess?: string): BackupFile {
  return {
    format: 'capsi-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: at,
    scope: 'structure',
    data: {
      structures: [structure(id, finess)],
      assessments: [
        {
          id: `a-${id}`,
          structureId: id,
          questionnaireId: 'q',
          questionnaireVersion: '1.0.0',
          status: 'completed',
          currentPage: null,
          respondents: [],
          createdAt: AT,
          updatedAt: at,
        },
      ],
      answers: [{ assessmentId: `a-${id}`, questionId: 'q1', value, comment: '', updatedAt: at }],
      actionEdits: [],
      customActions: [],
      services: [],
      groups: [],
      definitions: [],
    },
  } as unknown as BackupFile
}

export const empty = {
  structures: [],
  assessments: [],
  answers: [],
  actionEdits: [],
  customActions: [],
  services: [],
  groups: [],
  definitions: [],
}
