/**
 * The answers of the open assessment as shown and as durably saved. A change is shown at once and
 * written in the user's order; a value that could not be saved is taken back to the one saved.
 */
import { toRaw, type Ref } from 'vue'
import { answerOf, toAnswerMap, withAnswer, type Answer, type Assessment } from '@/domain/assessment'
import * as repo from '@/storage/repository'
import { useDatabaseStore } from './database'
import { now } from '@/browser/clock'

export interface AnswerWritesOptions {
  assessment: Ref<Assessment | null>
  answers: Ref<Record<string, Answer>>
  readOnly: Readonly<Ref<boolean>>
  /** Queues a write; resolves to true once it is durable. */
  save: (write: () => Promise<void>) => Promise<boolean>
}

export function createAnswerWrites({ assessment, answers, readOnly, save }: AnswerWritesOptions) {
  /** The answers as durably saved, which a failed write puts back on screen. */
  let savedAnswers: Record<string, Answer> = {}

  /** Shows the answers as read from the database (or none), which are then the saved ones. */
  function show(stored: readonly Answer[]): void {
    answers.value = toAnswerMap(stored)
    savedAnswers = toAnswerMap(stored)
  }

  /** Records answers written by another path (a version migration) as saved. */
  function markSaved(written: readonly Answer[]): void {
    savedAnswers = { ...savedAnswers, ...toAnswerMap(written) }
  }

  /**
   * Saves an answer's value or comment; resolves to true once durable. A value that could not be
   * saved is taken back: the answer shown is then the one saved (a comment stays as typed, to be
   * saved with the next change).
   */
  function write(questionId: string, patch: Partial<Pick<Answer, 'value' | 'comment'>>): Promise<boolean> {
    const current = assessment.value
    if (!current || readOnly.value) return Promise.resolve(false)
    const timestamp = now()
    const previous = answerOf(answers.value, questionId)
    const answer: Answer = {
      assessmentId: current.id,
      questionId,
      value: previous?.value ?? null,
      comment: previous?.comment ?? '',
      ...patch,
      updatedAt: timestamp,
    }
    const updated = { ...current, updatedAt: timestamp }
    // The transaction starts now, before the screen updates: IndexedDB runs read-write transactions
    // on the same stores in the order they were created, so the writes keep the user's order.
    const open = useDatabaseStore().openedDb()
    const started = open ? repo.saveAnswer(open, answer, updated) : null
    started?.catch(() => undefined)
    answers.value = withAnswer(answers.value, answer)
    assessment.value = updated
    return save(async () => started ?? repo.saveAnswer(await useDatabaseStore().db(), answer, updated)).then((ok) => {
      if (ok) savedAnswers = withAnswer(savedAnswers, answer)
      else if ('value' in patch && toRaw(answerOf(answers.value, questionId)) === answer) {
        answers.value = withAnswer(answers.value, {
          ...answer,
          value: answerOf(savedAnswers, questionId)?.value ?? null,
        })
      }
      return ok
    })
  }

  return { show, markSaved, write }
}
