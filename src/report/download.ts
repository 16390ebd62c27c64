/** Saving a generated file on the user's computer, and naming it with safe characters. */

/** Joins parts into a file name with only letters, digits, dashes and underscores (accents removed). */
export function safeFileName(parts: readonly string[]): string {
  return parts
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60),
    )
    .filter(Boolean)
    .join('_')
}

/** Offers a text or binary content as a download. */
export function downloadText(content: string | Blob, fileName: string, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
