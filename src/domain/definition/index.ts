/**
 * The definition feature's entry point: the other layers import from here, and from ./files for the
 * checks of a definition file (validators generated from the schema), loaded only when a file is read.
 */
export type { ImportResult } from './definition-file'
export * from './definition'
export * from './expression'
export * from './migrate-answers'
export type { IssueCode, IssueParams, ValidationIssue, ValidationResult } from './validate'
export * from './version'
