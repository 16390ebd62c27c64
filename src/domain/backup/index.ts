/**
 * The backup feature's entry point: the other layers import from here, and from ./files for the
 * reading of a backup file (validators generated from the schema), loaded only when a file is read.
 */
export * from './assessment-bundle'
export * from './backup'
export { newerSide } from './conflicts'
export * from './import-plan'
export * from './merge'
export * from './migrate'
export * from './reminder'
export * from './resolve'
export * from './bounds'
export * from './sha256'
export type { BackupIssue, DefinitionRef, ParseOptions, ParseResult } from './validate'
export * from './archive'
