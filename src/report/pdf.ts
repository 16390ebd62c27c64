/** Renders a pdfmake document to a PDF file; pdfmake and its fonts are loaded only when needed. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { FILE_SHARE_PDF_FONTS, FILE_SHARE_PDF_LIBRARY } from './pdf-files'

type PdfMake = typeof import('pdfmake/build/pdfmake')

let loading: Promise<PdfMake> | null = null

/** Runs a classic script beside the page, once it has loaded. */
function loadScript(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = `./${path}`
    script.onload = () => resolve()
    script.onerror = () => reject(new Error(`${path} n’a pas pu être lu.`))
    document.head.append(script)
  })
}

async function importPdfMake(): Promise<PdfMake> {
  if (__FILE_SHARE__) {
    // pdfmake's own build sets `window.pdfMake`; its fonts file then adds the fonts to it. After a
    // failed attempt, only what is still missing is read again.
    const page = window as unknown as { pdfMake?: PdfMake }
    if (!page.pdfMake) await loadScript(FILE_SHARE_PDF_LIBRARY)
    await loadScript(FILE_SHARE_PDF_FONTS)
    return page.pdfMake as PdfMake
  }
  const [pdfMake, { PDF_FONTS_VFS }] = await Promise.all([import('pdfmake/build/pdfmake'), import('./pdf-fonts')])
  const api = (pdfMake as unknown as { default?: PdfMake }).default ?? pdfMake
  api.addVirtualFileSystem(PDF_FONTS_VFS)
  return api
}

function loadPdfMake(): Promise<PdfMake> {
  // A failed load (a file missing, the network cut before the service worker had cached it) is tried again next time.
  loading ??= importPdfMake().catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/** Loads the PDF library and its fonts ahead of a PDF (see src/app/prefetch.ts). */
export function preparePdf(): Promise<unknown> {
  return loadPdfMake()
}

/** Builds the PDF (vector text, embedded Roboto fonts, a Latin subset) and returns it as a Blob. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Blob> {
  const pdfMake = await loadPdfMake()
  return pdfMake.createPdf(doc).getBlob()
}
