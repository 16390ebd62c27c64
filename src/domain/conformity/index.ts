/** The conformity feature's entry point: the other layers import from here only. */
export * from './requirements'
export * from './conformity'
export * from './trajectory'
