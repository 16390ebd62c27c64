/** The SurveyJS theme of CapSI: system fonts (no web font request) and contrasts that meet WCAG AA. */
import type { Model } from 'survey-core'

export const SYSTEM_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif'

/** The theme's CSS variables, which SurveyJS sets on its root (and the first page on its own, see QuestionnaireFirstPage.vue). */
export const CAPSI_THEME_VARIABLES: Readonly<Record<string, string>> = {
  '--sjs-font-family': SYSTEM_FONT_STACK,
  '--sjs-general-backcolor-dim': '#f4f6f9',
  '--sjs-general-forecolor': 'rgba(0, 0, 0, 0.91)',
  '--sjs-general-forecolor-light': 'rgba(0, 0, 0, 0.68)',
  '--sjs-general-dim-forecolor-light': 'rgba(0, 0, 0, 0.68)',
  '--sjs-primary-backcolor': '#1f4e9c',
  '--sjs-primary-backcolor-light': 'rgba(31, 78, 156, 0.1)',
  '--sjs-primary-backcolor-dark': '#173c78',
  '--sjs-primary-forecolor': '#ffffff',
  '--sjs-border-default': 'rgba(0, 0, 0, 0.45)',
  // A visible outline on radio buttons and text areas (non-text contrast of at least 3:1).
  '--sjs-shadow-inner': 'inset 0 0 0 1px rgba(0, 0, 0, 0.55)',
  '--sjs-base-unit': '8px',
  '--sjs-corner-radius': '4px',
}

export function applyCapsiTheme(model: Model): void {
  model.applyTheme({
    themeName: 'capsi',
    colorPalette: 'light',
    isPanelless: false,
    cssVariables: { ...CAPSI_THEME_VARIABLES },
  })
}
