// How the project launches Debian's Chromium, headless: the end-to-end tests, the bench and the
// drawing of the page's icon all use these options (scripts/ensure-chromium.sh installs it).
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
