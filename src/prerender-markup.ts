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

const DEEP_LINK_SCRIPT = '<script src="./deep-link.js"></script>'

/**
 * Moves the page's style sheets before `deep-link.js`, so that the browser fetches them while that
 * script holds the parser. After it, their fetch would only start once the script had arrived: one
 * more round trip to the server before anything is drawn. (The policy `<meta>` keeps Chromium from
 * looking ahead for the files it will need.)
 */
export function fetchStyleSheetsFirst(page: string): string {
  if (!page.includes(DEEP_LINK_SCRIPT)) throw new Error(`index.html : script ${DEEP_LINK_SCRIPT} introuvable.`)
  const sheets = page.match(/<link rel="stylesheet"[^>]*>/g) ?? []
  const rest = page.replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
  return rest.replace(DEEP_LINK_SCRIPT, [...sheets, DEEP_LINK_SCRIPT].join('\n    '))
}
