/**
 * The French words of the faults found in a file (questionnaire definition, backup): each issue's
 * code and facts, from the validators generated from the JSON Schemas and the checks beside them,
 * become « chemin : ce qui ne va pas ».
 */
import type { ExpressionExpectation, ExpressionProblem, IssueParams, ValidationIssue } from '../domain/definition'
import { countOf } from './plural.ts'

/** What each pattern of the schemas asks for, said to the user (a unit test checks every pattern has one). */
export const PATTERN_HINTS: Readonly<Record<string, string>> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'minuscules, chiffres et tirets attendus (ex. « gouv-budget »)',
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$': 'version attendue sous la forme 1.0.0',
  '^[A-Z]{1,3}[0-9]{1,3}$': 'une à trois majuscules suivies de chiffres (ex. U10)',
  '\\S': 'un texte non vide est attendu',
  '^[A-Za-z0-9][A-Za-z0-9._:-]*$': 'lettres, chiffres, points, tirets et deux-points attendus',
  '^[0-9a-f]{64}$': '64 chiffres hexadécimaux attendus',
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'un texte est attendu',
  number: 'un nombre est attendu',
  integer: 'un nombre entier est attendu',
  boolean: 'oui ou non (true ou false) est attendu',
  object: 'un objet est attendu',
  array: 'une liste est attendue',
  'string,null': 'un texte est attendu',
  'integer,null': 'un nombre entier est attendu',
  'number,null': 'un nombre est attendu',
  'string,array': 'un texte ou une liste de textes est attendu',
}

/** What an id names, in « identifiant de question « x » déjà utilisé ». */
const IDS: Readonly<Record<string, string>> = {
  question: 'identifiant de question',
  domain: 'identifiant de domaine',
  action: 'identifiant d’action',
  fact: 'identifiant de fait de profil',
  dimension: 'identifiant de dimension',
  axis: 'identifiant d’axe',
  requirement: 'code d’exigence',
  need: 'identifiant de besoin',
  qualification: 'identifiant de question de qualification',
  option: 'valeur de réponse',
  record: 'identifiant',
  definition: 'questionnaire',
}

/** What an unknown reference names. */
const UNKNOWN: Readonly<Record<string, string>> = {
  question: 'question inconnue',
  domain: 'domaine inconnu',
  action: 'action inconnue',
  fact: 'fait de profil inconnu',
  dimension: 'dimension inconnue',
  axis: 'axe inconnu',
  assessment: 'évaluation absente du fichier',
  structure: 'structure absente du fichier',
}

const EXPECTED: Record<ExpressionExpectation, string> = {
  condition: 'une condition',
  'closing-parenthesis': '« ) »',
  operator: 'un opérateur',
  value: 'une valeur entre apostrophes',
  'opening-bracket': '« [ »',
  'closing-bracket': '« ] »',
}

/** The French message of a condition the parser refused. */
function conditionMessage({ problem, found, expected }: IssueParams): string {
  const messages: Record<ExpressionProblem, string> = {
    'unclosed-brace': 'accolade fermante « } » manquante',
    'bad-question-name': `nom de question invalide « ${found} »`,
    'unclosed-quote': 'guillemet fermant manquant',
    'unexpected-character': `caractère inattendu « ${found} »`,
    'unexpected-token': `élément inattendu « ${found} »`,
    end: `${EXPECTED[expected as ExpressionExpectation] ?? 'une condition'} attendu à la fin de l’expression`,
    'closing-parenthesis-expected': 'parenthèse fermante « ) » attendue',
    'question-expected': `une question entre accolades était attendue, pas « ${found} »`,
    'unsupported-operator': `opérateur non pris en charge « ${found} »`,
    'value-expected': `valeur entre apostrophes attendue, pas « ${found} »`,
    'list-expected': 'liste entre crochets attendue',
    'comma-or-bracket-expected': 'virgule ou « ] » attendue',
  }
  return messages[problem as ExpressionProblem] ?? 'condition illisible'
}

function patternMessage(p: IssueParams): string {
  const hint = PATTERN_HINTS[p.pattern ?? '']
  return `format invalide « ${p.value} »${hint ? ` : ${hint}` : ''}`
}

