/**
 * Unpacking a zip archive of backup files with fflate, in a worker or on the page alike. The listing
 * is read first, without inflating anything, and the archive's rules (src/domain/backup/archive.ts)
 * decide what is unpacked; then the entries taken are inflated a slice at a time, so that the page,
 * when it does the work itself, gets a turn between slices.
 *
 * fflate inflates an entry into a buffer of the size the archive declares and never past it, so
 * the size limits read from the listing bound the memory used, whatever the archive holds.
 */
import { unzipSync } from 'fflate'
import { planArchive, type ArchiveEntry, type ArchiveProblem, type GatherProblem } from '@/domain/backup'

/** An entry unpacked, or refused alone. */
export type UnpackedEntry =
  { name: string; bytes: Uint8Array } | { name: string; bytes?: undefined; problem: GatherProblem }

export type UnpackResult =
  { ok: true; entries: UnpackedEntry[]; skipped: number } | { ok: false; problem: ArchiveProblem }

/** The longest a slice of inflating runs before `pause` is awaited. */
const SLICE_MS = 40

/** The archive's listing, in the order of its central directory; null if it is no zip archive. */
function listing(data: Uint8Array): ArchiveEntry[] | null {
  const entries: ArchiveEntry[] = []
  try {
    unzipSync(data, {
      filter: (file) => {
        entries.push({ name: file.name, originalSize: file.originalSize })
        return false
      },
    })
  } catch {
    return null
  }
  return entries
}

/** What a slice inflated, the entry found damaged if one was, and the next entry wanted. */
interface Slice {
  inflated: Map<number, Uint8Array>
  damaged: number | null
  next: number
}

/** Inflates the wanted entries in [from, stop), for about SLICE_MS when `timed`, each once. */
function inflate(data: Uint8Array, wanted: ReadonlySet<number>, from: number, stop: number, timed: boolean) {
  const start = performance.now()
  const taken = new Map<number, string>()
  let index = -1
  let last = -1
  const run = (): Record<string, Uint8Array> =>
    unzipSync(data, {
      filter: (file) => {
        index++
        const inTime = !timed || index === from || performance.now() - start < SLICE_MS
        const take = index >= from && index < stop && wanted.has(index) && inTime
        if (take) {
          last = index
          taken.set(index, file.name)
        }
        return take
      },
    })
  const collect = (files: Record<string, Uint8Array>): Map<number, Uint8Array> =>
    new Map([...taken].flatMap(([i, name]) => (files[name] ? [[i, files[name]] as const] : [])))
  try {
    return { inflated: collect(run()), last, failed: false }
  } catch {
    return { inflated: new Map<number, Uint8Array>(), last, failed: true }
  }
}

/**
 * Inflates the entries `wanted` (indexes of the listing) from `from`, a wanted one, for about
 * SLICE_MS. A damaged entry is reported alone: the others of the slice are inflated again without it.
 */
function slice(data: Uint8Array, wanted: ReadonlySet<number>, from: number): Slice {
  const first = inflate(data, wanted, from, Infinity, true)
  if (!first.failed) return { inflated: first.inflated, damaged: null, next: nextWanted(wanted, first.last + 1) }
  // The entry being inflated when it failed was the last one taken: those before it are inflated again.
  const damaged = Math.max(first.last, from)
  const again = damaged > from ? inflate(data, wanted, from, damaged, false) : null
  return { inflated: again?.inflated ?? new Map(), damaged, next: nextWanted(wanted, damaged + 1) }
}

/** The first wanted index at or after `from` (Infinity when none is left). */
function nextWanted(wanted: ReadonlySet<number>, from: number): number {
  let next = Infinity
  for (const i of wanted) if (i >= from && i < next) next = i
  return next
}

/**
 * Unpacks the archive `data`: its .json entries, each named by its path in the archive, or why the
 * archive is refused whole. `pause` is awaited between slices (the page's turn when it unpacks).
 */
export async function unpackArchive(data: Uint8Array, pause?: () => Promise<void>): Promise<UnpackResult> {
  const entries = listing(data)
  if (!entries) return { ok: false, problem: { kind: 'unreadable' } }
  const plan = planArchive(entries)
  if (!plan.ok) return plan
  const nameOf = (i: number): string => entries[i]?.name ?? ''
  const out = new Map<number, UnpackedEntry>(
    plan.refused.map(({ index, problem }) => [index, { name: nameOf(index), problem }]),
  )
  const wanted = new Set(plan.taken)
  for (let from = nextWanted(wanted, 0); from !== Infinity;) {
    const { inflated, damaged, next } = slice(data, wanted, from)
    for (const [i, bytes] of inflated) out.set(i, { name: nameOf(i), bytes })
    if (damaged !== null) out.set(damaged, { name: nameOf(damaged), problem: { kind: 'entry-unreadable' } })
    from = next
    if (pause && from !== Infinity) await pause()
  }
  const entriesOut = [...out].sort(([a], [b]) => a - b).map(([, e]) => e)
  return { ok: true, entries: entriesOut, skipped: plan.skipped }
}
