/** CapSI on a plain-HTTP intranet server (`http://capsi.intranet:<port>/`): a page that is not a secure context. */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import {
  answer,
  checkedValue,
  createStructure,
  downloadPdf,
  exportPlanCsv,
  question,
  startAssessment,
  violations,
} from './helpers'
import { launchPlainHttp, PLAIN_HTTP_HOST } from './plain-http'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'

test('on plain HTTP, a structure is created, answers survive a reload, and the PDF, the CSV and the backup are exported', async () => {
  test.setTimeout(120_000)
  const { browser, context, baseURL } = await launchPlainHttp()
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, origin: location.origin }))).toEqual({
      secure: false,
      origin: baseURL.replace(/\/$/, ''),
    })
    expect(new URL(baseURL).hostname).toBe(PLAIN_HTTP_HOST)

    await createStructure(page, { name: 'IME Intranet', finess: '750712184', category: 'IME' })
    await expect(page.getByRole('alert')).toHaveText('')
    await startAssessment(page, 'IME Intranet', QUESTIONNAIRE)
    await answer(page, 'gouv-schema-directeur', 'aucun')
    await answer(page, 'gouv-budget-si', 'ne-sait-pas')
    await page.reload()
    await expect(question(page, 'gouv-schema-directeur')).toBeVisible()
    expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('aucun')
    expect(await checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')

    await page
      .getByRole('navigation', { name: 'Pages de l’évaluation' })
      .getByRole('link', { name: 'Résultats' })
      .click()
    await expect(page.getByTestId('radar-table')).toBeVisible()
    const { text } = await downloadPdf(page)
    expect(text).toContain('IME Intranet')
    expect(text).toContain('Gouvernance et stratégie SI')
    expect(await exportPlanCsv(page)).toContain('Rédiger un schéma directeur SI court et le faire valider')

    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mes données' })
      .click()
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Exporter toutes mes données' }).click()
    const backup = JSON.parse(readFileSync((await (await downloading).path()) ?? '', 'utf8')) as {
      format: string
      data: { structures: { name: string }[]; answers: { questionId: string; value: string }[] }
    }
    expect(backup.format).toBe('capsi-backup')
    expect(backup.data.structures.map((s) => s.name)).toEqual(['IME Intranet'])
    expect(backup.data.answers.map((a) => [a.questionId, a.value]).sort()).toEqual([
      ['gouv-budget-si', 'ne-sait-pas'],
      ['gouv-schema-directeur', 'aucun'],
    ])
    expect(errors).toEqual([])
  } finally {
    await browser.close()
  }
})

test('on plain HTTP, « Mes données » says that offline use, installation and persistent storage need HTTPS, and none is attempted', async () => {
  const { browser, context } = await launchPlainHttp()
  try {
    const page = await context.newPage()
    await page.goto('./#/donnees')
    await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
    const offline = page.getByTestId('offline-status')
    await expect(offline).toContainText('Servez CapSI en HTTPS pour l’utiliser hors ligne')
    await expect(offline).toContainText('l’installer comme application')
    const persistence = page.getByTestId('persisted')
    await expect(persistence).toContainText(
      'Servez CapSI en HTTPS pour que le navigateur conserve vos données durablement',
    )
    await expect(persistence).toContainText('exportez régulièrement vos données')
    await expect(page.getByRole('button', { name: 'Demander la conservation durable' })).toHaveCount(0)
    await expect(page.getByText('Ce navigateur n’indique pas l’espace utilisé')).toHaveCount(0)
    await expect(page.getByTestId('storage-space')).toContainText('une adresse en « http:// »')
    expect(await violations(page)).toEqual([])

    // The browser gives a page that is not a secure context no service worker, no storage manager.
    expect(
      await page.evaluate(() => ({ worker: 'serviceWorker' in navigator, storage: 'storage' in navigator })),
    ).toEqual({ worker: false, storage: false })
    expect(context.serviceWorkers()).toEqual([])
    // Nor does it offer to install it as an app.
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors.map((e) => e.errorId)).toContain('not-from-secure-origin')
    // Without the network the page cannot be opened again: nothing keeps it for offline use.
    await context.setOffline(true)
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
    await context.setOffline(false)
  } finally {
    await browser.close()
  }
})
