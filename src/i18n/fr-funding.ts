/**
 * The funding pre-conditions in French: each rule's title, the figures its check used and the
 * explanation of its result, from the facts the domain returns. Lists of structures name a few and
 * count the rest, so that a table cell or a CSV field stays short whatever the size of the group.
 */
import type { RuleCatalogueError, RuleDetail, RuleKind, RuleResult } from '@/domain/workshop'
import { nameList } from './fr-numbers'
import { countOf, plural } from './plural'

export const RULE_TITLES: Readonly<Record<RuleKind, string>> = {
  'min-essms': 'Nombre minimal d’ESSMS dans la grappe',
  'min-og': 'Nombre minimal d’organismes gestionnaires',
  'max-funded': 'Nombre maximal de structures financées',
  'filing-level': 'Niveau de dépôt du dossier',
  'services-socles':
    'Mise en conformité d’un DUI existant : services socles intégrés (MSSanté, DMP / Mon espace santé, e-prescription)',
  'dui-segur': 'DUI référencé Ségur « vague 1 » pour chaque structure',
  'usage-targets': 'Cibles d’usage',
  'finess-present': 'Numéro FINESS de chaque structure',
}

/** A rule's result in words: its title, the figures the check used, and the explanation. */
export interface RuleWording {
  title: string
  figures: { label: string; value: string }[]
  explanation: string
}

const NO_STRUCTURE = 'Aucune structure dans le groupe.'

type Figures = [string, string | number][]

/** The figures and the explanation of one rule, from its facts and status. */
function words(detail: RuleDetail, status: RuleResult['status']): [Figures, string] {
  switch (detail.kind) {
    case 'min-essms': {
      const { count: n, min } = detail
      const where = detail.lowered
        ? 'toutes les structures sont en Corse ou outre-mer (seuil abaissé)'
        : 'seuil général'
      const figures: Figures = [
        ['ESSMS dans la grappe', n],
        ['Minimum', min],
      ]
      return [
        figures,
        n >= min
          ? `${n} ESSMS pour un minimum de ${min} (${where}).`
          : `${n} ESSMS : il en faut au moins ${min} (${where}), soit ${min - n} de plus.`,
      ]
    }
    case 'min-og': {
      const { organisations: og, min, largest, soloAbove } = detail
      const figures: Figures = [
        ['Organismes gestionnaires', og],
        ['Minimum', min],
        ['Structures du plus grand OG', largest],
      ]
      return [
        figures,
        detail.solo
          ? `Un seul organisme gestionnaire, mais il compte ${largest} structures (plus de ${soloAbove}) : il peut déposer seul.`
          : status === 'met'
            ? `${countOf(og, 'organisme gestionnaire', 'organismes gestionnaires')} pour un minimum de ${min}.`
            : `${countOf(og, 'organisme gestionnaire', 'organismes gestionnaires')} : il en faut au moins ${min}, sauf un organisme de plus de ${soloAbove} structures qui dépose seul.`,
      ]
    }
    case 'max-funded': {
      const { count: n, max } = detail
      return [
        [
          ['Structures', n],
          ['Maximum financé', max],
        ],
        n <= max
          ? `${countOf(n, 'structure')}, dans la limite de ${max} financées par projet.`
          : `${n} structures : le financement est limité à ${max} structures par projet ; ${n - max} ne seraient pas financées.`,
      ]
    }
    case 'filing-level': {
      const { count: n, nationalFrom } = detail
      return [
        [
          ['ESSMS', n],
          ['Dépôt national à partir de', nationalFrom],
        ],
        detail.national
          ? `${n} ESSMS (${nationalFrom} ou plus) : dépôt à l’appel national.`
          : `${n} ESSMS (moins de ${nationalFrom}) : dépôt à l’appel régional de l’ARS.`,
      ]
    }
    case 'services-socles':
      return socles(detail, status)
    case 'dui-segur':
      return segur(detail, status)
    case 'usage-targets':
      return usage(detail, status)
    case 'finess-present':
      return finess(detail, status)
  }
}

function socles(
  detail: Extract<RuleDetail, { kind: 'services-socles' }>,
  status: RuleResult['status'],
): [Figures, string] {
  const { notReached, unknown } = detail
  const figures: Figures = [
    ['Structures qui atteignent le seuil', detail.reached],
    ['Structures sous le seuil', notReached.length],
    ['Structures indéterminées', unknown.length],
    ['Seuil par structure', detail.minReached],
  ]
  const rulePhrase = `au moins ${detail.minReached} des ${detail.total} services socles au niveau ${detail.reachedLevel} ou plus`
  if (detail.count === 0) return [figures, NO_STRUCTURE]
  if (status === 'not-met')
    return [
      figures,
      `${countOf(notReached.length, 'structure')} ${plural(notReached.length, 'n’atteint', 'n’atteignent')} pas ${rulePhrase} : ${nameList(notReached)}.`,
    ]
  if (status === 'cannot-tell')
    return [
      figures,
      `Les réponses ne permettent pas de conclure pour ${countOf(unknown.length, 'structure')} (question non répondue, « Je ne sais pas » ou pas d’évaluation) : ${nameList(unknown)}.`,
    ]
  return [figures, `Chaque structure déclare ${rulePhrase}.`]
}

