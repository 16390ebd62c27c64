/**
 * The bounds of a backup file read from its JSON Schema (backup.schema.json), the one source of the
 * format: the longest text of every field the user types (each text box's maxlength), the most
 * records of each kind, the days a date field accepts. The forms and an import cannot disagree.
 */
import schema from './backup.schema.json'

/** A part of the schema, as far as the bounds need it. */
interface Node {
  $ref?: string
  type?: string | string[]
  maxLength?: number
  maxItems?: number
  pattern?: string
  properties?: Record<string, Node>
  items?: Node
  additionalProperties?: Node | boolean
}

const DEFS = schema.$defs as unknown as Record<string, Node>

/** The records of a backup file, by their name in the schema's $defs. */
export type BackupRecord =
  'structure' | 'assessment' | 'answer' | 'actionEdit' | 'customAction' | 'service' | 'group' | 'data'

function resolve(node: Node | undefined): Node | undefined {
  return node?.$ref ? DEFS[node.$ref.replace('#/$defs/', '')] : node
}

/** The schema of a field, following field names ('*' stands for the items of a list or the values of a map). */
function fieldOf(record: BackupRecord, path: readonly string[]): Node | undefined {
  let current = resolve(DEFS[record])
  for (const step of path) {
    if (step !== '*') current = resolve(current?.properties?.[step])
    else if (current?.items) current = resolve(current.items)
    else current = resolve(typeof current?.additionalProperties === 'object' ? current.additionalProperties : undefined)
  }
  return current
}

/** The most characters a text field of a record may hold. */
export function textBound(record: BackupRecord, path: readonly string[]): number {
  const field = fieldOf(record, path)
  const types = [field?.type].flat()
  if (!types.includes('string') || field?.maxLength === undefined)
    throw new Error(`not a text field: ${path.join('.')}`)
  return field.maxLength
}

/** The most items a list of a record may hold. */
export function listBound(record: BackupRecord, path: readonly string[]): number {
  const max = fieldOf(record, path)?.maxItems
  if (max === undefined) throw new Error(`not a list: ${path.join('.')}`)
  return max
}

/** Limits a file must respect to be imported: beyond them it is refused, never cut. */
export const BACKUP_LIMITS = {
  /** The size of a file, checked before it is read (a file's text is not a record). */
  maxBytes: 20 * 1024 * 1024,
  structures: listBound('data', ['structures']),
  assessments: listBound('data', ['assessments']),
  answers: listBound('data', ['answers']),
  actionEdits: listBound('data', ['actionEdits']),
  customActions: listBound('data', ['customActions']),
  services: listBound('data', ['services']),
  groups: listBound('data', ['groups']),
  definitions: listBound('data', ['definitions']),
  /** Names, owners, providers… */
  name: textBound('structure', ['organisation']),
  /** Comments, notes, justifications, descriptions. */
  text: textBound('answer', ['comment']),
  id: textBound('structure', ['id']),
  key: textBound('answer', ['questionId']),
} as const

/** The patterns of the date fields, as the schema writes them. */
export const DATE_PATTERNS = { day: DEFS.day?.pattern ?? '$^', dateTime: DEFS.dateTime?.pattern ?? '$^' } as const

const DAY = new RegExp(DATE_PATTERNS.day)

/**
 * Whether a value is a day that exists, written AAAA-MM-JJ, as a backup file accepts it: 2026-02-29
 * and 2026-02-30 are not (`Date.parse` accepts both and moves them to March).
 */
export function isCalendarDay(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && DAY.test(value)
}

/** The last day a date field accepts (a year of four digits, as the files hold). */
export const DAY_MAX = '9999-12-31'

/**
 * Names typed in the forms that check them (structure, organisation, service, group): shorter than
 * what an import accepts, which also reads the files of older versions.
 */
const FORM_NAME = 200
/** A FINESS number as typed, spaces included (saved as its nine characters). */
const FINESS_TYPED = 12
/** A number typed as text (a usage target), saved as a number. */
const NUMBER_TYPED = 30

/**
 * The longest text each field the user types may hold, read from the schema so that nothing typed
 * can exceed what an import accepts: every text box and text area takes its `maxlength` here (a unit
 * test checks the components), and every export can be imported back.
 */
export const FIELD_BOUNDS = {
  structureName: Math.min(FORM_NAME, textBound('structure', ['name'])),
  structureFiness: Math.min(FINESS_TYPED, textBound('structure', ['finess'])),
  structureOrganisation: Math.min(FORM_NAME, textBound('structure', ['organisation'])),
  /** The home screen's search among structures: never saved, as long as what it searches. */
  structureSearch: textBound('structure', ['name']),
  respondentName: textBound('assessment', ['respondents', '*', 'name']),
  respondentRole: textBound('assessment', ['respondents', '*', 'role']),
  answerComment: textBound('answer', ['comment']),
  /** An action's owner and notes are kept in an action edit or in the user's own action. */
  actionOwner: Math.min(textBound('actionEdit', ['owner']), textBound('customAction', ['owner'])),
  actionNotes: Math.min(textBound('actionEdit', ['notes']), textBound('customAction', ['notes'])),
  customTitle: textBound('customAction', ['title']),
  customWhy: textBound('customAction', ['why']),
  customHow: textBound('customAction', ['how']),
  serviceName: Math.min(FORM_NAME, textBound('service', ['name'])),
  serviceResponsible: textBound('service', ['responsible']),
  serviceProvider: textBound('service', ['provider']),
  serviceProduct: textBound('service', ['product']),
  serviceProductVersion: textBound('service', ['productVersion']),
  serviceDescription: textBound('service', ['description']),
  requirementJustification: textBound('service', ['requirements', '*', 'justification']),
  securityJustification: textBound('service', ['securityNeeds', '*', 'justification']),
  groupName: Math.min(FORM_NAME, textBound('group', ['name'])),
  usageValue: NUMBER_TYPED,
} as const

export type BoundedField = keyof typeof FIELD_BOUNDS

/** The most respondents an assessment may list, as an import accepts. */
export const RESPONDENTS_MAX = listBound('assessment', ['respondents'])
