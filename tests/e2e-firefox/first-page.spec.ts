/** The assessment's first page, answered in Firefox ESR while the survey engine is held back, then the survey. */
import type { HTTPRequest } from 'puppeteer-core'
import { answer, checkedValue, createStructure, expect, question, role, startAssessment, test } from './helpers'

const ENGINE = /\/assets\/QuestionnaireSurvey-[\w-]+\.js$/

test('the first page is answered with the keyboard before the survey engine arrives; the survey keeps the answers and the focus', async ({
  firefox,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const page = await firefox.browser.newPage()
  const held: HTTPRequest[] = []
  let holding = true
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    if (holding && ENGINE.test(request.url())) held.push(request)
    else void request.continue()
  })
  await page.goto(baseURL ?? '')
  await createStructure(page, { name: 'EHPAD Les Tilleuls', finess: '750712184', category: 'EHPAD' })
  await startAssessment(page, 'EHPAD Les Tilleuls')
  // Drawn without the engine (held back): the first page, no « Suivant » yet.
  expect(held).toHaveLength(1)
  expect(await page.$('.capsi-first-page')).not.toBeNull()
  expect(await page.$('.sd-navigation__next-btn')).toBeNull()

  await answer(page, 'gouv-schema-directeur', 'en-redaction')
  await page.focus(`${question('gouv-budget-si')} input[type="radio"]`)
  await page.keyboard.press(' ')
  await page.keyboard.press('ArrowDown')
  const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).value)
  await expect.poll(() => checkedValue(page, 'gouv-budget-si')).toBe(focused)

  holding = false
  for (const request of held) await request.continue()
  await role(page, 'button', 'Suivant').wait()
  expect(await page.$('.capsi-first-page')).toBeNull()
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('en-redaction')
  expect(await checkedValue(page, 'gouv-budget-si')).toBe(focused)
  await expect
    .poll(() =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement
        return `${active.closest('[data-name]')?.getAttribute('data-name')} ${active.value}`
      }),
    )
    .toBe(`gouv-budget-si ${focused}`)
})
