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

  it('gives the table beside the chart each requirement with its title, declared level and target', () => {
    // S10 declared 2 with a target raised to 4, S11 declared 3 (default target 3), S12 not declared yet.
    const rows = toAxisRadarData(definition, service, 'securite').rows.slice(0, 3)
    expect(rows).toEqual([
      { code: 'S10', title: 'Appliquer la PGSSI-S', current: 2, target: 4 },
      { code: 'S11', title: 'Identifier et authentifier chaque utilisateur', current: 3, target: 3 },
      { code: 'S12', title: 'Donner des droits d’accès selon le profil', current: null, target: 3 },
    ])
  })
})
