// ESLint flat config: TypeScript + Vue + Vitest + Playwright, and the layer boundaries of the codebase (see README).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vitest from '@vitest/eslint-plugin'
import playwright from 'eslint-plugin-playwright'
import globals from 'globals'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

const ui = ['vue', 'vue-router', 'pinia']
const engines = [
  'idb',
  'survey-core',
  'survey-core/*',
  'survey-vue3-ui',
  'chart.js',
  'chart.js/*',
  'pdfmake',
  'pdfmake/*',
]

const FOLDERS = [
  'app',
  'browser',
  'charts',
  'components',
  'domain',
  'editing',
  'i18n',
  'report',
  'storage',
  'stores',
  'survey',
  'views',
]
const all = [...ui, ...engines]
const except = (...kept) => all.filter((p) => !kept.some((k) => p === k || p.startsWith(`${k}/`)))

/**
 * What each folder of src/ may import (app folders and packages), and why. A folder not listed in
 * `folders` is refused, so that a new folder starts closed.
 */
const LAYERS = {
  domain: {
    folders: [],
    packages: all,
    strict: true,
    why: 'src/domain est pur : aucune dépendance vers l’interface, le stockage ou les moteurs de rendu.',
  },
  i18n: { folders: ['domain'], packages: all, why: 'src/i18n ne contient que des textes et leurs règles d’accord.' },
  storage: {
    folders: ['domain'],
    packages: except('idb'),
    strict: true,
    why: 'src/storage ne dépend que du domaine et d’idb.',
  },
  browser: {
    folders: ['domain', 'storage'],
    packages: all,
    why: 'src/browser enveloppe ce que le navigateur fournit, sans interface.',
  },
  editing: {
    folders: ['domain', 'browser', 'storage', 'stores', 'i18n'],
    packages: except('vue'),
    why: 'src/editing sert les stores : verrou d’édition et file des enregistrements.',
  },
  stores: {
    folders: ['domain', 'storage', 'browser', 'editing', 'i18n'],
    packages: except('vue', 'pinia', 'idb'),
    why: 'src/stores orchestre domaine et stockage, sans interface ni moteur de rendu.',
  },
  survey: {
    folders: ['domain', 'i18n'],
    packages: except('vue', 'survey-core', 'survey-vue3-ui'),
    why: 'src/survey ne touche que SurveyJS et le domaine.',
  },
  charts: {
    folders: ['domain', 'i18n'],
    packages: except('vue', 'chart.js'),
    why: 'src/charts ne touche que Chart.js et le domaine.',
  },
  report: {
    folders: ['domain', 'charts', 'i18n'],
    packages: except('pdfmake', 'chart.js'),
    why: 'src/report dépend du domaine et des graphiques, jamais des stores.',
  },
  components: {
    folders: ['domain', 'i18n', 'browser', 'editing', 'stores', 'survey', 'charts', 'report', 'components', 'app'],
    packages: except('vue', 'vue-router', 'pinia', 'chart.js'),
    why: 'Les composants passent par les stores, jamais par le stockage.',
  },
  views: {
    folders: ['domain', 'i18n', 'browser', 'editing', 'stores', 'survey', 'charts', 'report', 'components', 'app'],
    packages: except('vue', 'vue-router', 'pinia'),
    why: 'Les vues passent par les stores, jamais par le stockage.',
  },
  app: {
    folders: FOLDERS.filter((f) => f !== 'storage'),
    packages: except('vue', 'vue-router', 'pinia'),
    why: 'src/app démarre l’application ; le stockage passe par les stores.',
  },
}

/**
 * A no-restricted-imports rule for one folder: the packages and app folders it may not import, and
 * the domain's features entered only through their index.ts (src/domain/<feature>).
 */
function boundary(folder, packages, folders, why) {
  const entry =
    'Un dossier du domaine s’importe par son index : @/domain/<fonctionnalité> (ou @/domain/<fonctionnalité>/files pour la lecture des fichiers, chargée à la demande).'
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.filter((p) => !p.includes('*')).map((name) => ({ name, message: why })),
        patterns: [
          ...packages.filter((p) => p.includes('*')).map((p) => ({ group: [p], message: why })),
          ...folders.map((f) => ({ group: [`@/${f}`, `@/${f}/*`, `**/${f}/*`], message: why })),
          ...(folder === 'domain'
            ? []
            : [
                { group: ['@/domain/*/*', '!@/domain/*/files', '**/domain/*/*', '!**/domain/*/files'], message: entry },
              ]),
        ],
      },
    ],
  }
}

export default tseslint.config(
  {
    ignores: [
      'src/domain/*/generated/**',
      'dist/**',
      'dist-bench/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: {
      globals: { ...globals.browser, __APP_VERSION__: 'readonly' },
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    rules: {
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // French typography puts non-breaking spaces in the texts users read, template literals included.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  { files: ['scripts/**', '*.config.*', 'eslint.config.js'], languageOptions: { globals: { ...globals.node } } },
  // The layers: each folder of src/ lists the folders it may import; every other one is refused.
  ...Object.entries(LAYERS).map(([folder, layer]) => ({
    files: [`src/${folder}/**`],
    rules: {
      ...boundary(
        folder,
        layer.packages,
        FOLDERS.filter((f) => f !== folder && !layer.folders.includes(f)),
        layer.why,
      ),
      ...(layer.strict ? { '@typescript-eslint/no-explicit-any': 'error' } : {}),
    },
  })),
  {
    files: ['src/**'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='indexedDB']", message: 'Seul src/storage accède à IndexedDB.' },
      ],
    },
  },
  {
    files: ['tests/unit/**'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': 'error',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/e2e/**', 'tests/e2e-firefox/**'],
    ...playwright.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.node } },
    rules: { ...playwright.configs['flat/recommended'].rules, 'playwright/no-conditional-in-test': 'off' },
  },
  {
    // Firefox is driven by puppeteer-core, whose pages wait for selectors and evaluate in the page
    // by design: the rules written for Playwright's own page do not apply to them.
    files: ['tests/e2e-firefox/**'],
    rules: {
      'playwright/no-wait-for-selector': 'off',
      'playwright/no-element-handle': 'off',
      'playwright/no-eval': 'off',
      'playwright/prefer-locator': 'off',
    },
  },
  // Prettier formats the tree (npm run format); the lint leaves layout to it.
  skipFormatting,
)
