/**
 * Deleting a structure or an assessment from the home screen, after a confirmation that offers to
 * export it first, and exporting one record to a backup file. The backup code is loaded on first
 * use: fetching it while the home screen is first drawn would delay that first render.
 */
import { ref, type Ref } from 'vue'
import type { Assessment, Structure } from '@/domain/assessment'
import type ConfirmDialog from '@/components/common/ConfirmDialog.vue'
import { useQuestionnaireTitle } from '@/components/assessment/use-questionnaire-title'
import { useLibraryStore } from '@/stores/library'
import { formatDate, messages } from '@/i18n/fr'

type RecordScope = 'structure' | 'assessment'

/** `announcement` receives what screen readers are told once a record is exported or deleted. */
export function useRecordRemoval(announcement: Ref<string>) {
  const t = messages.home
  const tb = messages.backup
  const library = useLibraryStore()
  const questionnaireTitle = useQuestionnaireTitle()
  const confirm = ref<InstanceType<typeof ConfirmDialog> | null>(null)
  const confirmText = ref({ title: '', message: '' })
  /** The record the open confirmation is about, which « export first » saves to a file. */
  const exportTarget = ref<{ scope: RecordScope; id: string } | null>(null)

  async function exportRecord(scope: RecordScope, id: string): Promise<void> {
    let fileName = ''
    const selection = scope === 'structure' ? { structureId: id } : { assessmentId: id }
    const [{ useBackupStore }, { downloadJson }] = await Promise.all([
      import('@/stores/backup'),
      import('@/report/download'),
    ])
    const done = await useBackupStore().exportData(scope, selection, (content, parts) => {
      fileName = downloadJson(content, parts)
    })
    announcement.value = done ? tb.exported(fileName) : tb.exportFailed
  }

  function exportFirst(): void {
    if (exportTarget.value) void exportRecord(exportTarget.value.scope, exportTarget.value.id)
  }

  async function confirmDelete(title: string, message: string): Promise<boolean> {
    confirmText.value = { title, message }
    return (await confirm.value?.ask()) ?? false
  }

  async function removeAssessment(assessment: Assessment): Promise<void> {
    exportTarget.value = { scope: 'assessment', id: assessment.id }
    const ok = await confirmDelete(
      t.deleteAssessment,
      t.confirmDeleteAssessment(questionnaireTitle(assessment), formatDate(assessment.createdAt)),
    )
    if (ok && (await library.deleteAssessment(assessment.id))) announcement.value = t.deleted
  }

  async function removeStructure(structure: Structure): Promise<void> {
    exportTarget.value = { scope: 'structure', id: structure.id }
    const ok = await confirmDelete(t.deleteStructure, t.confirmDeleteStructure(structure.name))
    if (ok && (await library.deleteStructure(structure.id))) announcement.value = t.deleted
  }

  return { confirm, confirmText, exportRecord, exportFirst, removeAssessment, removeStructure }
}
