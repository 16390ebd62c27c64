/**
 * The app's clock and id source. Time and ids are passed into the domain from here, so that tests
 * can fix them: a `capsi-now` entry in sessionStorage (an ISO date) freezes the date for e2e tests.
 */
export function now(): string {
  const fixed = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem('capsi-now')
  if (fixed && !Number.isNaN(Date.parse(fixed))) return new Date(fixed).toISOString()
  return new Date().toISOString()
}

export function newId(): string {
  return crypto.randomUUID()
}
