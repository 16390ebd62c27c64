/// <reference types="vite/client" />

declare const __APP_VERSION__: string
/** True in the build for file shares (one classic script, see vite.config.ts), false otherwise. */
declare const __FILE_SHARE__: boolean

/** The built-in questionnaires' id, version, title and kind, in French alphabetical order (scripts/builtin-catalog.ts). */
declare module 'virtual:capsi-builtin-catalog' {
  const catalog: readonly {
    id: string
    version: string
    title: string
    kind: import('@/domain/definition').QuestionnaireKind
  }[]
  export default catalog
}
