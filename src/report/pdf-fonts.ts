/**
 * The fonts embedded in CapSI's PDFs: pdfmake's Roboto in its four styles, cut down to the Latin
 * characters French needs (scripts/subset-pdf-fonts.sh), as the virtual file system pdfmake reads.
 * A module of its own, loaded with the PDF library only when a PDF is made.
 */
import regular from './fonts/Roboto-Regular.ttf?inline'
import medium from './fonts/Roboto-Medium.ttf?inline'
import italic from './fonts/Roboto-Italic.ttf?inline'
import mediumItalic from './fonts/Roboto-MediumItalic.ttf?inline'
import type { PDF_FONT_FILES } from './pdf-files'

/** The base64 content of a data URL. */
const base64 = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1)

export const PDF_FONTS_VFS: Record<(typeof PDF_FONT_FILES)[number], string> = {
  'Roboto-Regular.ttf': base64(regular),
  'Roboto-Medium.ttf': base64(medium),
  'Roboto-Italic.ttf': base64(italic),
  'Roboto-MediumItalic.ttf': base64(mediumItalic),
}
