/** Reads and writes of structures, assessments, answers and definition snapshots. */
import type { Answer, Assessment, Structure } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import type { IDBPTransaction } from 'idb'
import { STORES, type CapsiDb, type CapsiSchema, type StoredDefinition } from './db'
import { guard } from './errors'

/**
 * A plain, cloneable copy of JSON-safe data. IndexedDB cannot store reactive proxies; every record
 * the app saves is plain JSON data, so a JSON round trip is both safe and proxy-proof.
 */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function listStructures(db: CapsiDb): Promise<Structure[]> {
  return guard(() => db.getAll(STORES.structures))
}

export function saveStructure(db: CapsiDb, structure: Structure): Promise<void> {
  return guard(async () => {
    await db.put(STORES.structures, plain(structure))
  })
}

export function getStructure(db: CapsiDb, id: string): Promise<Structure | undefined> {
  return guard(() => db.get(STORES.structures, id))
}

export function listAssessments(db: CapsiDb): Promise<Assessment[]> {
  return guard(() => db.getAll(STORES.assessments))
}

export function getAssessment(db: CapsiDb, id: string): Promise<Assessment | undefined> {
  return guard(() => db.get(STORES.assessments, id))
}

export function saveAssessment(db: CapsiDb, assessment: Assessment): Promise<void> {
  return guard(async () => {
    await db.put(STORES.assessments, plain(assessment))
  })
}

/**
 * Applies a change to the assessment as stored, inside one transaction: fields the change does not
 * touch keep their stored value. Resolves with the record saved, or undefined when it was deleted.
 */
export function patchAssessment(
  db: CapsiDb,
  id: string,
  change: (stored: Assessment) => Assessment,
): Promise<Assessment | undefined> {
  return guard(async () => {
    const tx = db.transaction(STORES.assessments, 'readwrite')
    const stored = await tx.store.get(id)
    const updated = stored ? plain(change(stored)) : undefined
    if (updated) await tx.store.put(updated)
    await tx.done
    return updated
  })
}

export function loadAnswers(db: CapsiDb, assessmentId: string): Promise<Answer[]> {
  return guard(() => db.getAllFromIndex(STORES.answers, 'by-assessment', assessmentId))
}

/** Answers read per request: each slice is a short task of the page, however many are saved. */
const ANSWERS_PER_READ = 4000

/** Every saved answer, read in slices of one transaction (the page can draw between them). */
export function listAllAnswers(db: CapsiDb): Promise<Answer[]> {
  return guard(async () => {
    const store = db.transaction(STORES.answers).store
    const all: Answer[] = []
    let after: IDBKeyRange | undefined
    for (;;) {
      const slice = await store.getAll(after, ANSWERS_PER_READ)
      for (const answer of slice) all.push(answer)
      const last = slice[slice.length - 1]
      if (slice.length < ANSWERS_PER_READ || !last) return all
      after = IDBKeyRange.lowerBound([last.assessmentId, last.questionId], true)
    }
  })
}

/**
 * Asks for the commit as soon as the writes are queued, instead of after their success callbacks have
 * run: the database commits while the page is still busy redrawing the change. Browsers without
 * `commit()` commit on their own once the writes are done.
 */
function commitNow(tx: { commit?: () => void }): void {
  if (typeof tx.commit === 'function') tx.commit()
}

/**
 * Saves one answer and the assessment's new change date in a single transaction: the promise
 * resolves only once both are durably written. Only the change date is written on the assessment as
 * stored: the rest of the record a screen holds (targets, path…) may be older than the database's.
 */
export function saveAnswer(db: CapsiDb, answer: Answer, assessment: Assessment): Promise<void> {
  return guard(async () => {
    const tx = db.transaction([STORES.answers, STORES.assessments], 'readwrite', { durability: 'strict' })
    const assessments = tx.objectStore(STORES.assessments)
    const written = Promise.all([
      tx.objectStore(STORES.answers).put(plain(answer)),
      assessments.get(assessment.id).then((stored) => {
        const dated = assessments.put(plain(stored ? { ...stored, updatedAt: assessment.updatedAt } : assessment))
        commitNow(tx)
        return dated
      }),
      tx.done,
    ])
    await written
  })
}

const ASSESSMENT_STORES = [STORES.assessments, STORES.answers, STORES.actionEdits, STORES.customActions] as const
type AssessmentTx = IDBPTransaction<CapsiSchema, (typeof ASSESSMENT_STORES)[number][], 'readwrite'>

/** Deletes, within a transaction, an assessment and everything that belongs to it. */
async function removeAssessment(tx: AssessmentTx, assessmentId: string): Promise<void> {
  for (const name of [STORES.answers, STORES.actionEdits, STORES.customActions] as const) {
    const store = tx.objectStore(name)
    for (const key of await store.index('by-assessment').getAllKeys(assessmentId)) await store.delete(key)
  }
  await tx.objectStore(STORES.assessments).delete(assessmentId)
}

