/** Small factories shared by unit tests. */
import { readFileSync } from 'node:fs'
import type { Answer } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'

export function loadFixture(name: string): QuestionnaireDefinition {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as QuestionnaireDefinition
}

export function miniDefinition(): QuestionnaireDefinition {
  return loadFixture('exemple-mini')
}

/** Builds an answer map from `{ questionId: value }`, with optional comments. */
export function answersFor(values: Record<string, string | null>, comments: Record<string, string> = {}, assessmentId = 'a1'): Record<string, Answer> {
  const map: Record<string, Answer> = {}
  for (const id of new Set([...Object.keys(values), ...Object.keys(comments)])) {
    map[id] = { assessmentId, questionId: id, value: values[id] ?? null, comment: comments[id] ?? '', updatedAt: '2026-01-01T00:00:00.000Z' }
  }
  return map
}
