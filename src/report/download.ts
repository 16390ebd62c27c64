/** Saving generated text as a file the user downloads, under a name every system accepts. */
import { withoutAccents } from '@/domain/assessment'

const MAX_PART = 60

/** One part of a file name: letters without accents, digits and dashes only. */
function safePart(part: string): string {
  return withoutAccents(part)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_PART)
    .replace(/-+$/, '')
}

/**
 * Joins the parts with « _ » after making each safe (accents removed, anything but letters and
 * digits turned into dashes, empty parts dropped), then adds the extension.
 * safeFileName(['CapSI', 'structure', 'EHPAD « Les Tilleuls »', '2026-03-02'], 'json')
 * → 'CapSI_structure_EHPAD-Les-Tilleuls_2026-03-02.json'
 */
export function safeFileName(parts: readonly string[], extension: string): string {
  const name = parts.map(safePart).filter(Boolean).join('_') || 'CapSI'
  return `${name}.${extension.replace(/[^A-Za-z0-9]/g, '')}`
}

/** Offers a text (or an already built file, such as a PDF) to download; nothing leaves the browser. */
export function downloadText(content: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Offers a JSON text to download under a safe name built from parts; returns the name used. */
export function downloadJson(content: string, nameParts: readonly string[]): string {
  const fileName = safeFileName(nameParts, 'json')
  downloadText(content, fileName, 'application/json')
  return fileName
}
