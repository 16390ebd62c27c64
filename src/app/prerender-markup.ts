/**
 * The home screen written into `index.html` at build time. It is shown while the app's code loads,
 * then replaced by the app (see `main.ts`). Until then it must not accept input: its form fields and
 * buttons are disabled, so that nothing typed or clicked is lost. Its links are plain hash links,
 * which work before the app starts.
 */

/** Attribute marking the container whose content was written at build time. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered'

/** Disables the controls of rendered markup and drops the renderer's comment markers. */
export function toPrerenderedMarkup(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(input|select|textarea|button)(?=[\s>/])/g, '<$1 disabled')
}

/** Puts the markup into the page's app container, marked as written at build time. */
export function injectPrerendered(page: string, html: string): string {
  const container = '<div id="app"></div>'
  if (!page.includes(container)) throw new Error('index.html : conteneur <div id="app"></div> introuvable.')
  return page.replace(container, `<div id="app" ${PRERENDERED_ATTRIBUTE}>${toPrerenderedMarkup(html)}</div>`)
}

/** How `index.html` names `deep-link.js`: its source, which the development server serves as it is. */
export const DEEP_LINK_SOURCE_TAG = '<script src="./src/app/deep-link.js"></script>'
/** Where the build puts `deep-link.js` back once the page is complete (Vite bundles module scripts only). */
export const DEEP_LINK_PLACEHOLDER = '<!-- capsi:deep-link -->'

/** Swaps the source's script tag for the placeholder, before Vite reads the page. */
export function holdDeepLinkPlace(page: string): string {
  if (!page.includes(DEEP_LINK_SOURCE_TAG)) throw new Error(`index.html : script ${DEEP_LINK_SOURCE_TAG} introuvable.`)
  return page.replace(DEEP_LINK_SOURCE_TAG, DEEP_LINK_PLACEHOLDER)
}

/**
 * `deep-link.js` as the build writes it: without its comment lines and indentation, as it holds up
 * the page's first display while it arrives. (It has no string or regular expression that a line
 * starting with `//` could belong to.)
 */
export function compactDeepLinkScript(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n')
}

/**
 * Names the built `deep-link.js` (`assets/deep-link-<hash>.js`, cached for good like every hashed
 * file) where the placeholder stands. On a returning visit the browser then takes it from its
 * cache at once, instead of asking the service worker, which holds up the page for 10 to 20 ms.
 */
export function placeDeepLinkScript(page: string, fileName: string): string {
  if (!page.includes(DEEP_LINK_PLACEHOLDER)) throw new Error('index.html : emplacement de deep-link.js introuvable.')
  return page.replace(DEEP_LINK_PLACEHOLDER, `<script src="./${fileName}"></script>`)
}

/**
 * Moves the page's style sheets before `deep-link.js` (its placeholder), so that the browser
 * fetches them while that script holds the parser. After it, their fetch would only start once the
 * script had arrived: one more round trip to the server before anything is drawn. (The policy
 * `<meta>` keeps Chromium from looking ahead for the files it will need.) They lose `crossorigin`.
 */
export function fetchStyleSheetsFirst(page: string): string {
  if (!page.includes(DEEP_LINK_PLACEHOLDER)) throw new Error('index.html : emplacement de deep-link.js introuvable.')
  // Without `crossorigin`: a style sheet of the same origin needs no CORS request, and a page opened
  // from a file share (`file://`) can make none, so that its style sheet would be refused.
  const sheets = (page.match(/<link rel="stylesheet"[^>]*>/g) ?? []).map((sheet) =>
    sheet.replace(/ crossorigin(="[^"]*")?(?=[\s>])/, ''),
  )
  const rest = page.replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
  return rest.replace(DEEP_LINK_PLACEHOLDER, [...sheets, DEEP_LINK_PLACEHOLDER].join('\n    '))
}

/**
 * The page without its notice that the app's files are missing. The development server serves it
 * so: there the style sheets that hide that notice only come with the app's code, and the notice
 * would show until then.
 */
export function withoutLoadFailureNotice(page: string): string {
  const notice = /\s*<p class="load-failure[^"]*"[^>]*>[^<]*<\/p>/
  if (!notice.test(page)) throw new Error('index.html : avis « load-failure » introuvable.')
  return page.replace(notice, '')
}
