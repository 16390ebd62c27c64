// ESLint flat config: TypeScript + Vue + Vitest + Playwright, and the layer boundaries of the codebase (see README).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vitest from '@vitest/eslint-plugin'
import playwright from 'eslint-plugin-playwright'
import globals from 'globals'

const ui = ['vue', 'vue-router', 'pinia']
const engines = ['idb', 'survey-core', 'survey-core/*', 'survey-vue3-ui', 'chart.js', 'chart.js/*', 'pdfmake', 'pdfmake/*']

/** A no-restricted-imports rule forbidding packages and app folders for one layer. */
function boundary(packages, folders, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.filter((p) => !p.includes('*')).map((name) => ({ name, message: why })),
        patterns: [
          ...packages.filter((p) => p.includes('*')).map((p) => ({ group: [p], message: why })),
          ...folders.map((f) => ({ group: [`@/${f}`, `@/${f}/*`, `**/${f}/*`], message: why })),
        ],
      },
    ],
  }
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, __APP_VERSION__: 'readonly' }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // French typography puts non-breaking spaces in the texts users read, template literals included.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  { files: ['scripts/**', '*.config.*', 'eslint.config.js'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['src/domain/**'],
    rules: {
      ...boundary([...ui, ...engines], ['storage', 'stores', 'survey', 'charts', 'report', 'components', 'views', 'i18n'], 'src/domain est pur : aucune dépendance vers l’interface, le stockage ou les moteurs de rendu.'),
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/storage/**'],
    rules: {
      ...boundary([...ui, ...engines.filter((e) => e !== 'idb')], ['stores', 'survey', 'charts', 'report', 'components', 'views'], 'src/storage ne dépend que du domaine et d’idb.'),
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/stores/**'],
    rules: boundary(['vue-router', ...engines.filter((e) => e !== 'idb')], ['survey', 'charts', 'report', 'components', 'views'], 'src/stores orchestre domaine et stockage, sans interface ni moteur de rendu.'),
  },
  {
    files: ['src/stores/**', 'src/survey/**', 'src/charts/**', 'src/report/**', 'src/components/**', 'src/views/**'],
    rules: { 'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='indexedDB']", message: 'Seul src/storage accède à IndexedDB.' }] },
  },
  {
    files: ['src/survey/**'],
    rules: boundary(['idb', 'chart.js', 'chart.js/*', 'pdfmake', 'pdfmake/*'], ['storage', 'stores', 'charts', 'report', 'components', 'views'], 'src/survey ne touche que SurveyJS et le domaine.'),
  },
  {
    files: ['src/charts/**'],
    rules: boundary(['idb', 'survey-core', 'survey-core/*', 'survey-vue3-ui', 'pdfmake', 'pdfmake/*'], ['storage', 'stores', 'survey', 'report', 'components', 'views'], 'src/charts ne touche que Chart.js et le domaine.'),
  },
  {
    files: ['src/report/**'],
    rules: boundary(['idb', 'survey-core', 'survey-core/*', 'survey-vue3-ui'], ['storage', 'stores', 'survey', 'components', 'views'], 'src/report dépend du domaine et des graphiques, jamais des stores.'),
  },
  {
    files: ['src/components/**', 'src/views/**'],
    rules: boundary(['idb'], ['storage'], 'Les composants passent par les stores, jamais par le stockage.'),
  },
  {
    files: ['tests/unit/**'],
    plugins: { vitest },
    rules: { ...vitest.configs.recommended.rules, 'vitest/expect-expect': 'error', 'vitest/valid-expect': ['error', { maxArgs: 2 }] },
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
    rules: { 'playwright/no-wait-for-selector': 'off', 'playwright/no-element-handle': 'off', 'playwright/no-eval': 'off', 'playwright/prefer-locator': 'off' },
  },
)
