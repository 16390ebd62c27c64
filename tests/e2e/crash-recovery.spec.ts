import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM, checkedValue, createStructure, goToDomain, question, saved, startAssessment } from './helpers'

const RUNS = 8

/** A small deterministic random generator, so that a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Ids of the Chromium processes running with this profile. */
function browserProcesses(profile: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', '--', `user-data-dir=${profile}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
  } catch {
    // pgrep exits non-zero when nothing matches.
    return []
  }
}

/** Kills every Chromium process of this profile at once (SIGKILL), as a crash would; returns how many. */
function killBrowser(profile: string): number {
  const pids = browserProcesses(profile)
  if (pids.length) execFileSync('kill', ['-KILL', ...pids])
  return pids.length
}

async function launch(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, baseURL })
  // Chromium reopens the tabs of a crashed session: close them (one of them would hold the
  // assessment's editing lock) and work in a fresh page with the context's viewport.
  const page = await context.newPage()
  for (const restored of context.pages()) if (restored !== page) await restored.close()
  return { context, page }
}

test('answers whose save was confirmed survive the browser being killed at a random moment', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const profile = mkdtempSync(join(tmpdir(), 'capsi-crash-'))
  // For each question, the values it may hold after a crash: the last confirmed one, plus an
  // unconfirmed later one that may or may not have reached the disk before the kill.
  const confirmed = new Map<string, string>()
  const allowed = new Map<string, Set<string>>()
  const rand = random(20261123)
  try {
    let { context, page } = await launch(profile, baseURL ?? '')
    await page.goto('./')
    await createStructure(page, { name: 'SSIAD Robuste', finess: '750712184', category: 'SSIAD' })
    await startAssessment(page, 'SSIAD Robuste', 'Autodiagnostic de maturité SI de l’ESMS')
    const url = page.url()
    await goToDomain(page, 'Sécurité et protection des données')
    const ids = await page
      .locator('[data-name]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''))

    for (let run = 0; run < RUNS; run++) {
      const steps = 2 + Math.floor(rand() * 5)
      for (let step = 0; step < steps; step++) {
        const id = ids[Math.floor(rand() * ids.length)] ?? ''
        // A different value from the one already chosen, so that every click is a change to save.
        const options = question(page, id).locator('input[type="radio"]:not(:checked)')
        const count = await options.count()
        if (count === 0) continue
        const value = (await options.nth(Math.floor(rand() * count)).getAttribute('value')) ?? ''
        const click = () =>
          question(page, id)
            .locator('label')
            .filter({ has: page.locator(`input[value="${value}"]`) })
            .click()
        // Sometimes wait for the confirmation, sometimes kill the browser right away.
        if (step < steps - 1 || rand() < 0.5) {
          await saved(page, click)
          confirmed.set(id, value)
          allowed.set(id, new Set([value]))
        } else {
          await click()
          allowed.set(id, new Set([...(allowed.get(id) ?? []), value]))
        }
      }
      // The browser really dies: no unload, no clean shutdown of the database.
      expect(killBrowser(profile)).toBeGreaterThan(0)
      await expect.poll(() => browserProcesses(profile).length).toBe(0)
      await context.close().catch(() => undefined)
      ;({ context, page } = await launch(profile, baseURL ?? ''))
      await page.goto(url)
      await goToDomain(page, 'Sécurité et protection des données')
      await expect(question(page, ids[0] ?? '')).toBeVisible()
      for (const [id] of confirmed) {
        const found = (await checkedValue(page, id)) ?? ''
        expect([...(allowed.get(id) ?? [])], `run ${run}, question ${id}`).toContain(found)
        // What is on screen now is what the next run starts from.
        allowed.set(id, new Set([found]))
        confirmed.set(id, found)
      }
    }
    expect(confirmed.size).toBeGreaterThan(3)
    await context.close()
  } finally {
    killBrowser(profile)
    rmSync(profile, { recursive: true, force: true })
  }
})
