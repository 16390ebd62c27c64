/**
 * The changes the conformity store makes to a service record, as plain functions of the record: a
 * new service, one requirement or one security need declared. The store applies each to the record
 * on screen and to the record as stored.
 */
import type { QuestionnaireDefinition } from '@/domain/definition'
import type { RequirementAnswer, SecurityNeedAnswer, ServiceInput, ServiceRecord } from '@/domain/conformity'

/** A service of the structure, declared against the grid's version, with nothing answered yet. */
export function newServiceRecord(
  structureId: string,
  grid: Pick<QuestionnaireDefinition, 'id' | 'version'>,
  input: ServiceInput,
  id: string,
  timestamp: string,
): ServiceRecord {
  return {
    id,
    structureId,
    questionnaireId: grid.id,
    questionnaireVersion: grid.version,
    name: input.name.trim(),
    responsible: input.responsible.trim(),
    description: input.description.trim(),
    provider: input.provider.trim(),
    product: input.product.trim(),
    productVersion: input.productVersion.trim(),
    startedOn: input.startedOn || null,
    qualification: {},
    requirements: {},
    securityNeeds: {},
    history: [],
    createdAt: timestamp,
    updatedAt: timestamp,
  }
}

/** Services in the order of their names, as French sorts them. */
export function sortByName(services: readonly ServiceRecord[]): ServiceRecord[] {
  return [...services].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
}

/** The record with one requirement's answer changed (what the patch leaves out is kept). */
export function withRequirement(
  current: ServiceRecord,
  code: string,
  patch: Partial<Omit<RequirementAnswer, 'updatedAt'>>,
  timestamp: string,
): ServiceRecord {
  const previous = current.requirements[code] ?? {
    level: null,
    target: null,
    targetDate: null,
    justification: '',
    updatedAt: timestamp,
  }
  return {
    ...current,
    requirements: { ...current.requirements, [code]: { ...previous, ...patch, updatedAt: timestamp } },
  }
}

/** The record with one security need's answer changed (what the patch leaves out is kept). */
export function withSecurityNeed(
  current: ServiceRecord,
  needId: string,
  patch: Partial<Omit<SecurityNeedAnswer, 'updatedAt'>>,
  timestamp: string,
): ServiceRecord {
  const previous = current.securityNeeds[needId] ?? { level: null, justification: '', updatedAt: timestamp }
  return {
    ...current,
    securityNeeds: { ...current.securityNeeds, [needId]: { ...previous, ...patch, updatedAt: timestamp } },
  }
}
