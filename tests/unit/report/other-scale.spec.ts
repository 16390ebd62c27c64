/**
 * A regional questionnaire scored 0 to 3 runs through every place that shows a score: nothing may
 * write the top of the scale as 4 or cut values at 4.
 */
import { describe, expect, it } from 'vitest'
import type { Assessment, Structure } from '@/domain/assessment/assessment'
import { computeScores } from '@/domain/assessment/scoring'
import { describeSummary } from '@/i18n/fr-results'
import { formatLevel } from '@/i18n/fr-numbers'
import { compareStructures } from '@/domain/workshop/consolidation'
import { toRadarData } from '@/charts/radar-data'
import { toHeatMapData } from '@/charts/heat-map'
import { toGroupRadarData } from '@/charts/group-radar'
import { buildReport } from '@/report/pdf-model'
import { buildGroupCsv } from '@/report/group-csv'
import { buildGroupReport } from '@/report/group-pdf-model'
import { answersFor, miniWith } from '../fixtures'

/** The example questionnaire on a four-step scale, 0 (Absent) to 3 (Maîtrisé). */
const definition = miniWith((d) => {
  d.scale = [
    { value: 0, label: 'Absent', description: 'Rien.' },
    { value: 1, label: 'Partiel', description: 'Un peu.' },
    { value: 2, label: 'En place', description: 'En place.' },
    { value: 3, label: 'Maîtrisé', description: 'Maîtrisé et suivi.' },
  ]
  for (const domain of d.domains) {
    domain.target = 2
    for (const q of domain.questions) for (const o of q.options) o.level = Math.min(o.level, 3)
  }
})

// gouvernance: gouv-schema 3 (weight 2) and gouv-suivi 3 (« annuel », weight 1) → 3; sécurité: 3 (weight 3) and 2 (weight 1) → 2,75
const answers = answersFor({
  'gouv-schema': 'suivi',
  'gouv-suivi': 'annuel',
  'secu-sauvegardes': 'reguliere',
  'secu-comptes': 'mixte',
})
const scores = computeScores(definition, answers)

const structure: Structure = {
  id: 's1',
  name: 'Foyer Les Sources',
  finess: '750000000',
  category: 'Foyer de vie',
  capacity: 40,
  organisation: 'Association',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}
const assessment: Assessment = {
  id: 'a1',
  structureId: 's1',
  questionnaireId: definition.id,
  questionnaireVersion: definition.version,
  status: 'completed',
  currentPage: null,
  respondents: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
}

/** Every string of a pdfmake document (texts, table cells, lists, header), flattened. */
function pdfTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  if (Array.isArray(node)) return node.flatMap(pdfTexts)
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'image' || typeof value === 'function' ? [] : pdfTexts(value),
    )
  return []
}

/** The top of another scale written by hand: « / 4 », « sur 4 (… %) », « de 0 à 4 ». */
const FOUR = /\/ ?4\b|\bsur 4 \(|\bà 4\b/

describe('a questionnaire scored 0 to 3', () => {
  it('scores and writes levels out of 3 in the results', () => {
    expect(scores.score).toBeCloseTo((3 * 2 + 2.75 * 3) / 5)
    expect(scores.domains.find((d) => d.domainId === 'gouvernance')?.percent).toBe(100)
    expect(formatLevel(definition, 2.75)).toBe('2,8 / 3')
    expect(describeSummary(definition, scores)).toBe(
      'Domaine le plus avancé : Gouvernance (3,0 / 3). Domaine le plus en retrait : Sécurité (2,8 / 3).',
    )
  })

  it('draws the results radar from 0 to 3 and reads its values out of 3', () => {
    const radar = toRadarData(definition, { scores, targets: {} })
    expect([radar.min, radar.max]).toEqual([0, 3])
    expect(radar.rows.map((r) => r.currentText)).toEqual(['3,0 / 3', '2,8 / 3'])
  })

  it('writes « / 3 » and never 4 in the PDF summary', () => {
    const doc = buildReport({
      structure,
      assessment,
      definition,
      scores,
      answers,
      plan: [],
      targets: {},
      radarImage: null,
      generatedAt: '2026-01-03T00:00:00.000Z',
      appVersion: '0.0.0',
      options: { includeComments: false, includeNotes: false, anonymised: false },
    })
    const texts = pdfTexts(doc.content)
    expect(texts).toContain('3,0 / 3')
    expect(texts).toContain('2,8 / 3')
    expect(texts.some((text) => text.includes('sur 3 ('))).toBe(true)
    expect(texts.some((text) => text.includes('de 0 (Absent) à 3 (Maîtrisé)'))).toBe(true)
    expect(texts.filter((text) => FOUR.test(text))).toEqual([])
  })

  const consolidation = compareStructures(definition, [
    { structureId: 's1', label: 'Foyer Les Sources', scores, plan: [] },
    {
      structureId: 's2',
      label: 'Foyer Le Moulin',
      scores: computeScores(
        definition,
        answersFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' }),
      ),
      plan: [],
    },
  ])

  it('shades the heat map on the 0–3 scale: 3 is the darkest shade, 0 the lightest', () => {
    const heat = toHeatMapData(definition, consolidation, [
      { structureId: 's1', path: 'full' },
      { structureId: 's2', path: 'full' },
    ])
    expect([heat.min, heat.max]).toEqual([0, 3])
    expect(heat.rows[0]?.cells.map((c) => [c.text, c.shade])).toEqual([
      ['3,0', 4],
      ['2,8', 3],
    ])
    expect(heat.rows[1]?.cells.map((c) => [c.text, c.shade])).toEqual([
      ['0,0', 0],
      ['0,0', 0],
    ])
  })

  it('draws the group radar from 0 to 3', () => {
    const radar = toGroupRadarData(
      definition,
      consolidation,
      new Map([
        ['s1', 'A'],
        ['s2', 'B'],
      ]),
    )
    expect([radar.min, radar.max]).toEqual([0, 3])
  })

  it('gives the 0–3 scale in the consolidated CSV and PDF, never 4', () => {
    const members = [
      {
        structureId: 's1',
        label: 'Foyer Les Sources',
        finess: '',
        organisation: 'Association',
        category: 'Foyer de vie',
        scores,
      },
      {
        structureId: 's2',
        label: 'Foyer Le Moulin',
        finess: '',
        organisation: 'Association',
        category: 'Foyer de vie',
        scores: null,
      },
    ]
    const csv = buildGroupCsv(definition, members, consolidation)
    expect(csv).toContain(
      '"Structure";"Foyer Les Sources";"";"Association";"Foyer de vie";"parcours complet";"Sécurité";"2,8";"0 à 3";"100 %";"0"',
    )
    expect(csv).not.toMatch(/à 4|\/ ?4/)
    const doc = buildGroupReport({
      groupName: 'Grappe',
      definition,
      members,
      consolidation,
      ruleSet: undefined,
      funding: [],
      radarImage: null,
      generatedAt: '2026-01-03T00:00:00.000Z',
      appVersion: '0.0.0',
    })
    const texts = pdfTexts(doc.content)
    expect(texts.some((text) => text.startsWith('Scores de 0 à 3.'))).toBe(true)
    expect(texts.filter((text) => FOUR.test(text))).toEqual([])
  })
})
