import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildActionPlan } from '@/domain/action-plan'
import { appliesTo, resolveProfile, type StructureCategory } from '@/domain/assessment'
import type { ActionDefinition, Question, QuestionnaireDefinition } from '@/domain/definition/definition'
import { listQuestions } from '@/domain/definition/definition'
import { expressionVariables, parseExpression } from '@/domain/definition/expression'
import { answersFor } from '../fixtures'

const definition = JSON.parse(
  readFileSync(new URL('../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as QuestionnaireDefinition
const questions = listQuestions(definition)
const actions = definition.actions ?? []
const questionIds = new Set(questions.map((q) => q.id))
const actionIds = new Set(actions.map((a) => a.id))

function question(id: string): Question {
  const found = questions.find((q) => q.id === id)
  if (!found) throw new Error(`no question ${id}`)
  return found
}

function action(id: string): ActionDefinition {
  const found = actions.find((a) => a.id === id)
  if (!found) throw new Error(`no action ${id}`)
  return found
}

/** Question pairs that asked the same thing twice in 1.0.0: the first was removed, the second holds the topic. */
const MERGED_QUESTIONS: [removed: string, kept: string][] = [
  ['orga-support-utilisateurs', 'qds-support-acces'],
  ['orga-contrats-prestataires', 'qds-contrats'],
  ['infra-inventaire', 'gouv-inventaire-si'],
  ['dui-mobilite', 'infra-postes-unites'],
  ['dui-mon-espace-sante', 'socle-dmp-alimentation'],
  ['usage-conduite-changement', 'proj-conduite-changement'],
  ['secu-information-personnes', 'ethi-information-partage'],
  ['usage-referents-metier', 'proj-referents-metier'],
  ['qds-satisfaction', 'usage-satisfaction-pros'],
  ['dui-couverture-professions', 'usage-dui-quotidien'],
  ['gouv-indicateurs-si', 'data-tableaux-bord'],
]

/** Questions of 1.0.0 that asked two things at once, and the questions that now ask each of them. */
const SPLIT_QUESTIONS: [removed: string, into: [string, string]][] = [
  ['infra-internet', ['infra-internet-debit', 'infra-internet-secours']],
  ['secu-droits-acces', ['secu-profils-acces', 'secu-comptes-departs']],
  ['secu-mises-a-jour', ['secu-correctifs', 'secu-antivirus']],
  ['secu-authentification', ['secu-comptes-individuels', 'secu-authentification-forte']],
  ['dui-rh-planning', ['dui-gestion-personnel', 'dui-planning']],
  ['socle-mssante-organisation', ['socle-mssante-releve', 'socle-mssante-integration-dui']],
  ['ethi-acces-personne', ['ethi-acces-informations', 'ethi-participation-projet']],
  ['orga-prestataires', ['orga-prestataires-pilotage', 'orga-equipe-informatique']],
]

/** Action pairs that served the same purpose in 1.0.0: the first was removed, the second carries the purpose. */
const MERGED_ACTIONS: [removed: string, kept: string][] = [
  ['act-organiser-support-utilisateurs', 'act-qds-organiser-support'],
  ['act-encadrer-prestataires-contrats', 'act-qds-revoir-contrats'],
  ['act-infra-inventaire-renouvellement', 'act-etablir-inventaire-si'],
  ['act-equiper-mobilite-dui', 'act-infra-equiper-mobilite'],
  ['act-alimenter-dmp-depuis-dui', 'act-alimenter-dmp'],
  ['act-conduire-changement', 'act-accompagner-changement'],
  ['act-secu-informer-personnes', 'act-informer-partage-donnees'],
  ['act-animer-referents', 'act-constituer-referents-metier'],
  ['act-qds-recueillir-avis', 'act-mesurer-usage-satisfaction'],
  ['act-generaliser-dui-professions', 'act-generaliser-transmissions-dui'],
  ['act-suivre-tableau-de-bord-si', 'act-installer-tableau-bord'],
]

/**
 * The purpose of every catalogue action, kept by hand: a new action must name its purpose here, and
 * two actions may not share one (a plan would then ask the same thing twice).
 */
const ACTION_PURPOSES: Record<string, string> = {
  'act-designer-referent-si': 'qui anime le SI',
  'act-designer-dpo': 'qui veille à la protection des données',
  'act-designer-referent-securite': 'qui veille à la sécurité',
  'act-etablir-inventaire-si': 'ce qui existe',
  'act-rediger-schema-directeur-si': 'ce que la structure veut',
  'act-construire-budget-si': 'ce que coûte le SI',
  'act-inscrire-si-documents-strategiques': 'le numérique dans les engagements de la structure',
  'act-installer-comite-si': 'où se décide le SI',
  'act-rejoindre-collectif-si-regional': 'les partenaires régionaux',
  'act-mutualiser-competences-si': 'les compétences partagées',
  'act-definir-role-prestataires': 'le rôle des prestataires',
  'act-organiser-service-informatique': 'le service informatique interne',
  'act-former-equipes-numerique': 'la formation au numérique',
  'act-designer-sponsor-chef-de-projet': 'qui porte et conduit un projet',
  'act-adopter-methode-projet': 'la méthode de projet',
  'act-constituer-referents-metier': 'les référents métier',
  'act-rediger-expression-besoins': 'les besoins écrits',
  'act-preparer-financement-si': 'les financements',
  'act-structurer-relation-editeurs': 'la relation avec les éditeurs',
  'act-accompagner-changement': 'la conduite du changement',
  'act-capitaliser-bilans-projets': 'les leçons des projets',
  'act-lancer-projet-dui': 'se doter d’un DUI',
  'act-projet-personnalise-dans-dui': 'le projet personnalisé dans le DUI',
  'act-verifier-referencement-segur': 'le référencement Ségur',
  'act-relier-logiciels': 'les liens entre logiciels',
  'act-informatiser-gestion': 'les logiciels de gestion',
  'act-infra-equiper-postes': 'les postes de travail',
  'act-infra-equiper-mobilite': 'les appareils des intervenants à domicile',
  'act-infra-gerer-flotte-mobile': 'la protection des appareils mobiles',
  'act-infra-fiabiliser-reseau': 'le réseau et internet',
  'act-infra-recenser-hebergement': 'où sont hébergés les logiciels',
  'act-infra-sauvegardes': 'les sauvegardes',
  'act-infra-plan-renouvellement': 'le renouvellement du matériel',
  'act-qds-organiser-support': 'à qui s’adresser',
  'act-qds-suivre-incidents-service': 'le suivi des incidents et des délais',
  'act-qds-mode-degrade': 'le fonctionnement dégradé',
  'act-qds-revoir-contrats': 'les contrats',
  'act-qds-planifier-versions': 'les versions des logiciels métier',
  'act-secu-politique': 'les règles de sécurité',
  'act-secu-conformite-rgpd': 'le registre et le plan RGPD',
  'act-secu-aipd': 'l’analyse d’impact',
  'act-secu-habilitations': 'les profils d’accès',
  'act-secu-fermer-comptes-departs': 'les comptes à l’arrivée et au départ',
  'act-secu-comptes-nominatifs': 'un compte par personne',
  'act-secu-authentification-forte': 'l’authentification forte',
  'act-secu-tracabilite': 'la trace des accès',
  'act-secu-verifier-hds': 'la certification HDS',
  'act-secu-tester-restauration': 'la restauration des sauvegardes',
  'act-secu-reponse-incident': 'la réponse aux incidents de sécurité',
  'act-secu-sensibiliser': 'la sensibilisation',
  'act-secu-mises-a-jour': 'les correctifs de sécurité',
  'act-secu-antivirus': 'l’antivirus',
  'act-organiser-identitovigilance': 'l’identitovigilance',
  'act-qualifier-identites-ins': 'l’INS',
  'act-ouvrir-mssante': 'l’usage de MSSanté',
  'act-organiser-releve-mssante': 'la relève des boîtes MSSanté',
  'act-integrer-mssante-dui': 'MSSanté dans le DUI',
  'act-alimenter-dmp': 'le DMP / Mon espace santé',
  'act-engager-eprescription': 'l’e-prescription',
  'act-identifier-professionnels': 'l’annuaire et l’e-CPS',
  'act-mettre-a-jour-finess-ror': 'FINESS et ROR',
  'act-utiliser-outils-parcours': 'les outils régionaux de parcours',
  'act-exiger-interoperabilite': 'l’interopérabilité',
  'act-generaliser-transmissions-dui': 'l’usage du DUI par tous les métiers',
  'act-former-arrivants': 'la prise en main par les arrivants',
  'act-supprimer-doubles-circuits': 'la fin du double papier',
  'act-mesurer-usage-satisfaction': 'la mesure de l’usage et de la satisfaction',
  'act-suivre-cibles-usage': 'les cibles d’usage du programme',
  'act-informer-partage-donnees': 'l’information des personnes',
  'act-tracer-choix-personne': 'les choix des personnes',
  'act-ouvrir-acces-personne': 'l’accès des personnes à leurs informations',
  'act-supports-participation-projet': 'la participation au projet personnalisé',
  'act-accompagner-inclusion-numerique': 'l’aide au numérique des personnes',
  'act-examiner-dispositifs-ethique': 'la réflexion éthique sur les dispositifs',
  'act-rendre-outils-accessibles': 'l’accessibilité des outils',
  'act-sobriete-numerique': 'la sobriété numérique',
  'act-produire-indicateurs-si': 'les indicateurs tirés des logiciels',
  'act-installer-tableau-bord': 'le tableau de bord de direction',
  'act-controler-qualite-donnees': 'la qualité des données',
  'act-fiabiliser-remontees': 'les données transmises aux autorités',
  'act-partager-donnees-og': 'les indicateurs partagés avec l’OG',
  'act-bilan-annuel-si': 'le bilan annuel du SI',
  'act-evaluer-fonction-si': 'le réexamen des rôles SI',
  'act-evaluer-usage-logiciels': 'la couverture des logiciels métier',
  'act-revoir-infrastructures': 'la revue annuelle de l’équipement',
  'act-qds-revue-prestataires': 'la revue annuelle des prestataires',
  'act-exercer-continuite': 'les exercices de continuité',
  'act-secu-controler': 'le contrôle annuel de la sécurité',
  'act-rgpd-bilan-annuel': 'le bilan annuel du DPO',
  'act-suivre-services-socles': 'le suivi des services socles',
  'act-piloter-usage-par-equipe': 'les objectifs d’usage par équipe',
  'act-evaluer-avec-personnes': 'l’évaluation avec les personnes',
  'act-mesurer-effets-decisions': 'l’effet des décisions',
}

/** Who leads the SI, what exists, what the structure wants: where a director starts on Monday. */
const FOUNDATIONS = [
  'act-designer-referent-si',
  'act-designer-dpo',
  'act-designer-referent-securite',
  'act-etablir-inventaire-si',
  'act-rediger-schema-directeur-si',
]

/** An action that only raises « établi » to « piloté »: every trigger fires below step 4 and none lower. */
function isAmbitious(a: ActionDefinition): boolean {
  return a.triggers.every((t) => (t.below ?? 0) === 4)
}

/** Every action that must come before `id`, directly or through another prerequisite. */
function prerequisitesOf(id: string, seen = new Set<string>()): Set<string> {
  for (const before of action(id).requires ?? []) {
    if (!seen.has(before)) {
      seen.add(before)
      prerequisitesOf(before, seen)
    }
  }
  return seen
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Words a respondent reads on a path: page titles and descriptions, then each question, its help and its options. */
function wordsToRead(onlyCore: boolean): number {
  return definition.domains.reduce((sum, domain) => {
    const asked = domain.questions.filter((q) => !onlyCore || q.core)
    if (asked.length === 0) return sum
    const page = wordCount(domain.title) + wordCount(domain.description)
    return (
      sum +
      page +
      asked.reduce(
        (s, q) =>
          s + wordCount(q.text) + wordCount(q.help) + q.options.reduce((o, option) => o + wordCount(option.label), 0),
        0,
      )
    )
  }, 0)
}

/** The answer whose step is `level`, for every question. */
function everyAnswerAt(level: number): Record<string, string> {
  return Object.fromEntries(questions.map((q) => [q.id, q.options.find((o) => o.level === level)?.value ?? '']))
}

describe('one question, one idea; one topic, one place', () => {
  it.each(MERGED_QUESTIONS)('%s is gone, its topic asked only by %s', (removed, kept) => {
    expect(questionIds.has(removed)).toBe(false)
    expect(questionIds.has(kept)).toBe(true)
  })

  it.each(SPLIT_QUESTIONS)('%s, which asked two things, is replaced by two questions', (removed, [first, second]) => {
    expect(questionIds.has(removed)).toBe(false)
    expect(questionIds.has(first) && questionIds.has(second)).toBe(true)
  })

  it.each(MERGED_ACTIONS)('%s is gone, its purpose carried by %s', (removed, kept) => {
    expect(actionIds.has(removed)).toBe(false)
    expect(actionIds.has(kept)).toBe(true)
  })

  it('gives every action a purpose that no other action shares', () => {
    expect([...actionIds].filter((id) => !(id in ACTION_PURPOSES))).toEqual([])
    expect(Object.keys(ACTION_PURPOSES).filter((id) => !actionIds.has(id))).toEqual([])
    const purposes = Object.values(ACTION_PURPOSES)
    expect(purposes.filter((p, i) => purposes.indexOf(p) !== i)).toEqual([])
  })

  it('asks no question twice: question texts are all different', () => {
    const texts = questions.map((q) => q.text.toLowerCase())
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([])
  })
})

describe('a path to the target for every question', () => {
  it('has, for every question and every step below its domain’s target, an action that triggers there', () => {
    const missing: string[] = []
    for (const domain of definition.domains) {
      for (const q of domain.questions) {
        for (let level = 0; level < (domain.target ?? 3); level++) {
          if (!actions.some((a) => a.triggers.some((t) => t.question === q.id && (t.below ?? 0) > level)))
            missing.push(`${q.id} (niveau ${level})`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('offers fewer, more ambitious actions from « établi » to « piloté », all of low priority', () => {
    const ambitious = actions.filter(isAmbitious)
    expect(ambitious.length).toBeGreaterThanOrEqual(8)
    expect(ambitious.length).toBeLessThan(actions.length / 4)
    for (const a of ambitious) expect(a.priority, a.id).toBe(3)
    const covered = questions.filter((q) =>
      actions.some((a) => a.triggers.some((t) => t.question === q.id && (t.below ?? 0) >= 4)),
    )
    expect(covered.length / questions.length).toBeGreaterThan(0.9)
  })

  it('with every answer at step 2, plans actions in every domain below target and a step up for each question', () => {
    const plan = buildActionPlan(definition, answersFor(everyAnswerAt(2)), { targets: {}, edits: {}, custom: [] })
    for (const domain of definition.domains)
      expect(
        plan.some((item) => item.domainId === domain.id),
        domain.id,
      ).toBe(true)
    const planned = new Set(plan.map((item) => item.actionId))
    const stepUp = (a: ActionDefinition, q: Question) =>
      !isAmbitious(a) && a.triggers.some((t) => t.question === q.id && (t.below ?? 0) > 2)
    const withoutStepUp = questions.filter((q) => !actions.some((a) => planned.has(a.id) && stepUp(a, q)))
    expect(withoutStepUp.map((q) => q.id)).toEqual([])
  })
})

describe('prerequisites between actions', () => {
  it('cites only catalogue actions, never itself', () => {
    for (const a of actions) {
      for (const id of a.requires ?? []) {
        expect(actionIds.has(id), `${a.id} → ${id}`).toBe(true)
        expect(id).not.toBe(a.id)
      }
    }
  })

  it.each<[string, string[]]>([
    ['act-alimenter-dmp', ['act-lancer-projet-dui', 'act-qualifier-identites-ins']],
    ['act-qualifier-identites-ins', ['act-organiser-identitovigilance', 'act-lancer-projet-dui']],
    ['act-secu-politique', ['act-designer-referent-securite']],
    ['act-secu-conformite-rgpd', ['act-designer-dpo']],
    [
      'act-lancer-projet-dui',
      ['act-designer-referent-si', 'act-etablir-inventaire-si', 'act-rediger-schema-directeur-si'],
    ],
    ['act-secu-tester-restauration', ['act-infra-sauvegardes']],
  ])('%s comes after %j', (id, prerequisites) => {
    expect(action(id).requires).toEqual(expect.arrayContaining(prerequisites))
  })

  it('lets no urgent non-project action start before the foundations: each one waits for one, directly or not', () => {
    const urgent = actions.filter((a) => a.priority === 1 && a.phase === 'organisation' && !FOUNDATIONS.includes(a.id))
    expect(urgent.length).toBeGreaterThan(0)
    for (const a of urgent)
      expect(
        [...prerequisitesOf(a.id)].some((id) => FOUNDATIONS.includes(id)),
        a.id,
      ).toBe(true)
    for (const id of FOUNDATIONS) expect(action(id)).toMatchObject({ priority: 1, phase: 'organisation' })
  })

  it('asks about feeding the DMP only once a DUI exists', () => {
    expect(expressionVariables(parseExpression(question('socle-dmp-alimentation').visibleIf ?? ''))).toEqual([
      'dui-presence',
    ])
  })
})

describe('the structure’s profile', () => {
  const facts = new Map((definition.profile ?? []).map((f) => [f.id, f]))

  it('declares the four facts, with a plain reason for each', () => {
    expect([...facts.keys()].sort()).toEqual(['domicile', 'echanges-sante', 'service-informatique', 'soins'])
    for (const fact of facts.values()) {
      expect(fact.text.endsWith('?'), fact.id).toBe(true)
      expect(fact.reasonWhenFalse.length, fact.id).toBeGreaterThan(10)
    }
  })

  /** The questions asked of a structure of this category, its profile left at the category's defaults. */
  const askedOf = (category: StructureCategory) => {
    const profile = resolveProfile(definition, { category })
    return new Set(questions.filter((q) => appliesTo(q, profile)).map((q) => q.id))
  }

  it('does not ask a CHRS or a MECS about e-prescription, the INS, MSSanté or feeding the DMP', () => {
    for (const category of ['CHRS', 'MECS'] as const) {
      const asked = askedOf(category)
      for (const id of [
        'socle-eprescription',
        'socle-ins-qualification',
        'socle-mssante-usage',
        'socle-dmp-alimentation',
      ])
        expect(asked.has(id), `${category} → ${id}`).toBe(false)
    }
  })

  it('asks an EHPAD about health data exchanges and e-prescription, but not about care at home', () => {
    const asked = askedOf('EHPAD')
    for (const id of [
      'socle-eprescription',
      'socle-ins-qualification',
      'socle-mssante-usage',
      'socle-dmp-alimentation',
    ])
      expect(asked.has(id), id).toBe(true)
    expect(asked.has('infra-mobilite')).toBe(false)
    expect(askedOf('SSIAD').has('infra-mobilite')).toBe(true)
  })

  it('asks about the in-house IT team until the structure says it has none', () => {
    expect(askedOf('EHPAD').has('orga-equipe-informatique')).toBe(true)
    const without = resolveProfile(definition, { category: 'EHPAD', profile: { 'service-informatique': false } })
    expect(questions.filter((q) => appliesTo(q, without)).map((q) => q.id)).not.toContain('orga-equipe-informatique')
  })

  it('leaves every fact to the user for a structure of category « Autre », asking it every question meanwhile', () => {
    const profile = resolveProfile(definition, { category: 'Autre' })
    expect(profile.facts.map((f) => f.source)).toEqual(profile.facts.map(() => 'none'))
    expect(askedOf('Autre').size).toBe(questions.length)
  })

  it('no longer asks the respondent to judge « Non applicable » from the structure’s profile', () => {
    expect(questions.filter((q) => /Répondez « Non applicable »/.test(q.help)).map((q) => q.id)).toEqual([])
  })

  it('does not reward outsourcing: the providers question has an answer for a structure without providers', () => {
    expect(question('orga-prestataires-pilotage').allowNotApplicable).toBe(true)
    expect(question('orga-prestataires-pilotage').options.at(-1)?.label).toMatch(/la direction décide/)
  })
})

describe('the essential path and the texts', () => {
  it('names the path in CapSI’s words, never MaturiN-SMS’s « questions socles », and announces no duration', () => {
    const texts = [
      definition.description,
      ...questions.flatMap((q) => [q.text, q.help]),
      ...actions.flatMap((a) => [a.title, a.why, a.how]),
    ]
    expect(texts.filter((t) => /questions socles/i.test(t))).toEqual([])
    expect(definition.description).toMatch(/parcours essentiel/)
    expect(definition.description).not.toMatch(/\b(heure|minutes?|quart d’heure)\b/)
  })

  it('names oSIS where MaturiN-SMS is said to prepare the official declaration', () => {
    expect(definition.description).toMatch(/MaturiN-SMS/)
    expect(definition.description).toMatch(/oSIS/)
  })

  it('says what the obligation to report security incidents is, and where reports go', () => {
    const incident = [question('secu-incidents').help, action('act-secu-reponse-incident').how].join(' ')
    expect(incident).toMatch(/sans délai/)
    expect(incident).toMatch(/L\.1111-8-2 du code de la santé publique/)
    expect(incident).toMatch(/portail de signalement des événements sanitaires indésirables/)
    expect(incident).toMatch(/CERT Santé/)
    expect(incident).not.toMatch(/portail national prévu à cet effet/)
  })

  it('keeps both paths short enough to read: under 11,000 words in full (about 19,700 in 1.0.0), under 3,000 for the essential path', () => {
    const full = wordsToRead(false)
    const essential = wordsToRead(true)
    expect(full).toBeLessThan(11_000)
    expect(essential).toBeLessThan(3_000)
    expect(essential).toBeLessThan(full / 3)
  })
})
