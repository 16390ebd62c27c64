import { describe, expect, it, vi } from 'vitest'

// The first load of the PDF library fails (as when the network is cut before it was cached), the next one works.
const library = vi.hoisted(() => ({ failuresLeft: 1 }))
vi.mock('pdfmake/build/pdfmake', () => ({
  default: {
    addVirtualFileSystem: () => {
      if (library.failuresLeft-- > 0) throw new Error('bibliothèque PDF injoignable')
    },
    createPdf: () => ({ getBlob: () => Promise.resolve(new Blob(['%PDF-1.7'], { type: 'application/pdf' })) }),
  },
}))
vi.mock('@/report/pdf-fonts', () => ({ PDF_FONTS_VFS: {} }))

describe('renderPdf', () => {
  it('tries to load the PDF library again after a failed load, instead of failing for the rest of the visit', async () => {
    const { renderPdf } = await import('@/report/pdf')
    await expect(renderPdf({ content: 'Rapport' })).rejects.toThrow('bibliothèque PDF injoignable')
    const blob = await renderPdf({ content: 'Rapport' })
    expect(blob.type).toBe('application/pdf')
  })
})
