/**
 * Workshop groups and their consolidated data (members read by group-members.ts), compared by the
 * domain. One tab edits a group at a time; each change is a patch applied to the stored group.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import rulesFile from '../../rules/esms-numerique.json'
import type { Assessment } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import {
  compareStructures,
  anonymisedLabels,
  type Consolidation,
  validateGroupInput,
  type Group,
  type GroupInput,
  type GroupValidation,
  checkFundingRules,
  parseRuleCatalogue,
  type RuleCatalogue,
  type UsageEntry,
} from '@/domain/workshop'
import { compareVersions } from '@/domain/definition'
import * as groupRepo from '@/storage/groups'
import * as planRepo from '@/storage/action-plan'
import { definitionResolver, readMembers, snapshotWith, type GroupMember, type MemberSnapshot } from './group-members'
import { createSnapshotCache } from './member-snapshots'
import { useDatabaseStore } from './database'
import { useLibraryStore } from './library'
import { useQuestionnairesStore } from './questionnaires'
import { newId, now } from '@/browser/clock'
import { createEditLock } from '@/editing/edit-lock'
import { announceSave } from '@/browser/tab-lock'
export type { GroupMember }

const parsedRules = parseRuleCatalogue(rulesFile)
/** The funding rule sets shipped with the app (an empty catalogue if the file were unreadable). */
export const RULE_CATALOGUE: RuleCatalogue = parsedRules.ok
  ? parsedRules.catalogue
  : { socleQuestions: [], socleReachedLevel: 3, usageIndicators: [], ruleSets: [] }

