/** A small saved database with every kind of record, and helpers to write backup files by hand. */
import { readFileSync } from 'node:fs'
import type { Answer, Assessment, Structure } from '@/domain/assessment/assessment'
import type { ServiceRecord } from '@/domain/conformity'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import type { Group } from '@/domain/workshop/group'
import {
  backupChecksum,
  buildBackup,
  serializeBackup,
  type BackupFile,
  type BackupSnapshot,
  type StoredActionEdit,
  type StoredCustomAction,
} from '@/domain/backup/backup'
import { miniDefinition } from './fixtures'

export const T0 = '2026-01-05T09:00:00.000Z'
export const T1 = '2026-02-10T10:30:00.000Z'
export const T2 = '2026-03-15T16:45:00.000Z'
export const EXPORTED_AT = '2026-03-20T08:00:00.000Z'

export function gridDefinition(): QuestionnaireDefinition {
  return JSON.parse(
    readFileSync(new URL('../../questionnaires/grille-conformite-convergence.json', import.meta.url), 'utf8'),
  ) as QuestionnaireDefinition
}

export function structure(overrides: Partial<Structure> = {}): Structure {
  return {
    id: 's1',
    name: 'EHPAD Les Tilleuls',
    finess: '750712184',
    category: 'EHPAD',
    capacity: 80,
    organisation: 'Association Horizon',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  }
}

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    structureId: 's1',
    questionnaireId: 'exemple-mini',
    questionnaireVersion: '1.0.0',
    status: 'in-progress',
    currentPage: 'gouvernance',
    respondents: [{ name: 'Claire Martin', role: 'Directrice' }],
    createdAt: T0,
    updatedAt: T1,
    ...overrides,
  }
}

export function answer(questionId: string, value: string | null, overrides: Partial<Answer> = {}): Answer {
  return { assessmentId: 'a1', questionId, value, comment: '', updatedAt: T1, ...overrides }
}

export function actionEdit(overrides: Partial<StoredActionEdit> = {}): StoredActionEdit {
  return {
    assessmentId: 'a1',
    actionId: 'act-schema',
    status: 'doing',
    owner: 'Paul Durand',
    dueDate: '2026-06-30',
    notes: 'Voir avec l’OG',
    updatedAt: T1,
    ...overrides,
  }
}

export function customAction(overrides: Partial<StoredCustomAction> = {}): StoredCustomAction {
  return {
    id: 'c1',
    assessmentId: 'a1',
    title: 'Former les équipes de nuit',
    why: 'Peu de pratique',
    how: 'Deux sessions',
    phase: 'deploiement',
    domainId: 'gouvernance',
    status: 'todo',
    owner: '',
    dueDate: null,
    notes: '',
    createdAt: T0,
    updatedAt: T1,
    ...overrides,
  }
}

export function service(overrides: Partial<ServiceRecord> = {}): ServiceRecord {
  return {
    id: 'sv1',
    structureId: 's1',
    questionnaireId: 'grille-conformite-convergence',
    questionnaireVersion: '1.0.0',
    name: 'DUI Soins+',
    responsible: 'Jeanne Roux',
    description: 'Dossier de l’usager',
    provider: 'Éditeur SA',
    product: 'Soins+',
    productVersion: '4.2',
    startedOn: '2026-01-15',
    qualification: { 'type-service': 'dui', fonctions: ['soins', 'planification'] },
    requirements: {
      U10: { level: 2, target: 3, targetDate: '2026-12-31', justification: 'Cartographie en cours', updatedAt: T1 },
      U11: { level: 1, target: null, targetDate: null, justification: '', updatedAt: T0 },
    },
    securityNeeds: { confidentialite: { level: 3, justification: 'Données de santé', updatedAt: T1 } },
    history: [{ takenAt: T0, qualification: { 'type-service': 'dui' }, requirements: {}, securityNeeds: {} }],
    createdAt: T0,
    updatedAt: T1,
    ...overrides,
  }
}

export function group(overrides: Partial<Group> = {}): Group {
  return {
    id: 'g1',
    name: 'Grappe Horizon',
    structureIds: ['s1', 's2'],
    ruleSetId: 'amorcage-2020-2022',
    usageTargets: { 'mssante-messages': { target: 100, observed: 12.5 }, 'dui-actifs': { target: null, observed: 40 } },
    createdAt: T0,
    updatedAt: T1,
    ...overrides,
  }
}

/** Two structures, two assessments with answers, an action edit, a user action, a service, a workshop group. */
export function sampleSnapshot(): BackupSnapshot {
  return {
    structures: [
      structure(),
      structure({
        id: 's2',
        name: 'SSIAD du Val',
        category: 'SSIAD',
        finess: '130000003',
        capacity: null,
        organisation: '',
        profile: { soins: true, 'service-informatique': false },
      }),
    ],
    assessments: [
      assessment(),
      assessment({ id: 'a2', structureId: 's2', path: 'essential', status: 'completed', respondents: [] }),
    ],
    answers: [
      answer('gouv-schema', 'projet', { comment: 'Rédaction avec l’OG en 2027' }),
      answer('secu-sauvegardes', 'ne-sait-pas'),
      answer('gouv-schema', 'valide', { assessmentId: 'a2', updatedAt: T2 }),
    ],
    actionEdits: [actionEdit()],
    customActions: [customAction()],
    services: [service()],
    groups: [group()],
    definitions: [miniDefinition(), gridDefinition()],
  }
}

/** The file of everything in the sample. */
export function sampleFile(snapshot: BackupSnapshot = sampleSnapshot()): BackupFile {
  return buildBackup(snapshot, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT })
}

/** A file's text after changing it, with its checksum recomputed as a consistent (if faulty) exporter would. */
export function resealed(
  mutate: (raw: Record<string, unknown> & { data: Record<string, unknown[]> }) => void,
  file: BackupFile = sampleFile(),
): string {
  const raw = structuredClone(file) as unknown as Record<string, unknown> & { data: Record<string, unknown[]> }
  mutate(raw)
  raw.checksum = backupChecksum(raw.data)
  return JSON.stringify(raw)
}

export function sampleText(): string {
  return serializeBackup(sampleFile())
}
