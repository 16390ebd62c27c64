/** CSV exports that French Excel opens as they are: UTF-8 with BOM, `;` separator, CRLF, every field quoted. */
import type { QuestionnaireDefinition } from '@/domain/definition'
import type { PlanItem } from '@/domain/action-plan'
import {
  ACTION_PHASE_LABELS,
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  PLAN_SOURCE_LABELS,
  PLAN_STATE_LABELS,
  planMessages,
} from '@/i18n/fr-plan'

const BOM = '\uFEFF'
const SEPARATOR = ';'
const LINE_END = '\r\n'

/** First characters that make a spreadsheet read a cell as a formula (or hide one behind a control character). */
const FORMULA_START = /^[=+\-@\t\r]/

export const ACTION_PLAN_CSV_HEADER: readonly string[] = [
  'Rang',
  'Prioritaire',
  'Action',
  'Pourquoi',
  'Comment',
  'Phase',
  'Domaine',
  'Priorité catalogue',
  'Statut',
  'Responsable',
  'Échéance',
  'Notes',
  'Questions à l’origine',
  'Origine',
  'État',
  planMessages.afterColumn,
]

function quoteField(value: string): string {
  // A leading apostrophe keeps a spreadsheet from running text typed by a user as a formula.
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}

/**
 * Writes rows as CSV text: BOM first, fields separated by `;` and all quoted (inner quotes
 * doubled), each row ended by CRLF. A field starting with =, +, -, @, a tab or a carriage return
 * gets a leading apostrophe so that it is never run as a formula.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(quoteField).join(SEPARATOR) + LINE_END).join('')
}

/** A YYYY-MM-DD date (or the date part of an ISO timestamp) as dd/mm/yyyy; empty for null; anything else unchanged. */
export function formatFrenchDate(isoDate: string | null): string {
  if (isoDate === null) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate
}

/** The action plan as CSV, one row per item after a header row, in the plan's order. */
export function buildActionPlanCsv(plan: readonly PlanItem[], definition: QuestionnaireDefinition): string {
  const domainTitles = new Map(definition.domains.map((d) => [d.id, d.title]))
  const questionTexts = new Map(definition.domains.flatMap((d) => d.questions.map((q) => [q.id, q.text] as const)))
  const rows = plan.map((item) => [
    item.rank === null ? '' : String(item.rank),
    item.prioritaire ? 'oui' : 'non',
    item.title,
    item.why,
    item.how,
    ACTION_PHASE_LABELS[item.phase],
    item.domainId === null ? '' : (domainTitles.get(item.domainId) ?? item.domainId),
    item.priority === null ? '' : ACTION_PRIORITY_LABELS[item.priority],
    ACTION_STATUS_LABELS[item.status],
    item.owner,
    formatFrenchDate(item.dueDate),
    item.notes,
    item.triggeredBy.map((hit) => questionTexts.get(hit.questionId) ?? hit.questionId).join(' | '),
    PLAN_SOURCE_LABELS[item.source],
    PLAN_STATE_LABELS[item.state],
    item.waitsFor.map((w) => w.title).join(' ; '),
  ])
  return toCsv([ACTION_PLAN_CSV_HEADER, ...rows])
}
