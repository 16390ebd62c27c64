import { describe, expect, it } from 'vitest'
import { resolveTarget } from '@/domain/assessment/targets'
import { miniDefinition, miniWith } from '../../fixtures'

describe('resolveTarget', () => {
  const definition = miniDefinition()
  const gouvernance = definition.domains[0]!

  it('takes the target chosen by the user first', () => {
    expect(resolveTarget(definition, gouvernance, { gouvernance: 4, securite: 1 })).toBe(4)
  })

  it('falls back to the domain’s own target', () => {
    expect(resolveTarget(definition, gouvernance, { securite: 1 })).toBe(3)
  })

  it('falls back to one below the top of the scale when the domain has no target', () => {
    const bare = miniWith((d) => {
      delete d.domains[0]!.target
    })
    expect(resolveTarget(bare, bare.domains[0]!, {})).toBe(3)
    const short = miniWith((d) => {
      delete d.domains[0]!.target
      d.scale = d.scale.slice(0, 3)
    })
    expect(resolveTarget(short, short.domains[0]!, {})).toBe(1)
  })

  it('ignores a target that is not a number', () => {
    expect(resolveTarget(definition, gouvernance, { gouvernance: Number.NaN })).toBe(3)
  })
})
