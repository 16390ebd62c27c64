// A classic script at the end of the built page's head (see prerenderHome in vite.config.ts), run
// before the page is drawn. The page holds the home screen, written at build time; opened on another
// screen (a reload, a bookmark), that home screen is hidden until the app shows the right one.
// Its code stays inside a block, so that it leaves no name in the page's global scope.
{
  const path = location.hash.replace(/^#/, '').split('?')[0]
  if (path && path !== '/') document.documentElement.setAttribute('data-deep-link', '')
  // Opened from a file share, where browsers refuse module scripts: the same app, built as one
  // classic script with its style sheet (npm run build), takes their place.
  if (location.protocol === 'file:') {
    const sheet = document.createElement('link')
    sheet.rel = 'stylesheet'
    sheet.href = './assets/capsi-fichier.css'
    const app = document.createElement('script')
    app.src = './assets/capsi-fichier.js'
    // A copy cut short, without this script: the page's own notice says so (see styles.css).
    app.onerror = () => document.documentElement.setAttribute('data-load-failure', '')
    document.head.append(sheet, app)
  }
}
