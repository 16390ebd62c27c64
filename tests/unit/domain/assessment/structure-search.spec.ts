import { describe, expect, it } from 'vitest'
import type { Structure } from '@/domain/assessment/assessment'
import { structureSearch } from '@/domain/assessment/structure'

type Searched = Pick<Structure, 'name' | 'finess' | 'category' | 'organisation'>

const tilleuls: Searched = {
  name: 'EHPAD Les Tilleuls',
  finess: '590350013',
  category: 'EHPAD',
  organisation: 'Association Horizon Nord',
}
const verger: Searched = {
  name: 'Foyer d’hébergement Le Verger',
  finess: '690380027',
  category: 'Foyer d’hébergement',
  organisation: '',
}

describe('structureSearch', () => {
  it.each([
    ['nothing typed', '', tilleuls, true],
    ['only spaces typed', '   ', tilleuls, true],
    ['the name', 'tilleuls', tilleuls, true],
    ['the start of the FINESS number', '5903', tilleuls, true],
    ['the category', 'ehpad', tilleuls, true],
    ['the managing organisation', 'horizon', tilleuls, true],
    ['another structure’s organisation', 'horizon', verger, false],
    ['upper case without accents', 'HEBERGEMENT', verger, true],
    ['a straight apostrophe for a typographic one', "foyer d'hébergement", verger, true],
    ['a stray accent', 'Tilléuls', tilleuls, true],
    ['every word, in any order', 'nord ehpad', tilleuls, true],
    ['one word that does not match', 'nord verger', tilleuls, false],
  ] as const)('%s: « %s »', (_case, query, structure, expected) => {
    expect(structureSearch(query)(structure)).toBe(expected)
  })
})
