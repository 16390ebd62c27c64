/**
 * The members of a workshop group with what was found for each: its latest maturity assessment of
 * the group's main questionnaire, scored and planned with the exact version it answered. Reads the
 * library's state, the members' plan edits in one transaction, and each questionnaire version once;
 * the scoring runs in slices (no long task at 500 structures), and a member whose answers,
 * assessment, structure and plan edits are unchanged since the last opening keeps its snapshot.
 */
import {
  pathOf,
  toAnswerMap,
  computeScores,
  resolveProfile,
  type Assessment,
  type AssessmentScore,
  type AssessmentSnapshot,
  type Structure,
} from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { buildActionPlan } from '@/domain/action-plan'
import { latestAssessment, type Group } from '@/domain/workshop'
import * as planRepo from '@/storage/action-plan'
import { sliced } from '@/browser/next-task'
import { useDatabaseStore } from './database'
import type { SnapshotCache } from './member-snapshots'
import { useLibraryStore } from './library'
import { useQuestionnairesStore } from './questionnaires'

export type MemberSnapshot = AssessmentSnapshot & {
  definition: QuestionnaireDefinition
  /** Scores on the full path, without the structure's profile: what the funding rules read. */
  fundingScores: AssessmentScore
}

/** One member of the open group with what was found for it. */
export interface GroupMember {
  structure: Structure
  /** Real name, or « Structure A »… when the page is anonymised. */
  label: string
  /** OG name, or « OG 1 »… when anonymised. */
  organisationLabel: string
  assessment: Assessment | null
  snapshot: MemberSnapshot | null
}

type Resolve = (id: string, version: string) => Promise<QuestionnaireDefinition | undefined>

/** Finds each questionnaire version once, however many assessments answered it. */
export function definitionResolver(): Resolve {
  const questionnaires = useQuestionnairesStore()
  const found = new Map<string, Promise<QuestionnaireDefinition | undefined>>()
  return (id, version) => {
    const key = `${id}\u0000${version}`
    let definition = found.get(key)
    if (!definition) {
      definition = questionnaires.resolve(id, version)
      found.set(key, definition)
    }
    return definition
  }
}

/** Most frequent value of a list (first seen wins a tie). */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value
  return best
}

/** Scores and plans one assessment with the questionnaire version it answered, its targets and its plan edits. */
function computeSnapshot(
  def: QuestionnaireDefinition,
  assessment: Assessment,
  plan: planRepo.StoredPlan | undefined,
): MemberSnapshot {
  const library = useLibraryStore()
  const answers = toAnswerMap(library.answersOf(assessment.id))
  const profile = resolveProfile(def, library.structuresById.get(assessment.structureId) ?? null)
  const edits = Object.fromEntries((plan?.edits ?? []).map((e) => [e.actionId, e]))
  return {
    definition: def,
    answers,
    scores: computeScores(def, answers, pathOf(assessment), profile),
    fundingScores: computeScores(def, answers, 'full'),
    plan: buildActionPlan(def, answers, {
      targets: assessment.targets ?? {},
      edits,
      custom: plan?.custom ?? [],
      profile,
    }),
  }
}

/** Scores and plans one assessment with its own questionnaire version, its targets and its plan edits. */
export async function snapshotWith(
  assessment: Assessment,
  plan: planRepo.StoredPlan | undefined,
  resolve: Resolve,
): Promise<MemberSnapshot | null> {
  const def = await resolve(assessment.questionnaireId, assessment.questionnaireVersion)
  return def && def.kind === 'maturity' ? computeSnapshot(def, assessment, plan) : null
}

/** The group's members, in the group's order, each with its latest assessment of the main questionnaire. */
export async function readMembers(group: Group, cache?: SnapshotCache<MemberSnapshot>): Promise<GroupMember[]> {
  const library = useLibraryStore()
  const structures = group.structureIds.flatMap((sid) => {
    const structure = library.structuresById.get(sid)
    return structure ? [structure] : []
  })
  const latestOf = (structureId: string, questionnaireId?: string): Assessment | null =>
    latestAssessment(
      library.assessmentsOf(structureId),
      structureId,
      questionnaireId ? (a) => a.questionnaireId === questionnaireId : undefined,
    ) ?? null
  const mainId = mostFrequent(structures.flatMap((s) => latestOf(s.id)?.questionnaireId ?? []))
  const chosen = structures.map((structure) => ({
    structure,
    assessment: mainId ? latestOf(structure.id, mainId) : null,
  }))
  const assessed = chosen.flatMap((c) => (c.assessment ? [c.assessment] : []))
  const plans =
    (await useDatabaseStore().run((db) =>
      planRepo.loadPlans(
        db,
        assessed.map((a) => a.id),
      ),
    )) ?? new Map<string, planRepo.StoredPlan>()
  // Each questionnaire version once, before the scoring runs in slices.
  const resolve = definitionResolver()
  const definitions = new Map<string, QuestionnaireDefinition | undefined>()
  for (const a of assessed) {
    const key = `${a.questionnaireId}\u0000${a.questionnaireVersion}`
    if (!definitions.has(key)) definitions.set(key, await resolve(a.questionnaireId, a.questionnaireVersion))
  }
  const snapshotOf = (assessment: Assessment): MemberSnapshot | null => {
    const def = definitions.get(`${assessment.questionnaireId}\u0000${assessment.questionnaireVersion}`)
    if (!def || def.kind !== 'maturity') return null
    const plan = plans.get(assessment.id)
    const inputs = {
      answers: library.answersOf(assessment.id),
      assessment,
      structure: library.structuresById.get(assessment.structureId),
      plan,
    }
    const kept = cache?.find(inputs)
    if (kept) return kept
    const snapshot = computeSnapshot(def, assessment, plan)
    cache?.keep(inputs, snapshot)
    return snapshot
  }
  return sliced(chosen, ({ structure, assessment }) => ({
    structure,
    label: structure.name,
    organisationLabel: structure.organisation,
    assessment,
    snapshot: assessment ? snapshotOf(assessment) : null,
  }))
}
