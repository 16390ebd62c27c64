/** The conformity section of the PDF summary, per service: axes, requirements below target, security needs. */
import { describe, expect, it } from 'vitest'
import { requirementsFor } from '@/domain/conformity'
import { buildConformityContent } from '@/report/conformity-pdf'
import { convergenceDefinition, DUI_QUALIFICATION, requirementAnswer, serviceFor } from '../conformity-fixtures'
import { headings, pdfTexts, rowStartingWith } from './pdf-texts'

const definition = convergenceDefinition()
const TODAY = '2026-06-01'

// On the Sécurité axis of a DUI hosted outside with health data, 11 requirements apply. Declared:
// S10 at 2 (target 4, due 31 March: late), S11 at 3 (target 3), S14 at 4 (target 4).
const service = serviceFor({
  qualification: DUI_QUALIFICATION,
  requirements: {
    S10: requirementAnswer({ level: 2, target: 4, targetDate: '2026-03-31' }),
    S11: requirementAnswer({ level: 3 }),
    S14: requirementAnswer({ level: 4 }),
  },
  securityNeeds: { confidentialite: { level: 3, justification: 'Dossiers de protection de l’enfance', updatedAt: '' } },
})

function sectionFor(anonymised = false, record = service) {
  return buildConformityContent([{ service: record, definition, axisImages: {} }], { anonymised, today: TODAY })
}

describe('buildConformityContent', () => {
  it('opens each service on a new page with its product, responsible person, start date and grid version', () => {
    const content = sectionFor()
    expect(headings(content)).toEqual(['Grille de conformité : DUI Horizon'])
    expect(pdfTexts(content)).toContain(
      `Éditeur Exemple — Horizon DUI — 5.2. Responsable : Claire Martin. Démarche engagée le 15/01/2026. Grille « ${definition.title} », version ${definition.version}.`,
    )
  })

  it('sums up the Sécurité axis: 11 applicable, 3 declared, mean level 3,0, 2 of 11 at target (18 %)', () => {
    expect(rowStartingWith(sectionFor(), 'Sécurité')).toEqual(['Sécurité', '11', '3', '3,0', '18 %'])
  })

  it('lists a requirement below its target with the level declared and a late target date, and not those at target', () => {
    const content = sectionFor()
    expect(rowStartingWith(content, 'S10')).toEqual([
      'S10',
      'Appliquer la PGSSI-S',
      '2 — Partiel',
      '4',
      '31/03/2026 (en retard)',
    ])
    expect(rowStartingWith(content, 'S12')).toEqual([
      'S12',
      'Donner des droits d’accès selon le profil',
      'non renseigné',
      '3',
      'non fixée',
    ])
    expect(rowStartingWith(content, 'S11')).toBeUndefined()
    expect(rowStartingWith(content, 'S14')).toBeUndefined()
  })

  it('says when every applicable requirement reaches its target', () => {
    const all = requirementsFor(definition, DUI_QUALIFICATION).map((r) => [r.code, requirementAnswer({ level: 4 })])
    const content = sectionFor(false, { ...service, requirements: Object.fromEntries(all) })
    expect(pdfTexts(content)).toContain('Toutes les exigences applicables atteignent leur cible.')
  })

  it('gives the security needs with their level and justification', () => {
    expect(rowStartingWith(sectionFor(), 'Confidentialité')).toEqual([
      'Confidentialité',
      'Très fort',
      'Dossiers de protection de l’enfance',
    ])
    expect(rowStartingWith(sectionFor(), 'Disponibilité')?.[1]).toBe('non renseigné')
  })

  it('leaves out the responsible person in the anonymised copy', () => {
    expect(pdfTexts(sectionFor(true)).filter((text) => text.includes('Claire Martin'))).toEqual([])
  })

  it('adds nothing for a structure without a declared service', () => {
    expect(buildConformityContent([], { anonymised: false, today: TODAY })).toEqual([])
  })
})
