/** Small factories for conformity-grid tests. */
import { readFileSync } from 'node:fs'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import type { RequirementAnswer, ServiceRecord } from '@/domain/conformity'

export function convergenceDefinition(): QuestionnaireDefinition {
  return JSON.parse(
    readFileSync(new URL('../../questionnaires/grille-conformite-convergence.json', import.meta.url), 'utf8'),
  ) as QuestionnaireDefinition
}

export function requirementAnswer(overrides: Partial<RequirementAnswer> = {}): RequirementAnswer {
  return {
    level: null,
    target: null,
    targetDate: null,
    justification: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }
}

export function serviceFor(overrides: Partial<ServiceRecord> = {}): ServiceRecord {
  return {
    id: 'svc1',
    structureId: 's1',
    questionnaireId: 'grille-conformite-convergence',
    questionnaireVersion: '1.0.0',
    name: 'DUI Horizon',
    responsible: 'Claire Martin',
    description: '',
    provider: 'Éditeur Exemple',
    product: 'Horizon DUI',
    productVersion: '5.2',
    startedOn: '2026-01-15',
    qualification: {},
    requirements: {},
    securityNeeds: {},
    history: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }
}

/** A DUI that handles health data and is hosted outside the structure. */
export const DUI_QUALIFICATION = {
  'type-service': 'dui',
  fonctions: ['donnees-sante', 'heberge-externe'],
  perimetre: 'une-structure',
}
