/** The workshop feature's entry point: the other layers import from here only. */
export * from './consolidation'
export * from './funding-catalogue'
export * from './funding-count-rules'
export * from './funding-member-rules'
export * from './funding-rules'
export * from './group'
export * from './distribution'
export * from './shared-actions'
