/** The action-plan feature's entry point: the other layers import from here only. */
export * from './action-order'
export * from './action-plan'
export * from './action-ranking'
export * from './action-triggers'
export * from './plan-builder'
