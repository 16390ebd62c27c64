/** The action sections of the PDF summary: the priority actions with why and how, then the whole plan. */
import type { Content, TableCell } from 'pdfmake/interfaces'
import type { PlanItem } from '@/domain/action-plan'
import { ACTION_PHASE_LABELS, ACTION_STATUS_LABELS } from '@/i18n/fr-plan'
import { planMessages } from '@/i18n/fr-plan'
import { formatFrenchDate } from './csv'
import type { ReportInput } from './report-input'

function cell(text: string, style?: string): TableCell {
  return style ? { text, style } : { text }
}

/** « Après : … » under an action that waits for prerequisites; nothing otherwise. */
function waitsFor(item: PlanItem): Content[] {
  return item.waitsFor.length ? [{ text: planMessages.after(item.waitsFor.map((w) => w.title)), italics: true }] : []
}

/** « Actions prioritaires » with why and how, then « Plan d’action complet » as a table. */
export function actionSections(input: Pick<ReportInput, 'plan' | 'definition' | 'options'>): Content {
  const { plan, definition, options } = input
  const active = plan.filter((item) => item.state === 'active')
  const domainTitle = (id: string | null) => definition.domains.find((d) => d.id === id)?.title ?? '—'
  const priority: Content[] = active
    .filter((item) => item.prioritaire)
    .map((item) => ({
      stack: [
        { text: `${item.rank ?? ''}. ${item.title}`, bold: true },
        ...waitsFor(item),
        { text: [{ text: 'Pourquoi : ', italics: true }, item.why] },
        { text: [{ text: 'Comment : ', italics: true }, item.how] },
      ],
      margin: [0, 0, 0, 6],
      unbreakable: true,
    }))
  const header = ['N°', 'Phase', 'Action', 'Domaine', 'Responsable', 'Échéance', 'Statut'].map((h) => cell(h, 'th'))
  const rows: TableCell[][] = plan.map((item) => [
    cell(item.rank === null ? '—' : String(item.rank)),
    cell(ACTION_PHASE_LABELS[item.phase]),
    {
      stack: [
        {
          text:
            item.title +
            (item.state === 'obsolete' ? ' (plus nécessaire)' : '') +
            (item.prioritaire ? ' — prioritaire' : ''),
        },
        ...waitsFor(item),
        ...(options.includeNotes && !options.anonymised && item.notes.trim()
          ? [{ text: `Notes : ${item.notes}`, italics: true }]
          : []),
      ],
    },
    cell(domainTitle(item.domainId)),
    cell(options.anonymised ? '' : item.owner),
    cell(formatFrenchDate(item.dueDate)),
    cell(ACTION_STATUS_LABELS[item.status]),
  ])
  return [
    { text: 'Actions prioritaires', style: 'h2', pageBreak: 'before' },
    priority.length
      ? priority
      : { text: 'Aucune action prioritaire : aucune réponse ne déclenche d’action à ce jour.' },
    { text: 'Plan d’action complet', style: 'h2' },
    rows.length
      ? {
          table: { headerRows: 1, dontBreakRows: true, widths: [18, 62, '*', 80, 60, 48, 42], body: [header, ...rows] },
          layout: 'lightHorizontalLines',
          style: 'small',
        }
      : { text: 'Aucune action dans le plan.' },
  ]
}
