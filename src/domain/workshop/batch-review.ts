/**
 * The review of a batch before anything is written: what a file would do under either policy, the
 * policy each file is imported with (the batch's, or the one chosen for that file), and which files
 * need the facilitator's eye. Planning a file against the index is shared by the review and the
 * write, so that both say the same thing of the same data.
 */
import type { BackupFile } from '../backup/backup'
import { conflictsOf, type ImportPlan } from '../backup/import-plan'
import { planImport } from '../backup/merge'
import { applyResolutions, type ImportWrites } from '../backup/resolve'
import {
  batchOutcome,
  batchResolutions,
  existingFor,
  type BatchIndex,
  type BatchOutcome,
  type BatchPolicy,
} from './batch-import'

export const BATCH_POLICIES: readonly BatchPolicy[] = ['newest', 'keep-mine']

/** A file planned against the index under a policy: the plan, what it would write, and what that amounts to. */
export interface PlannedFile {
  plan: ImportPlan
  writes: ImportWrites
  outcome: BatchOutcome
  /** Answers the file would add or change. */
  answers: number
  /** Records changed both here and in the file. */
  conflicts: number
}

/** Plans one file against the index (which holds the earlier files of the batch) under a policy. */
export function planFile(
  index: BatchIndex,
  file: BackupFile,
  policy: BatchPolicy,
  options: { newId: () => string },
): PlannedFile {
  const plan = planImport(file, existingFor(index, file))
  const writes = applyResolutions(plan, batchResolutions(plan, policy), options)
  return { plan, writes, ...batchOutcome(plan, writes), conflicts: conflictsOf(plan).length }
}

/** What a file would do under each policy, as the review shows it. */
export type FileOutcomes = Record<BatchPolicy, { outcome: BatchOutcome; answers: number }>

/** The outcome of an already planned file under each policy (the plan is the same; only the resolutions differ). */
export function outcomesOf(plan: ImportPlan, options: { newId: () => string }): FileOutcomes {
  const under = (policy: BatchPolicy) =>
    batchOutcome(plan, applyResolutions(plan, batchResolutions(plan, policy), options))
  return { newest: under('newest'), 'keep-mine': under('keep-mine') }
}

/** The policy a file is imported with: the one chosen for it, else the batch's. */
export function policyOf(batch: BatchPolicy, override: BatchPolicy | undefined): BatchPolicy {
  return override ?? batch
}

/** What the review says of a file: its outcome under its policy, or refused. */
export type ReviewStatus = BatchOutcome | 'refused'

/** A file as the review knows it: refused, or read with its outcomes and warnings. */
export interface ReviewedFile {
  refused: boolean
  conflicts: number
  outcomes: FileOutcomes | null
  finess: readonly unknown[]
}

/** What the review shows for a file under its policy. */
export function reviewStatus(file: ReviewedFile, policy: BatchPolicy): ReviewStatus {
  if (file.refused || !file.outcomes) return 'refused'
  return file.outcomes[policy].outcome
}

/** Whether a file is shown in every case: a choice to make (conflicts), a refusal, or a FINESS to check. */
export function needsAttention(file: ReviewedFile): boolean {
  return file.refused || file.conflicts > 0 || file.finess.length > 0
}

/** The counts of the review by status, each file under its own policy. */
export function reviewCounts(
  files: readonly ReviewedFile[],
  policies: (position: number) => BatchPolicy,
): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { new: 0, updated: 0, identical: 0, kept: 0, refused: 0 }
  files.forEach((file, position) => counts[reviewStatus(file, policies(position))]++)
  return counts
}
