/**
 * The PDF summary of one assessment, as a pure function from the assessment's data to a pdfmake
 * document definition: identity, summary with radar, scores per domain, actions (in pdf-actions.ts),
 * comments and method note.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces'
import {
  answerOf,
  type Structure,
  countPathQuestions,
  MIN_COVERAGE,
  resolveTarget,
  finessDepartment,
} from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { levelForScore, listQuestions, scaleBounds } from '@/domain/definition'
import { scoringMessages } from '@/i18n/fr-scoring'
import { formatFrenchDate } from './csv'
import { actionSections } from './pdf-actions'
import type { ReportInput } from './report-input'
import { describeSummary } from '@/i18n/fr-results'
import { formatDecimal, formatLevel } from '@/i18n/fr-numbers'
import { plural } from '@/i18n/plural'

export type { ReportInput, ReportOptions } from './report-input'

/** How the structure is named in the report (anonymised: category and department only). */
export function reportStructureName(structure: Structure, anonymised: boolean): string {
  return anonymised ? `${structure.category} (département ${finessDepartment(structure.finess)})` : structure.name
}

function cell(text: string, style?: string): TableCell {
  return style ? { text, style } : { text }
}

function scoreText(definition: QuestionnaireDefinition, score: number | null): string {
  return score === null ? '—' : formatLevel(definition, score)
}

function identity(input: ReportInput): Content {
  const { structure, assessment, definition, options } = input
  const rows: [string, string][] = [
    ['Structure', reportStructureName(structure, options.anonymised)],
    ...(options.anonymised ? [] : ([['FINESS', structure.finess]] as [string, string][])),
    ['Catégorie', structure.category],
    ['Capacité', structure.capacity === null ? 'non renseignée' : `${structure.capacity} places`],
    ...(options.anonymised
      ? []
      : ([['Organisme gestionnaire', structure.organisation || 'non renseigné']] as [string, string][])),
  ]
  if (!options.anonymised) {
    const respondents = assessment.respondents.filter((r) => r.name.trim() || r.role.trim())
    rows.push([
      plural(respondents.length, 'Répondant', 'Répondants'),
      respondents.length
        ? respondents.map((r) => [r.name, r.role].filter(Boolean).join(', ')).join(' ; ')
        : 'non renseigné',
    ])
  }
  rows.push(
    [
      'Date de l’évaluation',
      `${formatFrenchDate(assessment.createdAt)} (dernière modification le ${formatFrenchDate(assessment.updatedAt)})`,
    ],
    ['Questionnaire', `${definition.title}, version ${definition.version}`],
    ['Parcours', scoringMessages.pathTitle[input.scores.path]],
  )
  return [
    { text: 'Identification', style: 'h2' },
    {
      table: { widths: [140, '*'], body: rows.map(([label, value]) => [cell(label, 'label'), cell(value)]) },
      layout: 'lightHorizontalLines',
    },
    {
      text: 'Document produit par autoévaluation avec CapSI : il reflète les déclarations de la structure et n’est pas le résultat d’un audit.',
      style: 'note',
      margin: [0, 6, 0, 0],
    },
  ]
}

function summary(input: ReportInput): Content {
  const { definition, scores } = input
  const global =
    scores.score === null
      ? 'Pas encore assez de réponses pour un score global.'
      : `${levelForScore(definition, scores.score)?.label ?? ''} — ${formatDecimal(scores.score)} sur ${scaleBounds(definition).max} (${Math.round(scores.percent ?? 0)} %)`
  const content: Content[] = [
    { text: 'Synthèse', style: 'h2' },
    {
      text: scoringMessages.scoresOn[scores.path](countPathQuestions(definition, scores.path)),
      bold: true,
      margin: [0, 0, 0, 4],
    },
    { text: [{ text: `Maturité globale (${scoringMessages.path[scores.path]}) : `, bold: true }, global] },
    {
      text: `${scores.answered} questions répondues sur ${scores.applicable} applicables, dont ${scores.unknown} « Je ne sais pas ».`,
      margin: [0, 2, 0, 2],
    },
    { text: describeSummary(definition, scores), margin: [0, 2, 0, 6] },
  ]
  if (input.radarImage) content.push({ image: input.radarImage, width: 430, alignment: 'center' })
  return content
}

