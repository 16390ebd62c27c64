/**
 * CapSI served over plain HTTP under a host name, as an intranet server does: not a secure context.
 * Debian's Chromium, launched with the project's options, resolves `capsi.intranet` to this machine
 * and opens the app from the end-to-end tests' web server at `http://capsi.intranet:<port>/`.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import { CHROMIUM } from '../../scripts/chromium.mjs'

export const PLAIN_HTTP_HOST = 'capsi.intranet'

export interface PlainHttp {
  browser: Browser
  /** A context whose pages open `./` at the plain-HTTP address; its tabs share their site data. */
  context: BrowserContext
  baseURL: string
}

/** Launches Chromium mapping `capsi.intranet` onto 127.0.0.1, with a fresh context on the plain-HTTP address. Close `browser` when done. */
export async function launchPlainHttp(port = Number(process.env.CAPSI_E2E_PORT ?? 4173)): Promise<PlainHttp> {
  const browser = await chromium.launch({
    ...CHROMIUM,
    args: [...CHROMIUM.args, `--host-resolver-rules=MAP ${PLAIN_HTTP_HOST} 127.0.0.1`],
  })
  const baseURL = `http://${PLAIN_HTTP_HOST}:${port}/`
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
  })
  return { browser, context, baseURL }
}
