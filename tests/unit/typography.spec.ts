import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findTypographyIssues, fixTypography, textsOf, typographyFiles } from '../../scripts/french-typography.mjs'

const NBSP = '\u00a0'

describe('French typography of what users read', () => {
  it('asks for a non-breaking space before « : ; ? ! » and inside « »', () => {
    expect(findTypographyIssues('Score global : 3')).toHaveLength(1)
    expect(findTypographyIssues('Score global: 3')).toHaveLength(1)
    expect(findTypographyIssues('Voulez-vous continuer ?')).toHaveLength(1)
    expect(findTypographyIssues('Le bouton « Modifier ici »')).toHaveLength(2)
    expect(findTypographyIssues(`Score global${NBSP}: 3${NBSP}; fin${NBSP}!`)).toEqual([])
    expect(findTypographyIssues(`Le bouton «${NBSP}Modifier ici${NBSP}»`)).toEqual([])
  })

  it('leaves addresses, times and code alone', () => {
    expect(findTypographyIssues('https://exemple.fr et 10:30')).toEqual([])
    expect(findTypographyIssues(`l’adresse commence par «${NBSP}file:${NBSP}»`)).toEqual([])
  })

  it('mends a string without touching anything else', () => {
    expect(fixTypography('Score : 3 ; « oui » ? Non!')).toBe(
      `Score${NBSP}: 3${NBSP}; «${NBSP}oui${NBSP}»${NBSP}? Non${NBSP}!`,
    )
  })

  for (const path of typographyFiles()) {
    const name = path.slice(
      path.indexOf(path.includes('/src/') ? 'src/' : path.includes('/rules/') ? 'rules/' : 'questionnaires/'),
    )
    it(`has no missing non-breaking space in ${name}`, () => {
      const issues = textsOf(path, readFileSync(path, 'utf8')).flatMap((item) => findTypographyIssues(item.text))
      expect(issues).toEqual([])
    })
  }
})
