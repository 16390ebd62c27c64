/** The backup file a collectif SI would gather: fifty structures with completed autodiagnostics and their group. */
import { readFileSync } from 'node:fs'
import type { Answer, Assessment, Structure } from '../../src/domain/assessment/assessment'
import { buildBackup, serializeBackup } from '../../src/domain/backup/backup'
import type { QuestionnaireDefinition } from '../../src/domain/definition/definition'
import { luhnValid } from '../../src/domain/assessment/finess'

export const SIZE = 50
const AT = '2026-10-05T09:00:00.000Z'
const CATEGORIES = ['EHPAD', 'IME', 'SSIAD', 'MAS', 'FAM', 'ESAT', 'SESSAD', 'CHRS'] as const
export const PLACES = ['Les Tilleuls', 'Le Verger', 'Val de Lys', 'Les Peupliers', 'La Source']

export function nameOf(i: number): string {
  return `${CATEGORIES[i % CATEGORIES.length] ?? 'EHPAD'} ${PLACES[i % PLACES.length] ?? ''} ${i + 1}`
}

/** A valid FINESS number for the n-th structure (the last digit makes the Luhn key right). */
export function finess(n: number): string {
  const stem = String(59_000_000 + n * 37).padStart(8, '0')
  for (let key = 0; key < 10; key++) if (luhnValid(`${stem}${key}`)) return `${stem}${key}`
  throw new Error('no FINESS key')
}

/**
 * The file a collectif SI would gather: fifty structures, each with a completed autodiagnostic whose
 * levels differ from one structure to the next, and a workshop group of all of them.
 */
export function collectifFile(): string {
  const definition = JSON.parse(
    readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
  ) as QuestionnaireDefinition
  const structures: Structure[] = []
  const assessments: Assessment[] = []
  const answers: Answer[] = []
  for (let i = 0; i < SIZE; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'EHPAD'
    structures.push({
      id: `s${i}`,
      name: nameOf(i),
      finess: finess(i),
      category,
      capacity: 40 + i,
      organisation: `Association ${['Horizon', 'Avenir', 'Nord Solidarité', 'Les Amis'][i % 4]}`,
      createdAt: AT,
      updatedAt: AT,
    })
    const domainId = definition.domains[0]?.id ?? ''
    assessments.push({
      id: `a${i}`,
      structureId: `s${i}`,
      questionnaireId: definition.id,
      questionnaireVersion: definition.version,
      status: 'completed',
      currentPage: domainId,
      respondents: [],
      createdAt: AT,
      updatedAt: AT,
    })
    definition.domains.forEach((domain, d) =>
      domain.questions.forEach((question, q) => {
        const option = question.options[(i + d + q) % question.options.length]
        answers.push({
          assessmentId: `a${i}`,
          questionId: question.id,
          value: option?.value ?? null,
          comment: '',
          updatedAt: AT,
        })
      }),
    )
  }
  const group = {
    id: 'g-collectif',
    name: 'Collectif SI Hauts-de-France',
    structureIds: structures.map((s) => s.id),
    ruleSetId: 'amorcage-2020-2022',
    usageTargets: {},
    createdAt: AT,
    updatedAt: AT,
  }
  const snapshot = {
    structures,
    assessments,
    answers,
    actionEdits: [],
    customActions: [],
    services: [],
    groups: [group],
    definitions: [definition],
  }
  return serializeBackup(buildBackup(snapshot, 'all', {}, { appVersion: '0.1.0', exportedAt: AT }))
}
