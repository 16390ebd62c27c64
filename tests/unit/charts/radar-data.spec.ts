import { describe, expect, it } from 'vitest'
import { toRadarData } from '@/charts/radar-data'
import { computeScores } from '@/domain/assessment/scoring'
import { answersFor, miniDefinition } from '../fixtures'

const definition = miniDefinition()
// gouvernance: (3 × 2 + 2 × 1) / 3 = 2.67; securite: (3 × 3 + 0) / 4 = 2.25
const scores = computeScores(
  definition,
  answersFor({
    'gouv-schema': 'valide',
    'gouv-suivi': 'parfois',
    'secu-sauvegardes': 'testee',
    'secu-comptes': 'partages',
  }),
)

describe('toRadarData', () => {
  it('has one axis per domain, titled, on the scale of the definition', () => {
    const data = toRadarData(definition, { scores, targets: {} })
    expect(data.labels).toEqual(['Gouvernance', 'Sécurité'])
    expect([data.min, data.max]).toEqual([0, 4])
  })

  it('gives the current levels rounded to one decimal, and the targets', () => {
    const data = toRadarData(definition, { scores, targets: { securite: 4 } })
    expect(data.series).toEqual([
      { key: 'current', label: 'Niveau actuel', values: [2.7, 2.3] },
      { key: 'target', label: 'Cible', values: [3, 4] },
    ])
    expect(data.rows[0]).toEqual({
      domainId: 'gouvernance',
      title: 'Gouvernance',
      current: 2.7,
      currentText: '2,7 / 4',
      target: 3,
      previous: null,
      assessable: true,
    })
  })

  it('leaves a domain that is not assessable empty and says so', () => {
    const thin = computeScores(definition, answersFor({ 'gouv-schema': 'ne-sait-pas', 'secu-sauvegardes': 'testee' }))
    const data = toRadarData(definition, { scores: thin, targets: {} })
    expect(data.series[0]?.values).toEqual([null, 3])
    expect(data.rows[0]).toMatchObject({ current: null, currentText: 'non évaluable', assessable: false })
  })

  it('follows the assessable flag even when a score exists', () => {
    const flagged = {
      ...scores,
      domains: scores.domains.map((d) => (d.domainId === 'securite' ? { ...d, assessable: false } : d)),
    }
    const data = toRadarData(definition, { scores: flagged, targets: {} })
    expect(data.series[0]?.values).toEqual([2.7, null])
    expect(data.rows[1]?.currentText).toBe('non évaluable')
  })

  it('adds the previous assessment when given, with its own label or a default one', () => {
    const previous = computeScores(
      definition,
      answersFor({ 'gouv-schema': 'notes', 'secu-sauvegardes': 'ne-sait-pas' }),
    )
    const data = toRadarData(definition, { scores, targets: {}, previous })
    expect(data.series.map((s) => s.key)).toEqual(['current', 'target', 'previous'])
    expect(data.series[2]).toEqual({ key: 'previous', label: 'Évaluation précédente', values: [1, null] })
    expect(data.rows.map((r) => r.previous)).toEqual([1, null])
    const labelled = toRadarData(definition, { scores, targets: {}, previous, previousLabel: 'Évaluation de 2025' })
    expect(labelled.series[2]?.label).toBe('Évaluation de 2025')
  })

  it('has no previous series without a previous assessment', () => {
    expect(toRadarData(definition, { scores, targets: {}, previous: null }).series.map((s) => s.key)).toEqual([
      'current',
      'target',
    ])
  })
})
