/** The backup feature's entry point: the other layers import from here only. */
export * from './backup'
export * from './merge'
export * from './migrate'
export * from './reminder'
export * from './resolve'
export * from './bounds'
export * from './sha256'
export * from './validate'
