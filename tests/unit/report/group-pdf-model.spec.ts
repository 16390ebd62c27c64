/**
 * The consolidated PDF a facilitator hands to an ARS, checked on its document model: a synthesis
 * whose figures are the group's, which names no structure, and an annex, when asked, that names each.
 */
import { describe, expect, it } from 'vitest'
import { computeScores, type AssessmentScore } from '@/domain/assessment/scoring'
import { checkFundingRules, compareStructures, type RuleSet } from '@/domain/workshop'
import { buildGroupReport, type GroupReportInput } from '@/report/group-pdf-model'
import type { GroupReportMember } from '@/report/group-csv'
import { answersFor, miniDefinition } from '../fixtures'
import { headings, pdfTexts, rowStartingWith } from './pdf-texts'

const definition = miniDefinition()

/** Three structures; the governance question answered at levels 3, 1 and 4, backups at 0, 0 and 1. */
const STRUCTURES = [
  { name: 'EHPAD Les Tilleuls', finess: '130000003', schema: 'valide', backups: 'aucune' },
  { name: 'IME Le Petit Bois', finess: '130000003', schema: 'notes', backups: 'aucune' },
  { name: 'SSIAD du Val', finess: '690380027', schema: 'suivi', backups: 'non-testee' },
]

const members: (GroupReportMember & { scores: AssessmentScore })[] = STRUCTURES.map((s, i) => ({
  structureId: `s${i}`,
  label: s.name,
  finess: s.finess,
  organisation: 'Association du Val',
  category: 'EHPAD',
  scores: computeScores(
    definition,
    answersFor({ 'gouv-schema': s.schema, 'secu-sauvegardes': s.backups }, {}, `a${i}`),
    'full',
  ),
}))

/** A rule set of one rule: each structure has its own FINESS number (two share one here). */
const ruleSet: RuleSet = {
  id: 'test',
  label: 'Règles de test',
  phase: 'amorcage',
  year: 2026,
  source: 'test',
  rules: [{ kind: 'finess-present', source: 'test' }],
}

function report(overrides: Partial<GroupReportInput> = {}) {
  const consolidation = compareStructures(
    definition,
    members.map((m) => ({ ...m, plan: [] })),
  )
  const funding = checkFundingRules(
    ruleSet,
    { members: members.map((m) => ({ ...m })), usage: {} },
    { socleQuestions: [], socleReachedLevel: 3, usageIndicators: [] },
  )
  return buildGroupReport({
    groupName: 'Grappe du Val',
    definition,
    members,
    consolidation,
    ruleSet,
    funding,
    radarImage: null,
    generatedAt: '2026-03-01T00:00:00.000Z',
    appVersion: '0.0.0',
    ...overrides,
  }).content
}

describe('the consolidated PDF of a group', () => {
  it('opens on the group’s statistics per domain: mean, median, lowest and highest structure', () => {
    const content = report()
    expect(headings(content).slice(0, 2)).toEqual([
      'Synthèse consolidée du groupe',
      'Moyenne et dispersion par domaine',
    ])
    // Governance at 3, 1 and 4: mean 2,7, median 3, lowest 1, highest 4, all three assessable.
    expect(rowStartingWith(content, 'Gouvernance')).toEqual(['Gouvernance', '2,7', '3,0', '1,0', '4,0', '3 / 3'])
    expect(pdfTexts(content).join(' ')).toContain('3 structures')
  })

  it('names no structure in the synthesis, even where a funding rule fails because of two of them', () => {
    const synthesis = pdfTexts(report({ includeAnnex: false })).join('\n')
    for (const s of STRUCTURES) expect(synthesis).not.toContain(s.name)
    expect(synthesis).toContain('Non respectée')
    expect(synthesis).toContain('nommées dans l’annexe')
  })

  it('with the annex, names each structure once on its own line, and which structures share a FINESS number', () => {
    const content = report({ includeAnnex: true })
    expect(headings(content)).toContain('Annexe — une ligne par structure')
    expect(rowStartingWith(content, 'SSIAD du Val')?.slice(0, 2)).toEqual(['SSIAD du Val', '690380027'])
    const detail = headings(content).indexOf('Pré-conditions de financement\u00a0: structures concernées')
    expect(detail).toBeGreaterThan(headings(content).indexOf('Annexe — une ligne par structure'))
    const finessRow = pdfTexts(content).find((t) => t.includes('130000003') && t.includes('IME Le Petit Bois'))
    expect(finessRow).toContain('EHPAD Les Tilleuls')
    expect(finessRow).not.toContain('SSIAD du Val')
  })
})