function domainTable(input: ReportInput): Content {
  const { definition, scores, targets } = input
  const header = ['Domaine', 'Score', 'Niveau', 'Couverture', '« Je ne sais pas »', 'Cible'].map((h) => cell(h, 'th'))
  const body: TableCell[][] = definition.domains.map((domain) => {
    const s = scores.domains.find((d) => d.domainId === domain.id)
    const assessable = s?.assessable === true && s.score !== null
    const offPath = s !== undefined && s.visible === 0 && s.offPath > 0
    return [
      cell(domain.title),
      cell(assessable ? scoreText(definition, s.score) : offPath ? scoringMessages.offPath : 'non évaluable'),
      cell(assessable && s.score !== null ? (levelForScore(definition, s.score)?.label ?? '') : '—'),
      cell(`${s?.answered ?? 0} / ${s?.applicable ?? 0}`),
      cell(String(s?.unknown ?? 0)),
      cell(String(resolveTarget(definition, domain, targets))),
    ]
  })
  return [
    { text: `Scores par domaine — ${scoringMessages.path[scores.path]}`, style: 'h2', pageBreak: 'before' },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 50, 70, 58, 50, 32], body: [header, ...body] },
      layout: 'lightHorizontalLines',
      style: 'small',
    },
  ]
}

function comments(input: ReportInput): Content {
  if (!input.options.includeComments || input.options.anonymised) return []
  const items = listQuestions(input.definition).flatMap((q) => {
    const comment = answerOf(input.answers, q.id)?.comment.trim()
    return comment ? [{ text: [{ text: `${q.text} `, bold: true }, comment], margin: [0, 0, 0, 4] } as Content] : []
  })
  return items.length ? [{ text: 'Commentaires des répondants', style: 'h2' }, ...items] : []
}

function methodNote(input: ReportInput): Content {
  const sorted = [...input.definition.scale].sort((a, b) => a.value - b.value)
  const [lowest, highest] = [sorted[0], sorted[sorted.length - 1]]
  return [
    { text: 'Note de méthode', style: 'h2', pageBreak: 'before' },
    {
      ul: [
        `Chaque réponse correspond à un niveau de ${lowest?.value ?? ''} (${lowest?.label ?? ''}) à ${highest?.value ?? ''} (${highest?.label ?? ''}), décrit par une situation observable.`,
        scoringMessages.methodPath,
        'Le score d’un domaine est la moyenne des niveaux de ses questions, pondérée par le poids de chaque question ; le score global est la moyenne des domaines évaluables, pondérée par le poids de chaque domaine.',
        '« Je ne sais pas » et « Non applicable » n’entrent pas dans les moyennes : ils ne font ni monter ni baisser le score. Ils sont comptés à part (couverture et nombre de « Je ne sais pas »).',
        `Un domaine dont moins de ${Math.round(MIN_COVERAGE * 100)} % des questions applicables ont une réponse est « non évaluable » : il n’est pas noté, pour ne pas être confondu avec un domaine faible.`,
        'Les questions masquées par une réponse précédente (par exemple sur l’usage du DUI lorsqu’il n’y en a pas) n’entrent pas dans le calcul.',
        'Les actions sont proposées à partir des réponses les plus basses ; elles sont classées par priorité, puis par écart à la cible du domaine, puis par poids du domaine.',
        'Ce document est une autoévaluation déclarative, inspirée du kit ANAP et alignée sur les dimensions du référentiel MaturiN-SMS ; ce n’est ni un audit ni une déclaration officielle (celle-ci se fait sur l’observatoire national des systèmes d’information, oSIS).',
      ],
    },
  ]
}

/** Builds the pdfmake document of an assessment's summary (A4 portrait, black-and-white friendly). */
export function buildReport(input: ReportInput): TDocumentDefinitions {
  const name = reportStructureName(input.structure, input.options.anonymised)
  const date = formatFrenchDate(input.generatedAt)
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 60, 40, 50],
    info: {
      title: `CapSI — ${input.definition.title} — ${name}`,
      author: 'CapSI',
      subject: 'Autoévaluation du système d’information',
      creator: `CapSI ${input.appVersion}`,
    },
    header: { text: `${name} — ${input.definition.title}`, style: 'running', margin: [40, 25, 40, 0] },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: `Produit le ${date} par autoévaluation (CapSI ${input.appVersion})`, style: 'running' },
        { text: `page ${currentPage} / ${pageCount}`, alignment: 'right', style: 'running' },
      ],
      margin: [40, 15, 40, 0],
    }),
    content: [
      { text: 'Autoévaluation du système d’information', style: 'h1' },
      { text: name, style: 'subtitle' },
      identity(input),
      summary(input),
      domainTable(input),
      actionSections(input),
      ...(input.extraContent ?? []),
      comments(input),
      methodNote(input),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 10] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
      label: { bold: true },
      th: { bold: true, fillColor: '#e6e6e6' },
      small: { fontSize: 8.5 },
      note: { fontSize: 9, italics: true },
      running: { fontSize: 8, color: '#333333' },
    },
  }
}
