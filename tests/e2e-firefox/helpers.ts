/**
 * Shared steps of the Firefox ESR journeys. Debian's `firefox-esr` is driven through WebDriver BiDi by
 * puppeteer-core (Playwright's own Firefox driver does not work with the ESR): each test launches it
 * with a fresh profile, and acts as a person would, through labels, roles and the visible text.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { test as base, expect } from '@playwright/test'
import puppeteer, { type Browser, type Locator, type Page } from 'puppeteer-core'
import { AXE_TAGS } from '../e2e/helpers'
import { fixTypography } from '../../scripts/french-typography.mjs'

export { expect }

export const FIREFOX_ESR = '/usr/bin/firefox-esr'
export const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
/** A host name Firefox resolves to this machine: a plain-HTTP intranet server, not a secure context. */
export const INTRANET_HOST = 'capsi.intranet'

/** A Firefox ESR with its own profile and download folder, both removed on close. */
export interface Firefox {
  browser: Browser
  profile: string
  downloads: string
  close(): Promise<void>
}

/** Launches Firefox ESR, headless, on a fresh profile whose downloads land in a folder of their own. */
export async function launchFirefox(): Promise<Firefox> {
  const root = mkdtempSync(join(tmpdir(), 'capsi-firefox-'))
  const profile = join(root, 'profil')
  const downloads = join(root, 'téléchargements')
  mkdirSync(profile)
  mkdirSync(downloads)
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_ESR,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'intl.locale.requested': 'fr-FR',
      'intl.accept_languages': 'fr-FR, fr',
      // Every download goes to the folder, without a dialog, and no PDF opens in Firefox's viewer.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.open_pdf_attachments_inline': false,
      'pdfjs.disabled': true,
      'network.dns.localDomains': INTRANET_HOST,
    },
  })
  return {
    browser,
    profile,
    downloads,
    async close() {
      await browser.close().catch(() => undefined)
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/** Playwright's test, with a Firefox ESR launched for the test and closed after it. */
export const test = base.extend<{ firefox: Firefox }>({
  firefox: async ({}, use) => {
    const firefox = await launchFirefox()
    await use(firefox)
    await firefox.close()
  },
})

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

/** A plain static web server of `dist/`, as on an intranet; `stop()` cuts it, as a lost network would. */
export async function serveDist(): Promise<{ port: number; stop(): Promise<void> }> {
  const dist = resolve('dist')
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = join(dist, path === '/' ? 'index.html' : path)
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

/**
 * The element with this accessible role and exact accessible name, as Firefox's accessibility tree
 * has it. The role matters: a field's `<label>` has the field's name too.
 */
export function role(page: Page, roleName: string, name: string): Locator<Element> {
  // Names are written with plain spaces; the app's texts have French typography's non-breaking ones.
  return page.locator(`::-p-aria([role="${roleName}"][name="${fixTypography(name)}"])`)
}

/** The label whose text starts with `text` (clicking it checks its box or its radio button). */
export function label(page: Page, text: string): Locator<Element> {
  return page.locator(`::-p-xpath(//label[starts-with(normalize-space(.), "${text}")])`)
}

/** The form control of the label whose text starts with `text`. */
export function labelled(page: Page, text: string): Locator<Element> {
  return page.locator(`::-p-xpath(//*[@id = //label[starts-with(normalize-space(.), "${text}")]/@for])`)
}

/** The text of the first element matching `selector`, or null while there is none. */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, selector)
}

/** The main heading of the screen, once it has one. */
export function heading(page: Page): Promise<string | null> {
  return textOf(page, 'main h1')
}

export function question(id: string): string {
  return `[data-name="${id}"]`
}

export async function checkedValue(page: Page, questionId: string): Promise<string | null> {
  return page.evaluate(
    (s) => document.querySelector<HTMLInputElement>(`${s} input[type="radio"]:checked`)?.value ?? null,
    question(questionId),
  )
}

async function savedCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector('[data-testid="save-status"]')?.getAttribute('data-saved-count') ?? NaN),
  )
}

