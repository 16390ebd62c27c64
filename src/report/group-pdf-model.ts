/**
 * The consolidated PDF of a workshop group, as a pure pdfmake document: a synthesis whose length
 * does not grow with the number of structures (statistics and the group's radar on page 1, the
 * distribution of levels, the most shared weak points and actions, the funding aid), then, when
 * asked, an annex with one line per structure. Labels come already anonymised when asked.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import type { Consolidation, RuleResult, RuleSet } from '@/domain/workshop'
import { formatFrenchDate } from './csv'
import { scoringMessages } from '@/i18n/fr-scoring'
import { synthesisMessages as s } from '@/i18n/fr-synthesis'
import { annex } from './group-pdf-annex'
import { distribution, funding, sharedActions, statistics, weakPoints } from './group-pdf-sections'
import type { GroupReportMember } from './group-csv'

/** A question counts as a weak point when answered at this level or below (the consolidation's default). */
const LOW_LEVEL = 1

export interface GroupReportInput {
  groupName: string
  definition: QuestionnaireDefinition
  members: readonly GroupReportMember[]
  consolidation: Consolidation
  ruleSet: RuleSet | undefined
  funding: readonly RuleResult[]
  /** The group's radar (mean, minimum, maximum per domain), as a JPEG or PNG data URL. */
  radarImage: string | null
  generatedAt: string
  appVersion: string
  /** Adds the annex with one line per structure (names, FINESS, scores). */
  includeAnnex?: boolean
}

function firstPage(input: GroupReportInput): Content {
  const { min, max } = scaleBounds(input.definition)
  const full = input.members.filter((m) => m.scores?.path === 'full').length
  const essential = input.members.filter((m) => m.scores?.path === 'essential').length
  const total = input.members.length
  return [
    { text: s.title, style: 'h1' },
    { text: input.groupName, style: 'subtitle' },
    {
      text: `${s.structures(total)}. ${s.questionnaire(input.definition.title, input.definition.version)} ${s.paths(full, essential, total - full - essential)}`,
    },
    { text: s.declarative, style: 'note', margin: [0, 2, 0, 0] },
    { text: `Scores ${scoringMessages.scaleRange(min, max)}.`, style: 'note', margin: [0, 0, 0, 8] },
    {
      columns: [
        { width: '*', stack: [statistics(input.consolidation, total)] },
        input.radarImage
          ? {
              width: 330,
              stack: [
                { image: input.radarImage, width: 330 },
                { text: s.radarCaption, style: 'note' },
              ],
            }
          : { width: 0, text: '' },
      ],
      columnGap: 16,
    },
  ]
}

/** The consolidated PDF of a group (A4 landscape, so that the annex keeps one column per domain). */
export function buildGroupReport(input: GroupReportInput): TDocumentDefinitions {
  const date = formatFrenchDate(input.generatedAt)
  const total = input.members.length
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 50, 36, 44],
    info: { title: s.docTitle(input.groupName), author: 'CapSI', creator: `CapSI ${input.appVersion}` },
    header: { text: s.running(input.groupName), style: 'running', margin: [36, 22, 36, 0] },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: s.footer(date, input.appVersion), style: 'running' },
        { text: s.page(currentPage, pageCount), alignment: 'right', style: 'running' },
      ],
      margin: [36, 12, 36, 0],
    }),
    content: [
      firstPage(input),
      distribution(input.definition, input.consolidation),
      weakPoints(input.definition, input.consolidation, total, LOW_LEVEL),
      sharedActions(input.definition, input.consolidation, total),
      funding(input.ruleSet, input.funding),
      input.includeAnnex ? [annex(input.definition, input.members), funding(input.ruleSet, input.funding, true)] : [],
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
