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

/** The app's container as `index.html` holds it, empty. */
const CONTAINER = '<div id="app"></div>'

/**
 * Puts the markup into the page's app container, marked as written at build time. (The build tool's
 * tag descriptors can add elements to a page but not fill one that is there: this is the page's only
 * edit by text, anchored on the container, and it refuses a page without it.)
 */
export function injectPrerendered(page: string, html: string): string {
  if (page.split(CONTAINER).length !== 2) throw new Error(`index.html : conteneur ${CONTAINER} introuvable.`)
  return page.replace(CONTAINER, `<div id="app" ${PRERENDERED_ATTRIBUTE}>${toPrerenderedMarkup(html)}</div>`)
}
