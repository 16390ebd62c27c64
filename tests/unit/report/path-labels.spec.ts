/** Scores of the essential path say so wherever they are exported: the PDF summary, the consolidated CSV and PDF. */
import { describe, expect, it } from 'vitest'
import type { Assessment, Structure } from '@/domain/assessment/assessment'
import { computeScores } from '@/domain/assessment/scoring'
import { compareStructures } from '@/domain/workshop/consolidation'
import { buildReport } from '@/report/pdf-model'
import { buildGroupCsv } from '@/report/group-csv'
import { buildGroupReport } from '@/report/group-pdf-model'
import { answersFor, miniWith } from '../fixtures'

/** The example questionnaire with a third domain that holds no core question. */
const definition = miniWith((d) => {
  d.domains.push({
    ...structuredClone(d.domains[0]!),
    id: 'usages',
    title: 'Usages',
    questions: [{ ...structuredClone(d.domains[1]!.questions[1]!), id: 'usage-dui' }],
  })
})
const answers = answersFor({ 'gouv-schema': 'valide', 'secu-sauvegardes': 'testee', 'usage-dui': 'partages' })
const essential = computeScores(definition, answers, 'essential')
const full = computeScores(definition, answers, 'full')

const structure: Structure = {
  id: 's1',
  name: 'EHPAD Les Tilleuls',
  finess: '750000000',
  category: 'EHPAD',
  capacity: 80,
  organisation: 'Association',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}
const assessment: Assessment = {
  id: 'a1',
  structureId: 's1',
  questionnaireId: definition.id,
  questionnaireVersion: definition.version,
  status: 'in-progress',
  currentPage: null,
  respondents: [],
  path: 'essential',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
}

function pdfTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  if (Array.isArray(node)) return node.flatMap(pdfTexts)
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'image' || typeof value === 'function' ? [] : pdfTexts(value),
    )
  return []
}

describe('scores of the essential path in the exports', () => {
  it('names the path and its number of questions in the PDF summary, and marks domains without a core question', () => {
    const doc = buildReport({
      structure,
      assessment,
      definition,
      scores: essential,
      answers,
      plan: [],
      targets: {},
      radarImage: null,
      generatedAt: '2026-01-03T00:00:00.000Z',
      appVersion: '0.0.0',
      options: { includeComments: false, includeNotes: false, anonymised: false },
    })
    const texts = pdfTexts(doc.content)
    expect(texts).toContain('Parcours essentiel')
    expect(
      texts.some((t) => t.startsWith('Scores du parcours essentiel, calculés sur ses 2 questions clés seulement')),
    ).toBe(true)
    expect(texts).toContain('Maturité globale (parcours essentiel) : ')
    expect(texts).toContain('Scores par domaine — parcours essentiel')
    expect(texts).toContain('Hors parcours essentiel')
  })

  it('says the full path too, so that no reader has to guess', () => {
    const doc = buildReport({
      structure,
      assessment: { ...assessment, path: 'full' },
      definition,
      scores: full,
      answers,
      plan: [],
      targets: {},
      radarImage: null,
      generatedAt: '2026-01-03T00:00:00.000Z',
      appVersion: '0.0.0',
      options: { includeComments: false, includeNotes: false, anonymised: false },
    })
    const texts = pdfTexts(doc.content)
    expect(texts).toContain('Parcours complet')
    expect(texts).not.toContain('Hors parcours essentiel')
  })

  it('gives each structure’s path on its rows of the consolidated CSV and PDF', () => {
    const members = [
      {
        structureId: 's1',
        label: 'EHPAD Les Tilleuls',
        finess: '330000001',
        organisation: 'Association',
        category: 'EHPAD',
        scores: essential,
      },
      {
        structureId: 's2',
        label: 'IME Le Petit Bois',
        finess: '330000019',
        organisation: 'Association',
        category: 'IME',
        scores: full,
      },
    ]
    const consolidation = compareStructures(
      definition,
      members.map((m) => ({ ...m, plan: [] })),
    )
    const csv = buildGroupCsv(definition, members, consolidation)
    expect(csv).toContain(
      '"Structure";"EHPAD Les Tilleuls";"330000001";"Association";"EHPAD";"parcours essentiel";"Sécurité";"3,0"',
    )
    expect(csv).toContain(
      '"Structure";"IME Le Petit Bois";"330000019";"Association";"IME";"parcours complet";"Sécurité"',
    )
    const texts = pdfTexts(
      buildGroupReport({
        groupName: 'Grappe',
        definition,
        members,
        consolidation,
        ruleSet: undefined,
        funding: [],
        radarImage: null,
        generatedAt: '2026-01-03T00:00:00.000Z',
        appVersion: '0.0.0',
        includeAnnex: true,
      }).content,
    )
    // Page 1 counts the paths; the annex gives each structure's own.
    expect(
      texts.some((t) => /1 évaluée sur le parcours complet\s;\s1 évaluée sur le parcours essentiel\./.test(t)),
    ).toBe(true)
    expect(texts.filter((t) => t === 'parcours essentiel')).toHaveLength(1)
    expect(texts.filter((t) => t === 'parcours complet')).toHaveLength(1)
  })
})
