/** The definition feature's entry point: the other layers import from here only. */
export * from './definition-file'
export * from './definition'
export * from './expression'
export * from './migrate-answers'
export * from './validate'
export * from './version'