/** Runs a change and waits until the app confirms it is durably saved (« Enregistré à … »). */
export async function saved(page: Page, change: () => Promise<unknown>): Promise<void> {
  const before = await savedCount(page)
  await change()
  await expect.poll(() => savedCount(page)).toBeGreaterThan(before)
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-pending')),
    )
    .toBe('0')
  await expect.poll(() => textOf(page, '[data-testid="save-status"]')).toMatch(/Enregistré à/)
}

export async function createStructure(
  page: Page,
  fields: { name: string; finess: string; category: string; organisation?: string },
): Promise<void> {
  await role(page, 'textbox', 'Nom de la structure (obligatoire)').fill(fields.name)
  await role(page, 'textbox', 'Numéro FINESS (établissement) (obligatoire)').fill(fields.finess)
  await role(page, 'combobox', 'Catégorie (obligatoire)').fill(fields.category)
  if (fields.organisation) await role(page, 'textbox', 'Organisme gestionnaire').fill(fields.organisation)
  await role(page, 'button', 'Créer la structure').click()
  await expect
    .poll(() =>
      page.evaluate(
        (name) => [...document.querySelectorAll('h2')].some((h) => h.textContent?.trim() === name),
        fields.name,
      ),
    )
    .toBe(true)
}

/** Starts an assessment of the built-in questionnaire for the structure, from the home screen. */
export async function startAssessment(page: Page, structureName: string): Promise<void> {
  await role(page, 'button', `Lancer une évaluation — ${structureName}`).click()
  await expect.poll(() => heading(page)).toContain(`Évaluation : ${QUESTIONNAIRE}`)
  await page.waitForSelector(question('gouv-schema-directeur'))
}

/** Chooses an answer (option value or reserved value) by clicking its label, and waits until it is saved. */
export async function answer(page: Page, questionId: string, value: string): Promise<void> {
  await saved(page, () =>
    page.locator(`${question(questionId)} label:has(input[type="radio"][value="${value}"])`).click(),
  )
}

export async function comment(page: Page, questionId: string, text: string): Promise<void> {
  await saved(page, () => page.locator(`${question(questionId)} textarea`).fill(text))
}

/**
 * Gives the focus to an element with the keyboard, as a person tabbing through the page would (the
 * browser then shows its focus style): from the element before it, with Shift+Tab then Tab.
 */
export async function focusWithKeyboard(page: Page, selector: string): Promise<void> {
  await page.focus(selector)
  await page.keyboard.down('Shift')
  await page.keyboard.press('Tab')
  await page.keyboard.up('Shift')
  await page.keyboard.press('Tab')
  await expect.poll(() => page.$eval(selector, (el) => el === document.activeElement)).toBe(true)
}

/** The outline style of the element matching `selector`, as drawn now. */
export function outlineStyle(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => getComputedStyle(el).outlineStyle)
}

/** Follows a link of a navigation landmark (« Navigation principale », « Pages de l’évaluation »). */
export async function navigate(page: Page, navigation: string, link: string): Promise<void> {
  await page.locator(`nav[aria-label="${navigation}"] ::-p-aria([role="link"][name="${link}"])`).click()
}

/**
 * Runs an action that makes the app download a file, and waits until Firefox has written it whole
 * into the profile's download folder; returns its path and name.
 */
export async function download(
  firefox: Firefox,
  action: () => Promise<unknown>,
): Promise<{ path: string; name: string }> {
  const before = new Set(readdirSync(firefox.downloads))
  await action()
  let name = ''
  await expect
    .poll(
      () => {
        const now = readdirSync(firefox.downloads)
        const added = now.filter((file) => !before.has(file) && !file.endsWith('.part'))
        // Firefox writes into a `.part` file beside the final name, then renames it.
        if (added.length !== 1 || now.some((file) => file.endsWith('.part'))) return false
        name = added[0] ?? ''
        return statSync(join(firefox.downloads, name)).size > 0
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  return { path: join(firefox.downloads, name), name }
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * The rules axe-core finds broken on the page, one line each (rule: elements), with the same rule
 * tags as the Chromium suite. axe is evaluated in the page by the driver, not added as a script,
 * so the page's Content-Security-Policy stays as strict as the app ships it.
 */
export async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
      }
    }
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }, AXE_TAGS)
}
