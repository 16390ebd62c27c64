/// <reference types="node" />
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import { fileURLToPath, URL } from 'node:url'
import { createServer, defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { validateDefinition } from './src/domain/definition/validate.ts'
import { formatValidationErrors } from './src/i18n/fr-validation.ts'
import { injectPrerendered } from './src/app/prerender-markup.ts'
import { builtinCatalog } from './scripts/builtin-catalog.ts'
import { FILE_SHARE_PDF_FONTS, FILE_SHARE_PDF_LIBRARY, PDF_FONT_FILES } from './src/report/pdf-files.ts'

const questionnairesDir = fileURLToPath(new URL('./questionnaires', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/** Refuses to build when a built-in questionnaire definition has errors. */
function validateQuestionnaires(): Plugin {
  return {
    name: 'capsi-validate-questionnaires',
    buildStart() {
      const problems: string[] = []
      for (const file of readdirSync(questionnairesDir)) {
        if (!file.endsWith('.json') || file.endsWith('.schema.json')) continue
        const id = file.replace(/\.json$/, '')
        const result = validateDefinition(JSON.parse(readFileSync(`${questionnairesDir}/${file}`, 'utf8')), id)
        if (!result.ok) problems.push(`${file} :\n  ${formatValidationErrors(result.errors).join('\n  ')}`)
      }
      if (problems.length) this.error(`Questionnaire(s) invalide(s) :\n${problems.join('\n')}`)
    },
  }
}

/**
 * The development server injects each style sheet as an inline <style> element, which the page's
 * strict policy refuses: there only, the policy allows inline styles. The build keeps it strict.
 */
function allowInlineStylesInDevelopment(): Plugin {
  return {
    name: 'capsi-dev-inline-styles',
    apply: 'serve',
    transformIndexHtml(page) {
      const strict = "style-src 'self';"
      if (!page.includes(strict))
        throw new Error('index.html : directive style-src de la Content-Security-Policy introuvable.')
      return page.replace(strict, "style-src 'self' 'unsafe-inline';")
    },
  }
}

/**
 * In development, the style sheet that hides the page's « files missing » notice only comes with the
 * app's code: until then, this rule hides it (the development policy allows inline styles, above).
 */
function hideLoadFailureNoticeInDevelopment(): Plugin {
  return {
    name: 'capsi-dev-load-failure-notice',
    apply: 'serve',
    transformIndexHtml: () => [{ tag: 'style', children: '.load-failure { display: none; }', injectTo: 'head' }],
  }
}

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }
const define = {
  __APP_VERSION__: JSON.stringify(pkg.version),
  __FILE_SHARE__: 'false',
  // Every component uses the Composition API: Vue's Options API support is left out of the bundle.
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
}

/**
 * The built page: the home screen, rendered by the app's own components into its container, so that
 * it is on screen before the app's code has loaded and run; and `deep-link.js`, a second entry that
 * the bundler builds and minifies like the app's code, as a classic script at the end of the page's
 * head, where it runs before the page is drawn (see src/app/deep-link.js).
 */
function prerenderHome(): Plugin {
  const deepLinkPath = fileURLToPath(new URL('./src/app/deep-link.js', import.meta.url))
  return {
    name: 'capsi-prerender-home',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: deepLinkPath, name: 'deep-link' })
    },
    transformIndexHtml: {
      order: 'post',
      async handler(page, { bundle }) {
        const deepLink = Object.values(bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.facadeModuleId === deepLinkPath,
        )
        if (!deepLink) throw new Error('deep-link.js absent des fichiers construits.')
        return {
          html: injectPrerendered(page, await renderHome()),
          tags: [{ tag: 'script', attrs: { src: `./${deepLink.fileName}` }, injectTo: 'head' }],
        }
      },
    },
  }
}

/** The home screen as the app first draws it, rendered by a development server used for this only. */
async function renderHome(): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [vue(), builtinCatalog(questionnairesDir)],
    resolve: { alias },
    define,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  })
  try {
    const prerender = (await server.ssrLoadModule('/src/app/prerender.ts')) as { renderHome: () => Promise<string> }
    return await prerender.renderHome()
  } finally {
    await server.close()
  }
}

/**
 * Copies pdfmake's own build beside the single script, and writes CapSI's PDF fonts (the Latin subset
 * in src/report/fonts/) as a script that hands them to it: two files read only for a PDF.
 */
