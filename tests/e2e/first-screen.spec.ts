import { expect, test } from '@playwright/test'

// The built page holds the home screen, written at build time from the app's own components, so that
// it shows before the app's code has loaded. These tests hold that code back to see the page alone.
// deep-link.js, built as a hashed file like the app's code, is not the app's code: it is left to arrive.
const DEEP_LINK = /\/assets\/deep-link-[\w-]+\.js$/
const APP_CODE = (url: URL) => /\/assets\/[^/]+\.js$/.test(url.pathname) && !DEEP_LINK.test(url.pathname)

test('the home screen shows before the app has loaded, and takes no input until the app has', async ({ page }) => {
  await page.route(APP_CODE, (route) => route.abort())
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes données' }),
  ).toBeVisible()
  await expect(page.getByLabel('Nom de la structure')).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Créer la structure' })).toBeDisabled()
  // Styled already: the header's own scoped style, written into the built page's style sheet, applies
  // to the written markup (its scope attributes match).
  await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(31, 78, 156)')

  await page.unroute(APP_CODE)
  await page.reload()
  await expect(page.getByLabel('Nom de la structure')).toBeEnabled()
  await page.getByLabel('Nom de la structure').fill('EHPAD Premier Écran')
  await expect(page.getByLabel('Nom de la structure')).toHaveValue('EHPAD Premier Écran')
  // The app has replaced the written copy: one home screen, no trace of the copy.
  await expect(page.locator('[data-prerendered]')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
})

test('opened on another screen, the page never shows the home screen it holds', async ({ page }) => {
  await page.route(APP_CODE, (route) => route.abort())
  await page.goto('./#/donnees')
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeHidden()
  // Nothing was ever drawn: not even for a frame did the home screen show before being hidden.
  await page.waitForLoadState('load')
  const painted = await page.evaluate(async () => {
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)))
    return performance.getEntriesByName('first-contentful-paint').length
  })
  expect(painted).toBe(0)

  await page.unroute(APP_CODE)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toHaveCount(0)
})

test('the style sheet is fetched while deep-link.js holds the page, not after it', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByLabel('Nom de la structure')).toBeEnabled()
  const timings = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => {
      const { name, startTime, responseEnd } = entry as PerformanceResourceTiming
      return { name: new URL(name).pathname, startTime, responseEnd }
    }),
  )
  const deepLink = timings.find((entry) => DEEP_LINK.test(entry.name))
  // The style sheets the page itself names (screens opened later bring their own).
  const built = await (await page.request.get('./')).text()
  const named = [...built.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map((match) => match[1])
  const styleSheets = timings.filter((entry) => named.some((file) => entry.name.endsWith(`/${file}`)))
  expect(deepLink).toBeDefined()
  expect(styleSheets).toHaveLength(named.length)
  expect(named.length).toBeGreaterThan(0)
  // Requested after the script had arrived, a style sheet would cost one more round trip before the
  // first display.
  for (const sheet of styleSheets) expect(sheet.startTime).toBeLessThan(deepLink!.responseEnd)
})
