// The control of the synthesis PDF: a page with none of CapSI's code that loads the same pdfmake
// build and subset Roboto fonts, and makes a PDF of the synthesis's shape for N structures (a first
// page with a statistics table and a 900 × 760 chart image, the distribution of levels, ten weak
// points, ten actions, the funding rules, an annex of one row per structure with a score per domain,
// the funding detail), timed in the same Chromium as the app. What it takes is pdfmake's share on
// this machine: the part of the synthesis's time that CapSI's own code cannot remove.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM } from '../chromium.mjs'
import { serve } from './serve.mjs'

const root = resolve(import.meta.dirname, '..', '..')
const FONTS = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf']
const DOMAINS = 11
const LEVELS = 5

/** Runs in the page: builds the document for `n` structures, times pdfmake, returns the figures. */
async function inPage({ n, domains, levels, fonts, runs }) {
  const started = performance.now()
  await new Promise((done, fail) => {
    const script = document.createElement('script')
    script.src = './pdfmake.min.js'
    script.onload = done
    script.onerror = fail
    document.head.append(script)
  })
  const loaded = performance.now()
  const vfs = {}
  for (const name of fonts) {
    const bytes = new Uint8Array(await (await fetch(`./${name}`)).arrayBuffer())
    let text = ''
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    vfs[name] = btoa(text)
  }
  const fontsAt = performance.now()
  window.pdfMake.addVirtualFileSystem(vfs)
  const vfsAdded = performance.now()

  // A chart of the same size as the synthesis's radar: polygons and labels on a transparent canvas.
  const canvas = document.createElement('canvas')
  canvas.width = 900
  canvas.height = 760
  const context = canvas.getContext('2d')
  context.font = '16px sans-serif'
  for (let ring = 1; ring <= 3; ring++) {
    context.beginPath()
    for (let d = 0; d <= domains; d++) {
      const angle = (2 * Math.PI * d) / domains
      const r = 90 * ring + 20 * Math.sin(d * ring)
      context[d ? 'lineTo' : 'moveTo'](450 + r * Math.cos(angle), 380 + r * Math.sin(angle))
      context.fillText(`Domaine ${d + 1}`, 450 + 330 * Math.cos(angle) - 40, 380 + 330 * Math.sin(angle))
    }
    context.lineWidth = 3
    context.strokeStyle = ['#0072B2', '#D55E00', '#009E73'][ring - 1]
    context.stroke()
  }
  const image = canvas.toDataURL('image/png')

  const words = 'structure médico-sociale système information numérique usage sécurité dossier usager'.split(' ')
  const sentence = (i, length) => Array.from({ length }, (_, k) => words[(i * 7 + k) % words.length]).join(' ')
  const th = (text) => ({ text, bold: true, fillColor: '#e6e6e6' })
  const table = (widths, header, rows, style = 'small') => ({
    table: { headerRows: 1, widths, body: [header.map(th), ...rows] },
    layout: 'lightHorizontalLines',
    style,
  })
  const range = (count) => Array.from({ length: count }, (_, i) => i)
  const stats = table(
    ['*', 48, 48, 36, 36, 52],
    ['Domaine', 'Moyenne', 'Médiane', 'Min', 'Max', 'Évaluées'],
    range(domains).map((d) => [sentence(d, 4), { text: '2,4', bold: true }, '2,5', '0,8', '4,1', `${n} sur ${n}`]),
  )
  const content = [
    { text: 'Synthèse du groupe', style: 'h1' },
    { text: 'Groupe témoin', style: 'subtitle' },
    { text: sentence(1, 30) },
    { text: sentence(2, 20), style: 'note' },
    {
      columns: [
        { width: '*', stack: [{ text: 'Statistiques', style: 'h2' }, stats] },
        {
          width: 330,
          stack: [
            { image, width: 330 },
            { text: sentence(3, 12), style: 'note' },
          ],
        },
      ],
      columnGap: 16,
    },
    { text: 'Répartition des niveaux', style: 'h2', pageBreak: 'before' },
    table(
      ['*', ...range(levels).map(() => 70), 40],
      ['Domaine', ...range(levels).map((l) => `Niveau ${l}`), 'n.é.'],
      range(domains).map((d) => [
        sentence(d, 4),
        ...range(levels + 1).map((l) => ({ text: String(l + d), alignment: 'center' })),
      ]),
    ),
    { text: 'Points faibles les plus partagés', style: 'h2' },
    table(
      ['*', 150, 55, 40],
      ['Question', 'Domaine', 'Structures', 'Part'],
      range(10).map((q) => [sentence(q, 18), sentence(q, 3), { text: '12', alignment: 'center' }, '24 %']),
    ),
    { text: 'Actions les plus partagées', style: 'h2', pageBreak: 'before' },
    table(
      ['*', 150, 60, 55, 40],
      ['Action', 'Domaine', 'Mutualisable', 'Structures', 'Part'],
      range(10).map((a) => [sentence(a, 12), sentence(a, 3), 'oui', { text: '30', alignment: 'center' }, '60 %']),
    ),
    { text: 'Aide au financement', style: 'h2', pageBreak: 'before' },
    table(
      [170, 80, '*'],
      ['Règle', 'Statut', 'Chiffres'],
      range(8).map((r) => [
        { stack: [sentence(r, 6), { text: sentence(r, 8), style: 'note' }] },
        'remplie',
        sentence(r, 10),
      ]),
    ),
    { text: 'Annexe : une ligne par structure', style: 'h2', pageBreak: 'before' },
    { ul: range(domains).map((d) => `D${d + 1} : ${sentence(d, 4)}`), style: 'note' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 46, 100, 60, 68, ...range(domains).map(() => 22)],
        body: [
          ['Structure', 'FINESS', 'OG', 'Catégorie', 'Parcours', ...range(domains).map((d) => `D${d + 1}`)].map(th),
          ...range(n).map((s) => [
            `EHPAD ${sentence(s, 2)} ${s}`,
            '750712184',
            `Association ${s % 7}`,
            'EHPAD',
            'complet',
            ...range(domains).map((d) => ({ text: `${(s + d) % 5},${d}`, alignment: 'center' })),
          ]),
        ],
      },
      style: 'tiny',
    },
    { text: 'Aide au financement : détail', style: 'h2', pageBreak: 'before' },
    table(
      [170, 80, '*'],
      ['Règle', 'Statut', 'Explication'],
      range(8).map((r) => [sentence(r, 6), 'remplie', sentence(r, 40)]),
    ),
  ]
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 50, 36, 44],
    header: { text: 'Synthèse — groupe témoin', fontSize: 8, margin: [36, 22, 36, 0] },
    footer: (page, pages) => ({
      text: `Page ${page} sur ${pages}`,
      alignment: 'right',
      fontSize: 8,
      margin: [36, 12, 36, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true },
      subtitle: { fontSize: 13 },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
      small: { fontSize: 8.5 },
      tiny: { fontSize: 7.5 },
      note: { fontSize: 9, italics: true },
    },
  }
  const times = []
  let blob = null
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    blob = await window.pdfMake.createPdf(doc).getBlob()
    times.push(performance.now() - start)
  }
  const text = new TextDecoder('latin1').decode(await blob.arrayBuffer())
  return {
    load: loaded - started,
    fonts: vfsAdded - fontsAt,
    first: times[0],
    next: times.slice(1).sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)] ?? times[0],
    pages: (text.match(/\/Type \/Page\b/g) ?? []).length,
  }
}

/**
 * Times the control for `n` structures: the library's script loaded and run, the fonts added, the
 * first PDF and the median of the next ones (ms), and its page count.
 */
export async function measurePdfControl(n, { port = 0, runs = 4 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'capsi-pdf-control-'))
  mkdirSync(dir, { recursive: true })
  copyFileSync(join(root, 'node_modules', 'pdfmake', 'build', 'pdfmake.min.js'), join(dir, 'pdfmake.min.js'))
  for (const font of FONTS) copyFileSync(join(root, 'src', 'report', 'fonts', font), join(dir, font))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Témoin pdfmake</title>')
  const { server, origin } = await serve(dir, { port })
  const browser = await chromium.launch(CHROMIUM)
  try {
    const page = await browser.newPage()
    await page.goto(`${origin}/`)
    return await page.evaluate(inPage, { n, domains: DOMAINS, levels: LEVELS, fonts: FONTS, runs })
  } finally {
    await browser.close()
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === import.meta.filename) {
  for (const n of (process.argv[2] ?? '50,500').split(',').map(Number))
    console.log(n, await measurePdfControl(n, { port: Number(process.env.CAPSI_BENCH_PORT ?? 0) }))
}