/** What is wrong, in French, without the path. */
export function issueMessage({ code, params: p = {} }: ValidationIssue): string {
  switch (code) {
    case 'type':
      return TYPES[p.expected ?? ''] ?? 'type de valeur inattendu'
    case 'null':
      return 'valeur vide (null) non permise'
    case 'required':
      return 'champ obligatoire manquant'
    case 'unknown-field':
      return `champ inconnu « ${p.field} »`
    case 'too-long':
      return `trop long (${p.length} caractères, ${p.limit} au plus)`
    case 'empty':
      return 'ne doit pas être vide'
    case 'too-short':
      return `au moins ${p.limit} caractères attendus`
    case 'pattern':
      return patternMessage(p)
    case 'enum':
      return `valeur inattendue « ${p.value} » ; attendu : ${(p.allowed ?? []).join(', ')}`
    case 'minimum':
      return `doit être au moins ${p.limit}`
    case 'maximum':
      return `doit être au plus ${p.limit}`
    case 'exclusive-minimum':
      return `doit être supérieur à ${p.limit}`
    case 'too-few':
      return `au moins ${countOf(Number(p.limit), 'élément')} attendu${Number(p.limit) > 1 ? 's' : ''}`
    case 'too-many':
      return `trop d’éléments (${p.count}, ${p.limit} au plus)`
    case 'repeated-item':
      return `« ${p.value} » est cité deux fois`
    case 'bad-key': {
      const hint = PATTERN_HINTS[p.pattern ?? '']
      return `clé invalide « ${p.value} »${hint ? ` : ${hint}` : ''}`
    }
    case 'requires-field':
      return `« ${p.field} » ne s’emploie qu’avec « ${p.missing} »`
    case 'invalid':
      return 'valeur invalide'
    case 'not-json':
      if (p.what === 'backup') return 'Le fichier n’est pas un fichier JSON valide (il est peut-être tronqué).'
      return 'le fichier n’est pas un JSON valide (il est peut-être tronqué, ou ce n’est pas un questionnaire CapSI)'
    case 'id-mismatch':
      return `l’identifiant « ${p.value} » doit être égal au nom du fichier « ${p.name} »`
    case 'duplicate':
      if (p.what === 'record' || p.what === 'definition')
        return `identifiant « ${p.value} » présent deux fois (déjà en ${p.first})`
      return `${IDS[p.what ?? ''] ?? 'identifiant'} « ${p.value} » déjà utilisé${p.first ? ` (${p.first})` : ''}`
    case 'reserved-value':
      return `« ${p.value} » est une valeur réservée`
    case 'level-not-in-scale':
      return `le niveau ${p.limit} n’existe pas dans l’échelle`
    case 'level-twice':
      return `le niveau ${p.limit} est décrit deux fois`
    case 'unknown-reference':
      return `${UNKNOWN[p.what ?? ''] ?? 'référence inconnue'} « ${p.value} »`
    case 'category-in-both':
      return `la catégorie « ${p.value} » est à la fois dans trueFor et dans falseFor`
    case 'condition-syntax':
      return `condition invalide : ${conditionMessage(p)} (position ${p.position})`
    case 'condition-unknown-question':
      return `la condition cite « ${p.value} », qui n’est pas une question précédente`
    case 'condition-unknown-value':
      return `la condition compare « ${p.field} » à « ${p.value} », qui n’est pas une de ses réponses`
    case 'no-level-below':
      return `aucun niveau de l’échelle n’est inférieur à ${p.below}`
    case 'no-level-between':
      return `aucun niveau de l’échelle n’est à la fois au moins ${p.from} et inférieur à ${p.below}`
    case 'trigger-needs-below-or-unknown':
      return 'indiquez « below » ou « whenUnknown »'
    case 'self-prerequisite':
      return `l’action « ${p.value} » ne peut pas être son propre prérequis`
    case 'prerequisite-cycle':
      return `cycle de prérequis : ${(p.cycle ?? []).join(' → ')}`
    default:
      return backupMessage(code, p)
  }
}

/** The faults only a backup file has. */
function backupMessage(code: ValidationIssue['code'], p: IssueParams): string {
  switch (code) {
    case 'not-a-day':
      return `date attendue au format AAAA-MM-JJ (reçu « ${p.value} »)`
    case 'day-not-in-calendar':
      return `date qui n’existe pas au calendrier « ${p.value} »`
    case 'not-a-date-time':
      return `date et heure attendues au format ISO, par exemple 2026-03-02T09:30:00.000Z (reçu « ${p.value} »)`
    case 'unknown-format':
      return `format ${p.limit} inconnu : ce fichier ne peut pas être lu`
    case 'not-capsi':
      return 'Ce fichier n’est pas une sauvegarde CapSI (il ne commence pas par « format » : « capsi-backup »).'
    case 'newer-format':
      return `Ce fichier a été créé par une version plus récente de CapSI (format ${p.limit}). Mettez l’application à jour pour l’importer.`
    case 'no-checksum':
      return 'somme de contrôle manquante ou illisible (64 chiffres hexadécimaux attendus)'
    case 'damaged':
      return 'Le fichier a été modifié ou endommagé : sa somme de contrôle ne correspond pas.'
    case 'too-large':
      return `Le fichier est trop volumineux (${p.count} Mo ; ${p.limit} Mo au plus).`
    case 'too-deep':
      return 'Le fichier est trop imbriqué pour être lu.'
    case 'missing-record':
      return p.what === 'assessment'
        ? `l’évaluation « ${p.value} » ne figure pas dans le fichier`
        : `la structure « ${p.value} » ne figure pas dans le fichier`
    case 'other-definition':
      return `la version ${p.version} du questionnaire « ${p.value} » jointe au fichier n’est pas celle déjà enregistrée ici sous le même numéro : une version enregistrée ne change plus. Donnez un autre numéro de version au questionnaire de ce fichier, ou importez-le dans une autre installation de CapSI.`
    case 'unknown-questionnaire':
      return `questionnaire inconnu « ${p.value} » (version ${p.version}) : il n’est ni joint au fichier ni disponible dans cette version de CapSI`
    case 'more-issues':
      return `… et ${countOf(Number(p.count), 'autre erreur', 'autres erreurs')}`
    default:
      return 'valeur invalide'
  }
}

/** The path shown for an issue: the field's, « (racine) » for the whole file, « (fichier) » for its text. */
export function issuePath(issue: ValidationIssue): string {
  if (issue.code === 'not-json' && issue.params?.what !== 'backup') return '(fichier)'
  return issue.path || '(racine)'
}

/** One French sentence per issue, e.g. « .domains[0].questions[2].help : champ obligatoire manquant ». */
export function formatValidationErrors(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `${issuePath(issue)} : ${issueMessage(issue)}`)
}
