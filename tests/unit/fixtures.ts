/** Small factories shared by unit tests. */
import { readFileSync } from 'node:fs'
import type { Answer } from '@/domain/assessment/assessment'
import type { ActionDefinition, ActionTrigger, QuestionnaireDefinition } from '@/domain/definition/definition'
import type { ActionEdit, CustomAction } from '@/domain/action-plan'

export function loadFixture(name: string): QuestionnaireDefinition {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'),
  ) as QuestionnaireDefinition
}

export function miniDefinition(): QuestionnaireDefinition {
  return loadFixture('exemple-mini')
}

/** Builds an answer map from `{ questionId: value }`, with optional comments. */
export function answersFor(
  values: Record<string, string | null>,
  comments: Record<string, string> = {},
  assessmentId = 'a1',
): Record<string, Answer> {
  const map: Record<string, Answer> = {}
  for (const id of new Set([...Object.keys(values), ...Object.keys(comments)])) {
    map[id] = {
      assessmentId,
      questionId: id,
      value: values[id] ?? null,
      comment: comments[id] ?? '',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
  }
  return map
}

/** A copy of the example definition, changed by `mutate` (the fixture file itself stays as it is). */
export function miniWith(mutate: (definition: QuestionnaireDefinition) => void): QuestionnaireDefinition {
  const copy = structuredClone(miniDefinition())
  mutate(copy)
  return copy
}

/** The example definition with its action catalogue replaced. */
export function miniWithActions(...actions: ActionDefinition[]): QuestionnaireDefinition {
  return miniWith((definition) => {
    definition.actions = actions
  })
}

/** A catalogue action, priority 1 in phase « organisation » unless told otherwise. */
export function catalogueAction(
  id: string,
  triggers: ActionTrigger[],
  overrides: Partial<ActionDefinition> = {},
): ActionDefinition {
  return {
    id,
    title: `Action ${id}`,
    why: 'Parce que.',
    how: 'Comme ceci.',
    phase: 'organisation',
    priority: 1,
    triggers,
    ...overrides,
  }
}

/** An edit of a catalogue action, with default values unless told otherwise. */
export function actionEdit(actionId: string, overrides: Partial<ActionEdit> = {}): ActionEdit {
  return {
    actionId,
    status: 'todo',
    owner: '',
    dueDate: null,
    notes: '',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  }
}

/** An action added by the user, without domain, untouched, unless told otherwise. */
export function customAction(id: string, overrides: Partial<CustomAction> = {}): CustomAction {
  return {
    id,
    title: `Action ajoutée ${id}`,
    why: 'Demande de l’équipe.',
    how: 'En réunion.',
    phase: 'organisation',
    domainId: null,
    status: 'todo',
    owner: '',
    dueDate: null,
    notes: '',
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  }
}

/**
 * The example definition with a profile block: « soins » holds by default for an EHPAD and not for a
 * CHRS; « domicile » holds for a SSIAD and not for an EHPAD or a CHRS; « service-informatique » has no
 * default. secu-comptes requires « soins »; secu-sauvegardes requires « soins » and « domicile ».
 */
export function miniWithProfile(): QuestionnaireDefinition {
  return miniWith((definition) => {
    definition.profile = [
      {
        id: 'soins',
        text: 'La structure a-t-elle une équipe soignante ?',
        help: 'Infirmiers, médecin coordonnateur.',
        trueFor: ['EHPAD', 'SSIAD'],
        falseFor: ['CHRS'],
        reasonWhenFalse: 'structure sans équipe soignante',
      },
      {
        id: 'domicile',
        text: 'La structure intervient-elle au domicile des personnes ?',
        help: 'SSIAD, SAAD…',
        trueFor: ['SSIAD'],
        falseFor: ['EHPAD', 'CHRS'],
        reasonWhenFalse: 'structure sans intervention à domicile',
      },
      {
        id: 'service-informatique',
        text: 'La structure a-t-elle son propre service informatique ?',
        help: 'Une DSI ou des techniciens salariés.',
        trueFor: [],
        falseFor: [],
        reasonWhenFalse: 'structure sans service informatique',
      },
    ]
    const questions = definition.domains.flatMap((domain) => domain.questions)
    const comptes = questions.find((q) => q.id === 'secu-comptes')
    const sauvegardes = questions.find((q) => q.id === 'secu-sauvegardes')
    if (!comptes || !sauvegardes) throw new Error('fixture changed')
    comptes.requiresProfile = ['soins']
    sauvegardes.requiresProfile = ['soins', 'domicile']
  })
}
