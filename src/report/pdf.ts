/** Renders a pdfmake document to a PDF file; pdfmake and its fonts are loaded only when needed. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

let loading: Promise<typeof import('pdfmake/build/pdfmake')> | null = null

async function loadPdfMake() {
  loading ??= (async () => {
    const [pdfMake, fonts] = await Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')])
    const api = (pdfMake as unknown as { default?: typeof pdfMake }).default ?? pdfMake
    const vfs = (fonts as unknown as { default?: Record<string, string> }).default ?? (fonts as unknown as Record<string, string>)
    api.addVirtualFileSystem(vfs)
    return api
  })()
  return loading
}

/** Builds the PDF (vector text, embedded Roboto fonts with French accents) and returns it as a Blob. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Blob> {
  const pdfMake = await loadPdfMake()
  return pdfMake.createPdf(doc).getBlob()
}
