/** Chart label helpers shared by the on-screen chart and the print image. */

/** Splits a long label on several lines so that it is never cut at the edge of the canvas. */
export function wrapLabel(label: string, width = 22): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