function pdfFilesForFileShare(): Plugin {
  const pdfmakeBuild = fileURLToPath(new URL('./node_modules/pdfmake/build/', import.meta.url))
  const fonts = fileURLToPath(new URL('./src/report/fonts/', import.meta.url))
  return {
    name: 'capsi-file-share-pdf-files',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: FILE_SHARE_PDF_LIBRARY,
        source: readFileSync(`${pdfmakeBuild}pdfmake.min.js`),
      })
      this.emitFile({
        type: 'asset',
        fileName: FILE_SHARE_PDF_FONTS,
        source: `window.pdfMake.addVirtualFileSystem(${JSON.stringify(
          Object.fromEntries(PDF_FONT_FILES.map((name) => [name, readFileSync(`${fonts}${name}`).toString('base64')])),
        )});\n`,
      })
    },
  }
}

/**
 * Writes a `.gz` and a `.br` beside each text file of the web build, compressed once at their best
 * level, for a server that sends them as they are (docs/hosting.md: gzip_static, brotli_static,
 * MultiViews…) instead of compressing on every request or not at all. Not for the file-share build:
 * a page opened from `file://` reads files as they are, never a compressed copy.
 */
function precompressAssets(): Plugin {
  let outDir = ''
  return {
    name: 'capsi-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    // After the service worker is written (in its own closeBundle), so that sw.js is compressed too.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          if (!/\.(js|css|html|svg|json|webmanifest|txt)$/.test(file)) continue
          const path = join(outDir, file)
          const content = readFileSync(path)
          if (content.length < 1024) continue
          writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
          writeFileSync(
            `${path}.br`,
            brotliCompressSync(content, {
              params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length },
            }),
          )
        }
      },
    },
  }
}

/**
 * The same app as one classic script, for a page opened from a file share (`file://`), where browsers
 * refuse module scripts: `deep-link.js` loads it there (see src/app/deep-link.js). Built after the app,
 * into the same folder, without a service worker (browsers register none for `file://`).
 */
const fileShareBuild = defineConfig({
  base: './',
  plugins: [vue(), builtinCatalog(questionnairesDir), pdfFilesForFileShare()],
  define: { ...define, __FILE_SHARE__: 'true' },
  resolve: { alias },
  publicDir: false,
  build: {
    target: 'es2022',
    emptyOutDir: false,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: fileURLToPath(new URL('./src/app/main.ts', import.meta.url)),
      // `import.meta` stays only in code for the development server and for loading chunks, which a
      // single script does not do: it becomes `{}`, as intended.
      checks: { emptyImportMeta: false },
      output: {
        format: 'iife',
        codeSplitting: false,
        entryFileNames: 'assets/capsi-fichier.js',
        assetFileNames: 'assets/capsi-fichier[extname]',
      },
    },
  },
})

const entries = ['./src/app/main.ts', './src/app/deep-link.js'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
)
/** The modules the page names itself (the app's entry and deep-link.js): each stays a file of its own. */
const isEntry = (id: string): boolean => entries.includes(id)

const webBuild = defineConfig({
  base: './',
  plugins: [
    vue(),
    builtinCatalog(questionnairesDir),
    validateQuestionnaires(),
    prerenderHome(),
    allowInlineStylesInDevelopment(),
    hideLoadFailureNoticeInDevelopment(),
    // Installable and usable offline once loaded: every file of the app, built-in questionnaires,
    // survey engine and PDF fonts included, is cached by a service worker served from the origin.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by the app once its first screen is shown (src/app/service-worker.ts).
      injectRegister: false,
      manifest: {
        name: 'CapSI — autodiagnostic du SI des ESMS',
        short_name: 'CapSI',
        description:
          'Autodiagnostic du système d’information des établissements et services sociaux et médico-sociaux, dans le navigateur.',
        lang: 'fr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#1f4e9c',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        // The single script for file shares is never loaded from a web server.
        globIgnores: ['**/capsi-fichier*'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    precompressAssets(),
  ],
  define,
  resolve: { alias },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Everything the first screen imports, in one file beside the entry rather than about twenty:
        // on a returning visit each file is one more round trip to the service worker and one more
        // module to compile before the home screen can start.
        codeSplitting: {
          groups: [{ name: 'home', tags: ['$initial'], test: (id: string) => !isEntry(id) }],
        },
      },
    },
  },
  // The end-to-end tests also open the preview as a plain-HTTP intranet host would serve it.
  preview: { allowedHosts: ['capsi.intranet'] },
})

// `vite build` builds the app for web servers; `vite build --mode file-share`, run after it, adds the single script.
export default defineConfig(({ mode }) => (mode === 'file-share' ? fileShareBuild : webBuild))
