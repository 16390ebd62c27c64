/**
 * The sections of a group's synthesis whose length does not grow with the number of structures:
 * statistics, distribution of levels, the most shared weak points and actions, the funding aid.
 * No structure is named here: names belong to the annex.
 */
import type { Content, TableCell } from 'pdfmake/interfaces'
import type { QuestionnaireDefinition } from '@/domain/definition'
import {
  levelDistribution,
  mostSharedActions,
  mostSharedWeakPoints,
  type Consolidation,
  type RuleResult,
  type RuleSet,
} from '@/domain/workshop'
import { formatDecimal } from '@/i18n/fr-numbers'
import { describeRuleResult } from '@/i18n/fr-funding'
import { synthesisMessages as s } from '@/i18n/fr-synthesis'
import { workshopMessages as w } from '@/i18n/fr-workshop'

/** A header cell. */
export function th(text: string): TableCell {
  return { text, style: 'th' }
}

function stat(value: number | null): string {
  return value === null ? '—' : formatDecimal(value)
}

function table(widths: (number | string)[], header: readonly string[], rows: TableCell[][], style = 'small'): Content {
  return {
    table: { headerRows: 1, widths, body: [header.map(th), ...rows] },
    layout: 'lightHorizontalLines',
    style,
  }
}

/** Mean, median, min, max and the number of assessable structures, per domain. */
export function statistics(consolidation: Consolidation, total: number): Content {
  const rows = consolidation.domains.map((d): TableCell[] => [
    { text: d.title },
    { text: stat(d.mean), bold: true },
    { text: stat(d.median) },
    { text: stat(d.min) },
    { text: stat(d.max) },
    { text: s.assessable(d.count, total) },
  ])
  return [
    { text: s.statsTitle, style: 'h2' },
    table(['*', 48, 48, 36, 36, 52], s.statsHeader, rows),
    { text: s.notAssessedNote, style: 'note', margin: [0, 4, 0, 0] },
  ]
}

/** How many structures reach each level of the scale, per domain. */
export function distribution(definition: QuestionnaireDefinition, consolidation: Consolidation): Content {
  const rows = levelDistribution(definition, consolidation)
  const scale = [...definition.scale].sort((a, b) => a.value - b.value)
  const header = ['Domaine', ...scale.map((level) => s.level(level.value, level.label)), s.notAssessedColumn]
  const body = rows.map((row): TableCell[] => [
    { text: row.title },
    ...row.levels.map((level): TableCell => ({ text: String(level.count), alignment: 'center' })),
    { text: String(row.notAssessed), alignment: 'center' },
  ])
  return [
    { text: s.distributionTitle, style: 'h2', pageBreak: 'before' },
    { text: s.distributionNote, style: 'note', margin: [0, 0, 0, 4] },
    table(['*', ...scale.map(() => 70), 40], header, body),
  ]
}

/** The ten questions answered low by the most structures, with counts and share of the group. */
export function weakPoints(
  definition: QuestionnaireDefinition,
  consolidation: Consolidation,
  total: number,
  lowLevel: number,
): Content {
  const titles = new Map(definition.domains.map((d) => [d.id, d.title]))
  const rows = mostSharedWeakPoints(consolidation).map((q): TableCell[] => [
    { text: q.text },
    { text: titles.get(q.domainId) ?? '' },
    { text: String(q.count), alignment: 'center' },
    { text: s.share(q.count, total), alignment: 'center' },
  ])
  return [
    { text: s.weakTitle, style: 'h2' },
    { text: s.weakNote(lowLevel), style: 'note', margin: [0, 0, 0, 4] },
    rows.length ? table(['*', 150, 55, 40], s.weakHeader, rows) : { text: s.noWeak },
  ]
}

/** The ten actions present in the most plans, with counts and share of the group. */
export function sharedActions(
  definition: QuestionnaireDefinition,
  consolidation: Consolidation,
  total: number,
): Content {
  const titles = new Map(definition.domains.map((d) => [d.id, d.title]))
  const rows = mostSharedActions(consolidation).map((a): TableCell[] => [
    { text: a.title },
    { text: a.domainId ? (titles.get(a.domainId) ?? '') : '' },
    { text: a.mutualisable ? s.yes : s.no, alignment: 'center' },
    { text: String(a.count), alignment: 'center' },
    { text: s.share(a.count, total), alignment: 'center' },
  ])
  return [
    { text: s.actionsTitle, style: 'h2', pageBreak: 'before' },
    { text: s.actionsNote, style: 'note', margin: [0, 0, 0, 4] },
    rows.length ? table(['*', 150, 60, 55, 40], s.actionsHeader, rows) : { text: s.noActions },
  ]
}

/**
 * The funding pre-conditions, with the reminder that this is an aid and not the ARS's decision: in
 * the synthesis each rule's result and figures (counts, no names); in the annex, each rule's
 * explanation, which names the structures concerned.
 */
export function funding(ruleSet: RuleSet | undefined, results: readonly RuleResult[], detail = false): Content {
  const rows = results.map((r): TableCell[] => {
    const words = describeRuleResult(r)
    const rule: TableCell = {
      stack: [
        { text: words.title },
        { text: `${w.rulePhase(w.fundingPhase[r.phase] ?? r.phase)}. ${w.ruleSource(r.source)}`, style: 'note' },
      ],
    }
    const status: TableCell = { text: s.ruleStatus[r.status], bold: true }
    return detail
      ? [rule, status, { text: words.explanation }]
      : [rule, status, { text: words.figures.map((f) => `${f.label} : ${f.value}`).join('\n') }]
  })
  if (detail)
    return [
      { text: s.fundingDetailTitle, style: 'h2', pageBreak: 'before' },
      table([170, 80, '*'], s.fundingDetailHeader, rows),
    ]
  return [
    { text: s.fundingTitle, style: 'h2', pageBreak: 'before' },
    { text: s.fundingDisclaimer, bold: true, margin: [0, 0, 0, 4] },
    {
      text: ruleSet ? s.fundingRules(ruleSet.label, ruleSet.year, ruleSet.source) : s.noRuleSet,
      style: 'note',
      margin: [0, 0, 0, 6],
    },
    table([170, 80, '*'], s.fundingHeader, rows),
    { text: s.fundingNamesInAnnex, style: 'note', margin: [0, 4, 0, 0] },
  ]
}