function segur(detail: Extract<RuleDetail, { kind: 'dui-segur' }>, status: RuleResult['status']): [Figures, string] {
  const exemptList = detail.exemptCategories.join(', ')
  if (detail.onlyExempt)
    return [
      [
        ['Structures', detail.count],
        ['Catégories dispensées', exemptList],
      ],
      `Le groupement ne compte que des structures de l’accueil, de l’hébergement et de l’insertion (AHI) ou de la protection de l’enfance (${exemptList}) : le référencement Ségur « vague 1 » du DUI n’est pas exigé.`,
    ]
  const figures: Figures = [
    ['Structures au DUI référencé', detail.referenced],
    ['Structures au DUI non référencé', detail.notReferenced.length],
    ['Structures indéterminées', detail.undecided.length],
  ]
  if (detail.count === 0) return [figures, NO_STRUCTURE]
  if (status === 'not-met')
    return [
      figures,
      `DUI non référencé Ségur « vague 1 » (réponse sous le niveau ${detail.referencedFromLevel}) pour : ${nameList(detail.notReferenced)}.`,
    ]
  if (status === 'cannot-tell') {
    const noDui = detail.noDui.length
      ? ` Sans DUI en service : ${nameList(detail.noDui)} (la solution choisie par le groupement devra être référencée).`
      : ''
    return [
      figures,
      `Les réponses ne permettent pas de conclure pour : ${nameList(detail.undecided)} (pas d’évaluation, question non répondue ou « Je ne sais pas », ou pas de DUI en service).${noDui}`,
    ]
  }
  return [
    figures,
    `Chaque structure déclare un DUI dans une version référencée Ségur « vague 1 » (niveau ${detail.referencedFromLevel} ou plus).`,
  ]
}

function usage(
  detail: Extract<RuleDetail, { kind: 'usage-targets' }>,
  status: RuleResult['status'],
): [Figures, string] {
  const figures: Figures = detail.entered.map((e) => [e.label, `${e.observed ?? '?'} pour une cible de ${e.target}`])
  const n = detail.entered.length
  if (n === 0)
    return [
      [],
      'Aucune cible d’usage saisie : impossible de conclure. Saisissez les cibles de l’instruction en vigueur et les valeurs observées.',
    ]
  if (status === 'not-met') return [figures, `Sous la cible : ${detail.below.join(', ')}.`]
  if (status === 'cannot-tell') return [figures, `Valeur observée manquante : ${detail.missing.join(', ')}.`]
  return [
    figures,
    n === 1 ? 'La cible d’usage saisie est atteinte.' : `Les ${n} cibles d’usage saisies sont atteintes.`,
  ]
}

function finess(
  detail: Extract<RuleDetail, { kind: 'finess-present' }>,
  status: RuleResult['status'],
): [Figures, string] {
  const sharing = detail.shared.reduce((sum, s) => sum + s.labels.length, 0)
  const figures: Figures = [
    ['Structures au FINESS valide', detail.valid],
    ['Structures', detail.count],
    ['Structures au FINESS partagé', sharing],
  ]
  if (detail.count === 0) return [figures, NO_STRUCTURE]
  if (status === 'met') return [figures, 'Chaque structure a son propre numéro FINESS.']
  const parts: string[] = []
  if (detail.invalid.length)
    parts.push(
      `FINESS manquant ou invalide pour ${countOf(detail.invalid.length, 'structure')} : ${nameList(detail.invalid)}.`,
    )
  if (detail.shared.length) {
    const shown = detail.shared.slice(0, 3).map((s) => `${s.finess} (${nameList(s.labels, 3)})`)
    const more = detail.shared.length - shown.length
    parts.push(
      `Même numéro FINESS pour ${countOf(sharing, 'structure')} : ${shown.join(' ; ')}${more > 0 ? ` ; et ${countOf(more, 'autre numéro', 'autres numéros')}` : ''}.`,
    )
  }
  return [figures, parts.join(' ')]
}

/** A rule's result in French: its title, its figures and its explanation. */
export function describeRuleResult(result: Pick<RuleResult, 'kind' | 'status' | 'detail'>): RuleWording {
  const [figures, explanation] = words(result.detail, result.status)
  return {
    title: RULE_TITLES[result.kind],
    figures: figures.map(([label, value]) => ({ label, value: String(value) })),
    explanation,
  }
}

/** Why a rule file is refused, with the place in the file. */
export function describeRuleCatalogueError(error: RuleCatalogueError): string {
  switch (error.code) {
    case 'format':
      return 'format de fichier de règles inconnu'
    case 'fields':
      return 'champs obligatoires manquants'
    case 'rule-set':
      return `.ruleSets[${error.ruleSet}] : ensemble de règles incomplet`
    case 'phase':
      return `.ruleSets[${error.ruleSet}].phase : phase inconnue`
    case 'rule':
      return `.ruleSets[${error.ruleSet}].rules[${error.rule}] : règle inconnue ou incomplète`
  }
}
