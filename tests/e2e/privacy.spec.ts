import { expect, test } from '@playwright/test'
import { answer, createStructure, reportButton, startAssessment, violations } from './helpers'

test('no screen requests anything outside its origin, and the Content-Security-Policy is never broken', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const origin = new URL(baseURL ?? '').origin
  const outside: string[] = []
  const policyBreaches: string[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) outside.push(request.url())
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyBreaches.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })

  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  const tabs = page.getByRole('navigation', { name: 'Pages de l’évaluation' })
  await page.goto('./')
  await createStructure(page, {
    name: 'SAMSAH Privé',
    finess: '750712184',
    category: 'SAMSAH',
    organisation: 'Association Confiance',
  })
  await startAssessment(page, 'SAMSAH Privé', 'Autodiagnostic de maturité SI de l’ESMS')
  await answer(page, 'gouv-schema-directeur', 'aucun')
  await tabs.getByRole('link', { name: 'Résultats' }).click()
  await expect(page.getByTestId('radar-table')).toBeVisible()
  const pdf = page.waitForEvent('download')
  await reportButton(page).click()
  await pdf
  await tabs.getByRole('link', { name: 'Plan d’action' }).click()
  const csv = page.waitForEvent('download')
  await page.getByRole('button', { name: /Exporter le plan/ }).click()
  await csv

  await nav.getByRole('link', { name: 'Mes structures' }).click()
  await page.getByRole('link', { name: /Grilles de conformité/ }).click()
  // The list of a structure's services is checked for accessibility here; other screens have their own checks.
  await expect(page.getByLabel('Nom du service')).toBeVisible()
  expect(await violations(page)).toEqual([])
  await page.getByLabel('Nom du service').fill('Messagerie MSSanté')
  await page.getByRole('button', { name: 'Créer le service' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grille de conformité : Messagerie MSSanté' })).toBeVisible()

  await nav.getByRole('link', { name: 'Mes données' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  // Served by a web server, the data are not shared with pages opened from files: no such notice.
  await expect(page.getByTestId('opened-from-file')).toHaveCount(0)
  await nav.getByRole('link', { name: 'Atelier' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible()
  await page.getByLabel('Nom du groupe').fill('Grappe Confiance')
  await page.getByRole('checkbox', { name: /SAMSAH Privé/ }).check()
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grappe Confiance' })).toBeVisible()
  await nav.getByRole('link', { name: 'Accessibilité' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeVisible()
  await page.goto('./#/nulle-part')
  await expect(page.getByRole('heading', { level: 1, name: 'Cette page n’existe pas.' })).toBeVisible()

  expect(outside).toEqual([])
  expect(policyBreaches).toEqual([])
})

test('the built page carries the strict Content-Security-Policy: no inline script or style, no eval, no other origin', async ({
  page,
}) => {
  await page.goto('./')
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  )
  for (const name of ['default-src', 'script-src', 'style-src', 'connect-src'])
    expect(directives.get(name), name).toEqual(["'self'"])
  expect(policy).not.toContain('unsafe-eval')
})
