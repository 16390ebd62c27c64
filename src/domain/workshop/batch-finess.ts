/**
 * FINESS numbers met in a batch import: a number with a wrong check key, a number two files of the
 * batch give to different structures, or one that a structure already saved here holds. A warning
 * only: the file is imported all the same.
 */
import type { Structure } from '../assessment/assessment'
import { checkFiness, type FinessProblem } from '../assessment/finess'

export type FinessWarning =
  | { kind: 'invalid'; structure: string; finess: string; problem: FinessProblem }
  | { kind: 'unverified'; structure: string; finess: string }
  | { kind: 'batch'; structure: string; finess: string; otherFile: string; otherStructure: string }
  | { kind: 'library'; structure: string; finess: string; otherStructure: string }

interface Holder {
  structureId: string
  name: string
  /** The batch file it came from; undefined for a structure saved before the batch. */
  fileName?: string
}

/** The FINESS numbers held so far: by the saved structures, then by each file of the batch. */
export type FinessRegister = Map<string, Holder[]>

const keyOf = (finess: string): string => finess.replace(/\s+/g, '').toUpperCase()

/** The register of the structures saved before the batch. */
export function finessRegister(saved: readonly Structure[]): FinessRegister {
  const register: FinessRegister = new Map()
  for (const s of saved) {
    const key = keyOf(s.finess)
    if (key) register.set(key, [...(register.get(key) ?? []), { structureId: s.id, name: s.name }])
  }
  return register
}

/** The warnings of one file's structures, then records them in the register for the next files. */
export function checkBatchFiness(
  register: FinessRegister,
  fileName: string,
  structures: readonly Structure[],
): FinessWarning[] {
  const warnings: FinessWarning[] = []
  for (const s of structures) {
    const key = keyOf(s.finess)
    if (!key) continue
    const check = checkFiness(s.finess)
    if (check.status === 'invalid')
      warnings.push({ kind: 'invalid', structure: s.name, finess: key, problem: check.problem })
    else if (check.status === 'unverified') warnings.push({ kind: 'unverified', structure: s.name, finess: key })
    const holders = register.get(key) ?? []
    for (const other of holders) {
      if (other.structureId === s.id) continue
      warnings.push(
        other.fileName === undefined
          ? { kind: 'library', structure: s.name, finess: key, otherStructure: other.name }
          : { kind: 'batch', structure: s.name, finess: key, otherFile: other.fileName, otherStructure: other.name },
      )
    }
    if (!holders.some((h) => h.structureId === s.id && h.fileName === fileName))
      register.set(key, [...holders, { structureId: s.id, name: s.name, fileName }])
  }
  return warnings
}