/** Deletes an assessment with its answers and action plan, atomically. */
export function deleteAssessment(db: CapsiDb, assessmentId: string): Promise<void> {
  return guard(async () => {
    const tx = db.transaction([...ASSESSMENT_STORES], 'readwrite')
    await removeAssessment(tx, assessmentId)
    await tx.done
  })
}

/** Deletes a structure with its assessments (answers, action plans) and its services, and takes it out of the workshop groups, atomically. */
export function deleteStructure(db: CapsiDb, structureId: string, deletedAt: string): Promise<void> {
  return guard(async () => {
    const tx = db.transaction([...ASSESSMENT_STORES, STORES.structures, STORES.services, STORES.groups], 'readwrite')
    for (const id of await tx.objectStore(STORES.assessments).index('by-structure').getAllKeys(structureId)) {
      await removeAssessment(tx as unknown as AssessmentTx, id)
    }
    const services = tx.objectStore(STORES.services)
    for (const key of await services.index('by-structure').getAllKeys(structureId)) await services.delete(key)
    // The workshop groups that listed the structure no longer do (the group itself is kept).
    const groups = tx.objectStore(STORES.groups)
    for (const group of await groups.getAll()) {
      if (!group.structureIds.includes(structureId)) continue
      await groups.put({
        ...group,
        structureIds: group.structureIds.filter((id) => id !== structureId),
        updatedAt: deletedAt,
      })
    }
    await tx.objectStore(STORES.structures).delete(structureId)
    await tx.done
  })
}

/** Keeps a copy of a definition version (once), so an assessment can always be re-read with it. */
export function saveDefinition(
  db: CapsiDb,
  definition: QuestionnaireDefinition,
  source: StoredDefinition['source'],
  savedAt: string,
): Promise<void> {
  return guard(async () => {
    const tx = db.transaction(STORES.definitions, 'readwrite')
    const existing = await tx.store.get([definition.id, definition.version])
    if (!existing)
      await tx.store.put({
        id: definition.id,
        version: definition.version,
        source,
        definition: plain(definition),
        savedAt,
      })
    await tx.done
  })
}

export function getDefinition(db: CapsiDb, id: string, version: string): Promise<StoredDefinition | undefined> {
  return guard(() => db.get(STORES.definitions, [id, version]))
}

export function listDefinitions(db: CapsiDb): Promise<StoredDefinition[]> {
  return guard(() => db.getAll(STORES.definitions))
}

/** Deletes one kept definition version (the caller checks that no assessment uses it). */
export function deleteDefinition(db: CapsiDb, id: string, version: string): Promise<void> {
  return guard(async () => {
    await db.delete(STORES.definitions, [id, version])
  })
}

/** What saving an imported definition did: a saved version is never replaced. */
export type ImportedDefinitionOutcome = 'saved' | 'unchanged' | 'conflict'

/**
 * Saves an imported definition unless its id and version are saved already: then nothing is written,
 * and the outcome says whether the saved copy is the same (`unchanged`) or not (`conflict`), as
 * `same` compares them (definition-file.ts's sameDefinition, passed in to keep it out of the first download).
 */
export function saveImportedDefinition(
  db: CapsiDb,
  definition: QuestionnaireDefinition,
  savedAt: string,
  same: (a: QuestionnaireDefinition, b: QuestionnaireDefinition) => boolean,
): Promise<ImportedDefinitionOutcome> {
  return guard(async () => {
    const tx = db.transaction(STORES.definitions, 'readwrite')
    const existing = await tx.store.get([definition.id, definition.version])
    let outcome: ImportedDefinitionOutcome = 'saved'
    if (existing) outcome = same(existing.definition, definition) ? 'unchanged' : 'conflict'
    else
      await tx.store.add({
        id: definition.id,
        version: definition.version,
        source: 'imported',
        definition: plain(definition),
        savedAt,
      })
    await tx.done
    return outcome
  })
}

/** Saves several answers and the assessment in one transaction (e.g. when moving to a new questionnaire version). */
export function saveAnswers(db: CapsiDb, answers: readonly Answer[], assessment: Assessment): Promise<void> {
  return guard(async () => {
    const tx = db.transaction([STORES.answers, STORES.assessments], 'readwrite', { durability: 'strict' })
    const store = tx.objectStore(STORES.answers)
    const written = Promise.all([
      ...answers.map((answer) => store.put(plain(answer))),
      tx.objectStore(STORES.assessments).put(plain(assessment)),
      tx.done,
    ])
    commitNow(tx)
    await written
  })
}
