/**
 * The PDF library and its fonts as files of their own, in the build for file shares (see
 * vite.config.ts): there the app is one classic script, and these two, read only when a PDF is
 * made, stay out of it (1.8 MB that every opening of the app would otherwise read).
 */
export const FILE_SHARE_PDF_LIBRARY = 'assets/capsi-fichier-pdfmake.js'
export const FILE_SHARE_PDF_FONTS = 'assets/capsi-fichier-polices-pdf.js'

/** The PDF fonts in src/report/fonts/ (see pdf-fonts.ts), named as pdfmake's default Roboto reads them. */
export const PDF_FONT_FILES = [
  'Roboto-Regular.ttf',
  'Roboto-Medium.ttf',
  'Roboto-Italic.ttf',
  'Roboto-MediumItalic.ttf',
] as const
