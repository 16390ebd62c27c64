// Runs before the page is drawn. The page holds the home screen, written at build time; opened on
// another screen (a reload, a bookmark), that home screen is hidden until the app shows the right one.
{
  const path = location.hash.replace(/^#/, '').split('?')[0]
  if (path && path !== '/') document.documentElement.setAttribute('data-deep-link', '')
}
