/** The whole backup feature with the reading of a backup file: its second entry point, loaded on demand. */
export * from './index'
export * from './validate'
export * from './batch-reader'
