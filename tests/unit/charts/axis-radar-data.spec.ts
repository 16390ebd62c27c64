import { describe, expect, it } from 'vitest'
import { toAxisRadarData } from '@/charts/axis-radar-data'
import { convergenceDefinition, DUI_QUALIFICATION, requirementAnswer, serviceFor } from '../conformity-fixtures'

const definition = convergenceDefinition()

describe('toAxisRadarData', () => {
  const service = serviceFor({
    qualification: DUI_QUALIFICATION,
    requirements: {
      S10: requirementAnswer({ level: 2, target: 4 }),
      S11: requirementAnswer({ level: 3 }),
      U16: requirementAnswer({ level: 1 }),
    },
  })

  it('has one spoke per applicable requirement of the axis, by code', () => {
    const data = toAxisRadarData(definition, service, 'securite')
    expect(data.labels).toEqual(['S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'S18', 'S21', 'S22'])
    expect(data.title).toMatch(/^Sécurité/)
    expect(data).toMatchObject({ min: 0, max: 4 })
  })

  it('gives current levels (null when undeclared) and targets (declared, then default)', () => {
    const data = toAxisRadarData(definition, service, 'securite')
    expect(data.current.slice(0, 3)).toEqual([2, 3, null])
    expect(data.target.slice(0, 3)).toEqual([4, 3, 3])
    expect(data.target[data.labels.indexOf('S14')]).toBe(4)
  })

  it('leaves out requirements that do not apply', () => {
    expect(toAxisRadarData(definition, service, 'urbanisation').labels).not.toContain('U16')
  })

  it('gives the table rows the same values as the chart', () => {
    const data = toAxisRadarData(definition, service, 'securite')
    expect(data.rows.map((r) => r.current)).toEqual(data.current)
    expect(data.rows.map((r) => r.target)).toEqual(data.target)
  })
})
