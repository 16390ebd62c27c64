/** The annex of a group's synthesis: one line per structure, the only place where structures are named. */
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { synthesisMessages as s } from '@/i18n/fr-synthesis'
import { th } from './group-pdf-sections'
import { pathText, scoreText, type GroupReportMember } from './group-csv'

/** Light horizontal lines with narrow gaps between cells, so that a name and every domain fit across the page. */
const NARROW_LINES: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 ? 0 : i === node.table.headerRows ? 1 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? 'black' : '#aaaaaa'),
  paddingLeft: (i) => (i === 0 ? 0 : 3),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : 3),
}

/**
 * One line per structure (name, FINESS, OG, category, path, score per domain), domains as D1, D2… with a
 * legend; a row never splits across two pages.
 */
export function annex(definition: QuestionnaireDefinition, members: readonly GroupReportMember[]): Content {
  const codes = definition.domains.map((_, index) => s.domainCode(index))
  const header = [...s.annexHeader, ...codes].map(th)
  const rows = members.map((m): TableCell[] => [
    { text: m.label },
    { text: m.finess },
    { text: m.organisation },
    { text: m.category },
    { text: m.scores ? pathText(m.scores) : s.noAssessment },
    ...definition.domains.map((d): TableCell => ({
      text: m.scores ? scoreText(m.scores, d.id) : '',
      alignment: 'center',
    })),
  ])
  return [
    { text: s.annexTitle, style: 'h2', pageBreak: 'before' },
    { text: s.annexNote, style: 'note' },
    {
      ul: definition.domains.map((d, index) => s.annexLegend(codes[index] ?? '', d.title)),
      style: 'note',
      margin: [0, 2, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 46, 100, 60, 68, ...codes.map(() => 22)],
        body: [header, ...rows],
      },
      layout: NARROW_LINES,
      style: 'tiny',
    },
  ]
}
