/**
 * The group members' snapshots (scores and action plan) kept for the visit, so that reopening a
 * group does not score its 500 structures again. A snapshot is reused only when everything it was
 * computed from is unchanged: the assessment's answers (the library replaces a list only when one
 * of its answers changes), the assessment record (version, path, targets, last change), the
 * structure (its profile) and the plan edits. A questionnaire version never changes once saved.
 */
import { toRaw } from 'vue'
import type { Answer, Assessment, Structure } from '@/domain/assessment'
import type { StoredPlan } from '@/storage/action-plan'

export interface SnapshotInputs {
  answers: readonly Answer[]
  assessment: Assessment
  structure: Structure | undefined
  plan: StoredPlan | undefined
}

/** A cache of the snapshots of type T (group-members.ts's MemberSnapshot). */
export interface SnapshotCache<T> {
  /** The snapshot computed from these very inputs, if any. */
  find(inputs: SnapshotInputs): T | undefined
  keep(inputs: SnapshotInputs, snapshot: T): void
  clear(): void
}

/** What, besides the answers, a snapshot depends on, as one comparable text (read past the store's proxies: 10× faster). */
function fingerprint(inputs: SnapshotInputs): string {
  const assessment = toRaw(inputs.assessment)
  const structure = inputs.structure && toRaw(inputs.structure)
  const plan = inputs.plan && toRaw(inputs.plan)
  return JSON.stringify([
    assessment.structureId,
    assessment.questionnaireId,
    assessment.questionnaireVersion,
    assessment.path ?? null,
    assessment.targets ?? null,
    assessment.updatedAt,
    structure ?? null,
    plan ?? null,
  ])
}

export function createSnapshotCache<T>(): SnapshotCache<T> {
  const entries = new Map<string, { answers: readonly Answer[]; key: string; snapshot: T }>()
  return {
    find(inputs) {
      const entry = entries.get(inputs.assessment.id)
      return entry && entry.answers === inputs.answers && entry.key === fingerprint(inputs) ? entry.snapshot : undefined
    },
    keep(inputs, snapshot) {
      entries.set(inputs.assessment.id, { answers: inputs.answers, key: fingerprint(inputs), snapshot })
    },
    clear() {
      entries.clear()
    },
  }
}
