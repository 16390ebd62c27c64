import { describe, expect, it } from 'vitest'
import type { Structure } from '@/domain/assessment'
import { structureMatches } from '@/domain/structure'

type Searched = Pick<Structure, 'name' | 'finess' | 'category' | 'organisation'>

const tilleuls: Searched = { name: 'EHPAD Les Tilleuls', finess: '590350013', category: 'EHPAD', organisation: 'Association Horizon Nord' }
const verger: Searched = { name: 'Foyer d’hébergement Le Verger', finess: '690380027', category: 'Foyer d’hébergement', organisation: '' }

describe('structureMatches', () => {
  it('keeps every structure when nothing is typed', () => {
    expect(structureMatches(tilleuls, '')).toBe(true)
    expect(structureMatches(tilleuls, '   ')).toBe(true)
  })

  it('finds a structure by name, FINESS number, category or managing organisation', () => {
    expect(structureMatches(tilleuls, 'tilleuls')).toBe(true)
    expect(structureMatches(tilleuls, '5903')).toBe(true)
    expect(structureMatches(tilleuls, 'ehpad')).toBe(true)
    expect(structureMatches(tilleuls, 'horizon')).toBe(true)
    expect(structureMatches(verger, 'horizon')).toBe(false)
  })

  it('ignores case, accents and the kind of apostrophe typed', () => {
    expect(structureMatches(verger, 'HEBERGEMENT')).toBe(true)
    expect(structureMatches(verger, "foyer d'hébergement")).toBe(true)
    expect(structureMatches(tilleuls, 'Tilléuls')).toBe(true)
  })

  it('requires every word typed, in any order', () => {
    expect(structureMatches(tilleuls, 'nord ehpad')).toBe(true)
    expect(structureMatches(tilleuls, 'nord verger')).toBe(false)
  })
})
