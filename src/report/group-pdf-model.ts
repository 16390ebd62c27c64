/**
 * The consolidated PDF of a workshop group as a pure pdfmake document: radar image, heat map, table
 * per structure, shared actions and the funding pre-conditions with the aid disclaimer. Labels are
 * given already anonymised when the facilitator asked for it.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces'
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import type { Consolidation, RuleResult, RuleSet } from '@/domain/workshop'
import { formatDecimal } from '@/i18n/fr-numbers'
import { describeRuleResult } from '@/i18n/fr-funding'
import { countOf } from '@/i18n/plural'
import { formatFrenchDate } from './csv'
import { scoringMessages } from '@/i18n/fr-scoring'
import { workshopMessages as w } from '@/i18n/fr-workshop'
import { pathText, scoreText, type GroupReportMember } from './group-csv'

export interface GroupReportInput {
  groupName: string
  definition: QuestionnaireDefinition
  members: readonly GroupReportMember[]
  consolidation: Consolidation
  ruleSet: RuleSet | undefined
  funding: readonly RuleResult[]
  radarImage: string | null
  generatedAt: string
  appVersion: string
}

const STATUS_TEXT: Record<RuleResult['status'], string> = {
  met: 'Respectée',
  'not-met': 'Non respectée',
  'cannot-tell': 'Impossible de conclure',
  'not-applicable': 'Ne s’applique pas',
}

function th(text: string): TableCell {
  return { text, style: 'th' }
}

function stat(value: number | null): string {
  return value === null ? '—' : formatDecimal(value)
}

function heatMap(input: GroupReportInput): Content {
  const { min, max } = scaleBounds(input.definition)
  const header = [th('Structure'), th('Parcours'), ...input.consolidation.domains.map((d) => th(d.title))]
  const rows: TableCell[][] = input.members.map((m) => [
    { text: m.label },
    { text: pathText(m.scores) },
    ...input.definition.domains.map((d) => ({ text: scoreText(m.scores, d.id), alignment: 'center' as const })),
  ])
  const widths = ['*', 'auto' as const, ...input.definition.domains.map(() => 'auto' as const)]
  return [
    { text: 'Carte de chaleur domaine × structure', style: 'h2', pageBreak: 'before' },
    {
      text: `Scores ${scoringMessages.scaleRange(min, max)}. Une structure évaluée sur le parcours essentiel est notée sur ses seules questions clés.`,
      style: 'note',
    },
    { text: '« n.é. » : non évaluable (moins de la moitié des questions applicables ont une réponse).', style: 'note' },
    { table: { headerRows: 1, widths, body: [header, ...rows] }, layout: 'lightHorizontalLines', style: 'tiny' },
  ]
}

function statistics(input: GroupReportInput): Content {
  const header = ['Domaine', 'Moyenne', 'Médiane', 'Min.', 'Max.', 'Évaluables'].map(th)
  const rows: TableCell[][] = input.consolidation.domains.map((d) => [
    { text: d.title },
    { text: stat(d.mean) },
    { text: stat(d.median) },
    { text: stat(d.min) },
    { text: stat(d.max) },
    { text: String(d.count) },
  ])
  return [
    { text: 'Moyenne et dispersion du groupe', style: 'h2' },
    {
      table: { headerRows: 1, widths: ['*', 50, 50, 40, 40, 55], body: [header, ...rows] },
      layout: 'lightHorizontalLines',
      style: 'small',
    },
  ]
}

function perStructure(input: GroupReportInput): Content {
  return [
    { text: 'Tableau par structure', style: 'h2', pageBreak: 'before' },
    ...input.members.map((m): Content => ({
      stack: [
        {
          text: `${m.label} — ${m.category}${m.organisation ? ` — ${m.organisation}` : ''}${m.scores ? ` — ${pathText(m.scores)}` : ''}`,
          bold: true,
          margin: [0, 6, 0, 2],
        },
        m.scores
          ? {
              table: {
                headerRows: 1,
                widths: ['*', 50, 60, 50],
                body: [
                  ['Domaine', 'Score', 'Couverture', 'Je ne sais pas'].map(th),
                  ...input.definition.domains.map((domain) => {
                    const d = m.scores?.domains.find((x) => x.domainId === domain.id)
                    return [
                      { text: domain.title },
                      { text: scoreText(m.scores, domain.id) },
                      { text: d ? `${d.answered} / ${d.applicable}` : '' },
                      { text: d ? String(d.unknown) : '' },
                    ]
                  }),
                ],
              },
              layout: 'lightHorizontalLines',
              style: 'small',
            }
          : { text: 'Pas d’évaluation de maturité.', italics: true },
      ],
      unbreakable: true,
    })),
  ]
}

function sharedActions(input: GroupReportInput): Content {
  const labels = new Map(input.members.map((m) => [m.structureId, m.label]))
  const rows: TableCell[][] = input.consolidation.sharedActions.map((a) => [
    { text: a.title },
    { text: a.mutualisable ? 'oui' : 'non' },
    { text: String(a.count) },
    { text: a.structureIds.map((id) => labels.get(id) ?? '').join(', ') },
  ])
  return [
    { text: 'Actions partagées', style: 'h2', pageBreak: 'before' },
    rows.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 60, 40, 150],
            body: [['Action', 'Mutualisable', 'Nb', 'Structures'].map(th), ...rows],
          },
          layout: 'lightHorizontalLines',
          style: 'small',
        }
      : { text: 'Aucune action commune à au moins deux structures.' },
  ]
}

function funding(input: GroupReportInput): Content {
  const set = input.ruleSet
  const rows: TableCell[][] = input.funding
    .map((r) => [r, describeRuleResult(r)] as const)
    .map(([r, words]) => [
      {
        stack: [
          { text: words.title },
          { text: `${w.rulePhase(w.fundingPhase[r.phase] ?? r.phase)}. ${w.ruleSource(r.source)}`, style: 'note' },
        ],
      },
      { text: STATUS_TEXT[r.status], bold: true },
      { text: words.figures.map((f) => `${f.label} : ${f.value}`).join('\n') },
      { text: words.explanation },
    ])
  return [
    { text: 'Pré-conditions de financement ESMS numérique', style: 'h2', pageBreak: 'before' },
    {
      text: 'Une aide, pas une décision : cette vérification prépare le dossier à partir des données saisies ; ce n’est pas la décision de l’ARS ni de la CNSA.',
      bold: true,
      margin: [0, 0, 0, 4],
    },
    {
      text: set ? `Règles vérifiées : ${set.label} (${set.year}) — ${set.source}.` : 'Aucun ensemble de règles choisi.',
      style: 'note',
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        widths: [110, 60, 120, '*'],
        body: [['Règle', 'Résultat', 'Chiffres', 'Explication'].map(th), ...rows],
      },
      layout: 'lightHorizontalLines',
      style: 'small',
    },
  ]
}

/** The consolidated PDF of a group (A4 landscape so that the heat map keeps one column per domain). */
export function buildGroupReport(input: GroupReportInput): TDocumentDefinitions {
  const date = formatFrenchDate(input.generatedAt)
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 50, 36, 44],
    info: {
      title: `CapSI — synthèse consolidée — ${input.groupName}`,
      author: 'CapSI',
      creator: `CapSI ${input.appVersion}`,
    },
    header: { text: `Synthèse consolidée — ${input.groupName}`, style: 'running', margin: [36, 22, 36, 0] },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: `Produit le ${date} à partir d’autoévaluations (CapSI ${input.appVersion})`, style: 'running' },
        { text: `page ${currentPage} / ${pageCount}`, alignment: 'right', style: 'running' },
      ],
      margin: [36, 12, 36, 0],
    }),
    content: [
      { text: 'Synthèse consolidée du groupe', style: 'h1' },
      { text: input.groupName, style: 'subtitle' },
      {
        text: `${countOf(input.members.length, 'structure')}. Questionnaire : ${input.definition.title}, version ${input.definition.version}.`,
      },
      { text: 'Résultats d’autoévaluations déclaratives, pas d’audits.', style: 'note', margin: [0, 2, 0, 8] },
      input.radarImage
        ? { image: input.radarImage, width: 480, alignment: 'center' }
        : { text: 'Plus de 8 structures : la carte de chaleur remplace le radar.', style: 'note' },
      heatMap(input),
      statistics(input),
      perStructure(input),
      sharedActions(input),
      funding(input),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 8] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
      th: { bold: true, fillColor: '#e6e6e6' },
      small: { fontSize: 8.5 },
      tiny: { fontSize: 7.5 },
      note: { fontSize: 9, italics: true },
      running: { fontSize: 8, color: '#333333' },
    },
  }
}
