/** The French text of validation issues as the tests compare it: ordinary spaces where typography puts non-breaking ones. */
import type { IssueCode, IssueParams, ValidationIssue } from '@/domain/definition/validate'
import { issueMessage, issuePath } from '@/i18n/fr-validation'

export const plain = (text: string): string => text.replaceAll('\u00a0', ' ')

/** Each issue as the import screen shows it: its path and its message. */
export function shownIssues(issues: readonly ValidationIssue[]): { path: string; message: string }[] {
  return issues.map((issue) => ({ path: issuePath(issue), message: plain(issueMessage(issue)) }))
}

/** The message of one code. */
export function messageOf(code: IssueCode, params?: IssueParams): string {
  return plain(issueMessage(params ? { path: '', code, params } : { path: '', code }))
}

/** The messages of a refused backup file that the tests name. */
export const BACKUP_MESSAGES = {
  notJson: messageOf('not-json', { what: 'backup' }),
  notCapsi: messageOf('not-capsi'),
  newer: (version: number) => messageOf('newer-format', { limit: version }),
  damaged: messageOf('damaged'),
  tooDeep: messageOf('too-deep'),
  otherDefinition: (id: string, version: string) => messageOf('other-definition', { value: id, version }),
}