export const useGroupsStore = defineStore('groups', () => {
  const groups = ref<Group[]>([])
  const loaded = ref(false)
  const openId = ref<string | null>(null)
  const members = shallowRef<GroupMember[]>([])
  const definition = shallowRef<QuestionnaireDefinition | null>(null)
  const anonymised = ref(false)
  const lock = createEditLock('group', { reload })
  /** Members' scores and plans kept for the visit: a reopened group scores only what changed. */
  const snapshots = createSnapshotCache<MemberSnapshot>()
  const { readOnly, takenElsewhere, takingOver, takeOver } = lock

  /** Shows the group as stored (another tab saved it, or this one takes the editing over). */
  async function reload(id: string): Promise<void> {
    const found = await useDatabaseStore().run((db) => groupRepo.getGroup(db, id))
    if (found)
      groups.value = [...groups.value.filter((g) => g.id !== id), found].sort((a, b) =>
        a.name.localeCompare(b.name, 'fr'),
      )
  }

  async function load(): Promise<void> {
    const list = await useDatabaseStore().run((db) => groupRepo.listGroups(db))
    if (list) groups.value = list.sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    loaded.value = true
  }

  function byId(id: string): Group | undefined {
    return groups.value.find((g) => g.id === id)
  }

  async function persist(group: Group): Promise<boolean> {
    const ok = await useDatabaseStore().run(async (db) => {
      await groupRepo.saveGroup(db, group)
      return true
    })
    if (ok)
      groups.value = [...groups.value.filter((g) => g.id !== group.id), group].sort((a, b) =>
        a.name.localeCompare(b.name, 'fr'),
      )
    return ok === true
  }

  async function createGroup(input: GroupInput): Promise<GroupValidation & { id?: string }> {
    const validation = validateGroupInput(
      input,
      RULE_CATALOGUE.ruleSets.map((s) => s.id),
    )
    if (!validation.ok) return validation
    const timestamp = now()
    const group: Group = {
      id: newId(),
      ...validation.value,
      structureIds: [...validation.value.structureIds],
      usageTargets: {},
      createdAt: timestamp,
      updatedAt: timestamp,
    }
    return (await persist(group)) ? { ...validation, id: group.id } : validation
  }

  /**
   * Applies a change to a group: on screen at once, and in the database to the group as stored, so
   * that what this screen shows stale is never written back. The open group changes only in the tab that edits it.
   */
  async function change(id: string, mutate: (group: Group) => Group): Promise<boolean> {
    const group = byId(id)
    if (!group || (openId.value === id && readOnly.value)) return false
    const timestamp = now()
    const shown = { ...mutate(group), updatedAt: timestamp }
    groups.value = groups.value.map((g) => (g.id === id ? shown : g))
    const saved = await useDatabaseStore().run((db) =>
      groupRepo.patchGroup(db, id, (stored) => ({ ...mutate(stored), updatedAt: timestamp })),
    )
    if (saved) announceSave(lock.lockName(id))
    return saved !== undefined
  }

  function updateGroup(
    id: string,
    patch: Partial<Pick<Group, 'name' | 'structureIds' | 'ruleSetId'>>,
  ): Promise<boolean> {
    return change(id, (group) => ({ ...group, ...patch }))
  }

  /** Saves one typed figure (target or observed value) of a usage indicator, leaving the other as stored. */
  function setUsage(id: string, indicatorId: string, field: keyof UsageEntry, value: number | null): Promise<boolean> {
    return change(id, (group) => {
      const entry: UsageEntry = group.usageTargets[indicatorId] ?? { target: null, observed: null }
      return { ...group, usageTargets: { ...group.usageTargets, [indicatorId]: { ...entry, [field]: value } } }
    })
  }

  async function deleteGroup(id: string): Promise<boolean> {
    const ok = await useDatabaseStore().run(async (db) => {
      await groupRepo.deleteGroup(db, id)
      return true
    })
    if (ok) groups.value = groups.value.filter((g) => g.id !== id)
    return ok === true
  }

  /** Scores and plans one assessment with its own questionnaire version, its targets and its plan edits. */
  async function snapshotOf(assessment: Assessment): Promise<MemberSnapshot | null> {
    const plans = await useDatabaseStore().run((db) => planRepo.loadPlans(db, [assessment.id]))
    return snapshotWith(assessment, plans?.get(assessment.id), definitionResolver())
  }

  /** Opens a group: loads the library and computes each member's latest assessment of the group's main questionnaire. */
  async function open(id: string): Promise<void> {
    const library = useLibraryStore()
    await Promise.all([
      library.loaded ? Promise.resolve() : library.load(),
      useQuestionnairesStore().load(),
      loaded.value ? Promise.resolve() : load(),
    ])
    openId.value = id
    await lock.acquire(id)
    if (openId.value !== id) return
    const group = byId(id)
    const found = group ? await readMembers(group, snapshots) : []
    if (openId.value !== id) return
    const newest = found
      .flatMap((m) => (m.snapshot ? [m.snapshot.definition] : []))
      .sort((a, b) => compareVersions(b.version, a.version))[0]
    definition.value = newest ?? null
    members.value = found
  }

  /** Lets the open group go (the user left it): another tab may edit it. */
  function close(): void {
    lock.release()
    openId.value = null
  }

  /** Members with the labels shown: real names, or « Structure A »… and « OG 1 »… when anonymised. */
  const shownMembers = computed<GroupMember[]>(() => {
    if (!anonymised.value) return members.value
    const labels = anonymisedLabels(members.value.length)
    const organisations = new Map<string, string>()
    return members.value.map((m, i) => {
      const key = m.structure.organisation.trim().toLocaleLowerCase('fr')
      if (key && !organisations.has(key)) organisations.set(key, `OG ${organisations.size + 1}`)
      return { ...m, label: labels[i] ?? '', organisationLabel: key ? (organisations.get(key) ?? '') : '' }
    })
  })

  const consolidation = computed<Consolidation | null>(() => {
    const def = definition.value
    if (!def) return null
    const entries = shownMembers.value.flatMap((m) =>
      m.snapshot
        ? [{ structureId: m.structure.id, label: m.label, scores: m.snapshot.scores, plan: m.snapshot.plan }]
        : [],
    )
    return compareStructures(def, entries)
  })

  const openGroup = computed(() => (openId.value ? byId(openId.value) : undefined))

  const ruleSet = computed(
    () => RULE_CATALOGUE.ruleSets.find((s) => s.id === openGroup.value?.ruleSetId) ?? RULE_CATALOGUE.ruleSets[0],
  )

  const funding = computed(() => {
    const set = ruleSet.value
    const group = openGroup.value
    if (!set || !group) return []
    // The rules read facts from the answers, whichever path each assessment was scored on.
    const grappe = {
      members: shownMembers.value.map((m) => ({
        structureId: m.structure.id,
        label: m.label,
        finess: m.structure.finess,
        organisation: m.structure.organisation,
        category: m.structure.category,
        scores: m.snapshot?.fundingScores ?? null,
      })),
      usage: group.usageTargets,
    }
    return checkFundingRules(set, grappe, RULE_CATALOGUE)
  })

  return {
    groups,
    loaded,
    openId,
    members,
    shownMembers,
    definition,
    anonymised,
    consolidation,
    openGroup,
    ruleSet,
    funding,
    readOnly,
    takenElsewhere,
    takingOver,
    takeOver,
    load,
    byId,
    createGroup,
    updateGroup,
    setUsage,
    deleteGroup,
    open,
    close,
    snapshotOf,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupsStore, import.meta.hot))
