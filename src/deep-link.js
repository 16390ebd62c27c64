// Runs before the page is drawn. The page holds the home screen, written at build time; opened on
// another screen (a reload, a bookmark), that home screen is hidden until the app shows the right one.
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
    // A copy of index.html alone, without its assets folder, would otherwise stay still and silent.
    app.onerror = () => {
      const notice = document.createElement('p')
      notice.className = 'noscript-notice'
      notice.setAttribute('role', 'alert')
      notice.textContent =
        'CapSI n’a pas pu charger ses fichiers : le dossier « assets » doit se trouver, complet, à côté de ce fichier index.html. Copiez de nouveau le dossier de CapSI en entier, ou prévenez la personne qui l’a installé.'
      const show = () => document.body.prepend(notice)
      if (document.body) show()
      else document.addEventListener('DOMContentLoaded', show, { once: true })
    }
    document.head.append(sheet, app)
  }
}
