/** The workshop feature's entry point: the other layers import from here only. */
export * from './consolidation'
export * from './funding-rules'
export * from './group'
export * from './distribution'
