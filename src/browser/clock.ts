/**
 * The app's clock and id source. Time and ids are passed into the domain from here, so that tests
 * can fix them: a `capsi-now` entry in sessionStorage (an ISO date) freezes the date for e2e tests.
 */
export function now(): string {
  const fixed = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem('capsi-now')
  if (fixed && !Number.isNaN(Date.parse(fixed))) return new Date(fixed).toISOString()
  return new Date().toISOString()
}

/**
 * Writes 16 random bytes as an RFC 4122 version 4 id (`xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx`, V one
 * of 8, 9, a, b): the version and variant bits replace 6 of the 128 random bits.
 */
export function formatUuidV4(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError('16 bytes expected')
  const hex = Array.from(bytes, (byte, i) =>
    (i === 6 ? (byte & 0x0f) | 0x40 : i === 8 ? (byte & 0x3f) | 0x80 : byte).toString(16).padStart(2, '0'),
  ).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * A new random id. `crypto.getRandomValues` exists on every page, whereas `crypto.randomUUID` is only
 * given to secure contexts (HTTPS, localhost, files): a plain-HTTP intranet server has none.
 */
export function newId(): string {
  return formatUuidV4(crypto.getRandomValues(new Uint8Array(16)))
}
