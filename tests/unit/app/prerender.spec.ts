import { describe, expect, it } from 'vitest'
import { renderHome } from '@/app/prerender'
import { readFileSync } from 'node:fs'
import { injectPrerendered, toPrerenderedMarkup } from '@/app/prerender-markup'

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

  it('refuses a page with two app containers rather than guessing which one the app mounts on', () => {
    expect(() => injectPrerendered('<div id="app"></div><div id="app"></div>', '<h1>x</h1>')).toThrow(/conteneur/)
  })
})

describe('deep-link.js, run before the page is drawn', () => {
  const source = readFileSync('src/app/deep-link.js', 'utf8')

  /** Runs the script on a page opened at `href`; returns what it marked and the files it asked for. */
  function openAt(href: string) {
    const url = new URL(href)
    const marks: string[] = []
    const added: Record<string, unknown>[] = []
    const element = (name: string) => (name === 'script' ? { onerror: null } : {})
    const document = {
      documentElement: { setAttribute: (name: string) => marks.push(name) },
      createElement: element,
      head: { append: (...nodes: Record<string, unknown>[]) => added.push(...nodes) },
    }
    new Function('location', 'document', source)({ hash: url.hash, protocol: url.protocol }, document)
    return { marks, added }
  }

  it('marks a page opened on another screen, so that its home screen stays hidden', () => {
    expect(openAt('https://intranet/capsi/#/donnees').marks).toEqual(['data-deep-link'])
    expect(openAt('https://intranet/capsi/#/evaluation/a1?domaine=gouv').marks).toEqual(['data-deep-link'])
  })

  it('leaves the home screen shown when the page opens on it', () => {
    for (const href of ['https://intranet/capsi/', 'https://intranet/capsi/#/', 'https://intranet/capsi/#/?x=1'])
      expect(openAt(href).marks).toEqual([])
  })

  it('asks for nothing on a web server', () => {
    expect(openAt('https://intranet/capsi/#/donnees').added).toEqual([])
  })

  it('loads the classic build and its style sheet on a file share, and shows the notice when that build is missing', () => {
    const { marks, added } = openAt('file:///partage/CapSI/index.html#/donnees')
    expect(added.map((node) => node.href ?? node.src)).toEqual([
      './assets/capsi-fichier.css',
      './assets/capsi-fichier.js',
    ])
    expect(marks).toEqual(['data-deep-link'])
    ;(added[1]!.onerror as () => void)()
    expect(marks).toEqual(['data-deep-link', 'data-load-failure'])
  })

  it('is not named by index.html: the build puts it into the page, bundled with the app', () => {
    expect(readFileSync('index.html', 'utf8')).not.toContain('deep-link')
  })
})

describe('the notice that the app’s files are missing', () => {
  it('is in index.html, in French, as an alert', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(
      '<p class="load-failure noscript-notice" role="alert">CapSI n’a pas pu charger ses fichiers',
    )
  })
})
