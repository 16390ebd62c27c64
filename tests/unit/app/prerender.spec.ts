import { describe, expect, it } from 'vitest'
import { renderHome } from '@/app/prerender'
import { readFileSync } from 'node:fs'
import {
  compactDeepLinkScript,
  DEEP_LINK_PLACEHOLDER,
  DEEP_LINK_SOURCE_TAG,
  fetchStyleSheetsFirst,
  holdDeepLinkPlace,
  injectPrerendered,
  placeDeepLinkScript,
  toPrerenderedMarkup,
  withoutLoadFailureNotice,
} from '@/app/prerender-markup'

const PAGE = '<!doctype html><html lang="fr"><head><title>CapSI</title></head><body><div id="app"></div></body></html>'

describe('home screen written into index.html at build time', () => {
  it('renders the home screen as the app first draws it: heading, navigation and the structure form', async () => {
    const html = await renderHome()
    // The heading carries its view's scope attribute (HomeView's scoped style).
    expect(html).toMatch(/<h1 data-v-[0-9a-f]+>Mes structures<\/h1>/)
    expect(html).toContain('aria-label="Navigation principale"')
    expect(html).toContain('for="field-finess"')
    expect(html).toContain('Créer la structure')
    // No data is read at build time: no structure is listed, and no "empty" message is shown before the read.
    expect(html).not.toContain('data-testid="structure-card"')
    expect(html).not.toContain('Aucune structure pour le moment.')
  })

  it('disables every form control so that nothing is typed or clicked before the app takes over', async () => {
    const markup = toPrerenderedMarkup(await renderHome())
    const controls = markup.match(/<(input|select|textarea|button)\b[^>]*>/g) ?? []
    expect(controls.length).toBeGreaterThan(5)
    for (const control of controls) expect(control).toMatch(/^<\w+ disabled[\s>]/)
    expect(markup).not.toContain('<!--')
    // Links stay usable: they are plain hash links.
    expect(markup).toContain('href="#/donnees"')
  })

  it('puts the markup into the app container, marked as written at build time', () => {
    const page = injectPrerendered(PAGE, '<main><h1>Mes structures</h1><button type="submit">Créer</button></main>')
    expect(page).toContain(
      '<div id="app" data-prerendered><main><h1>Mes structures</h1><button disabled type="submit">Créer</button></main></div>',
    )
  })

  it('refuses a page without the app container rather than building a page without the home screen', () => {
    expect(() => injectPrerendered('<body><div id="root"></div></body>', '<h1>x</h1>')).toThrow(/conteneur/)
  })
})

describe('style sheets fetched before deep-link.js holds the parser', () => {
  const BUILT = `<head><title>CapSI</title>\n    ${DEEP_LINK_PLACEHOLDER}\n    <script type="module" src="./assets/index-a.js"></script>\n    <link rel="stylesheet" crossorigin href="./assets/index-a.css">\n    <link rel="stylesheet" crossorigin href="./assets/other-b.css">\n  </head>`

  it('moves every style sheet, in its order, just before the script, and leaves the rest in place', () => {
    expect(fetchStyleSheetsFirst(BUILT)).toBe(
      `<head><title>CapSI</title>\n    <link rel="stylesheet" href="./assets/index-a.css">\n    <link rel="stylesheet" href="./assets/other-b.css">\n    ${DEEP_LINK_PLACEHOLDER}\n    <script type="module" src="./assets/index-a.js"></script>\n  </head>`,
    )
  })

  it('asks for them without CORS, which a page opened from a file share could not do', () => {
    expect(
      fetchStyleSheetsFirst(`<head><link rel="stylesheet" crossorigin="" href="a.css">${DEEP_LINK_PLACEHOLDER}</head>`),
    ).toBe(`<head><link rel="stylesheet" href="a.css">\n    ${DEEP_LINK_PLACEHOLDER}</head>`)
  })

  it('leaves a page without style sheets as it is', () => {
    const page = `<head>${DEEP_LINK_PLACEHOLDER}</head>`
    expect(fetchStyleSheetsFirst(page)).toBe(page)
  })

  it('refuses a page without deep-link.js rather than dropping its style sheets', () => {
    expect(() => fetchStyleSheetsFirst('<head><link rel="stylesheet" href="a.css"></head>')).toThrow(/deep-link\.js/)
  })
})

describe('deep-link.js built as a hashed file', () => {
  it('is written without its comments and indentation, and still runs', () => {
    const source = readFileSync('src/app/deep-link.js', 'utf8')
    const compact = compactDeepLinkScript(source)
    expect(compact.length).toBeLessThan(source.length / 2)
    expect(compact).not.toMatch(/^\s*\/\//m)
    // Run on a page opened on another screen, it marks the page as the source does.
    const marks: string[] = []
    const page = {
      location: { hash: '#/donnees', protocol: 'https:' },
      document: { documentElement: { setAttribute: (name: string) => marks.push(name) } },
    }
    new Function('location', 'document', compact)(page.location, page.document)
    expect(marks).toEqual(['data-deep-link'])
  })

  it('is named by its source in index.html, which the development server serves as it is', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(DEEP_LINK_SOURCE_TAG)
  })

  it('keeps its place while the page is read, then takes its hashed name there', () => {
    const held = holdDeepLinkPlace(`<head><title>CapSI</title>${DEEP_LINK_SOURCE_TAG}</head>`)
    expect(held).toBe(`<head><title>CapSI</title>${DEEP_LINK_PLACEHOLDER}</head>`)
    expect(placeDeepLinkScript(held, 'assets/deep-link-Ab12Cd34.js')).toBe(
      '<head><title>CapSI</title><script src="./assets/deep-link-Ab12Cd34.js"></script></head>',
    )
  })

  it('refuses a page that does not name it, rather than building a page that would show the home screen on every link', () => {
    expect(() => holdDeepLinkPlace('<head><title>CapSI</title></head>')).toThrow(/deep-link\.js/)
    expect(() => placeDeepLinkScript('<head><title>CapSI</title></head>', 'assets/deep-link-x.js')).toThrow(
      /deep-link\.js/,
    )
  })
})

describe('the notice that the app’s files are missing', () => {
  it('is in index.html, and left out of the page the development server serves, which keeps everything else', () => {
    const page = readFileSync('index.html', 'utf8')
    expect(page).toContain('class="load-failure')
    const served = withoutLoadFailureNotice(page)
    expect(served).not.toContain('load-failure')
    expect(served).not.toContain('n’a pas pu charger ses fichiers')
    expect(served).toContain('<noscript><p class="noscript-notice">')
    expect(served).toContain('<div id="app"></div>')
    expect(served.length).toBeGreaterThan(page.length - 400)
  })

  it('refuses a page that no longer holds it, rather than leaving the rule that hides it without purpose', () => {
    expect(() => withoutLoadFailureNotice(PAGE)).toThrow(/load-failure/)
  })
})
