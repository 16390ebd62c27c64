import { describe, expect, it } from 'vitest'
import { validateDefinition } from '@/domain/definition/validate'
import { formatValidationErrors } from '@/i18n/fr-validation'
import { miniDefinition } from '../../fixtures'

type Mutable = Record<string, unknown> & {
  domains: { questions: Record<string, unknown>[] }[]
  actions: Record<string, unknown>[]
}

function broken(mutate: (d: Mutable) => void): unknown {
  const copy = structuredClone(miniDefinition()) as unknown as Mutable
  mutate(copy)
  return copy
}

function errorsOf(input: unknown): string[] {
  const result = validateDefinition(input)
  return result.ok ? [] : formatValidationErrors(result.errors).map(plainSpaces)
}

/** The messages with ordinary spaces where French typography puts non-breaking ones. */
function plainSpaces(text: string): string {
  return text.replaceAll('\u00a0', ' ')
}

describe('validateDefinition', () => {
  it('accepts the example definition', () => {
    expect(validateDefinition(miniDefinition()).ok).toBe(true)
  })

  it('requires the id to equal the file name when one is given', () => {
    expect(validateDefinition(miniDefinition(), 'exemple-mini').ok).toBe(true)
    const result = validateDefinition(miniDefinition(), 'autre-nom')
    expect(result.ok).toBe(false)
    expect(!result.ok && formatValidationErrors(result.errors).map(plainSpaces)).toContain(
      '.id : l’identifiant « exemple-mini » doit être égal au nom du fichier « autre-nom »',
    )
  })

  it.each<[string, (d: Mutable) => void, string]>([
    [
      'a missing help',
      (d) => delete d.domains[0]!.questions[0]!.help,
      '.domains[0].questions[0].help : champ obligatoire manquant',
    ],
    [
      'a wrong type',
      (d) => (d.domains[0]!.questions[0]!.weight = 'lourd'),
      '.domains[0].questions[0].weight : un nombre est attendu',
    ],
    [
      'an unknown field',
      (d) => (d.domains[0]!.questions[0]!.couleur = 'bleu'),
      '.domains[0].questions[0].couleur : champ inconnu « couleur »',
    ],
    [
      'a duplicated question id',
      (d) => (d.domains[1]!.questions[0]!.id = 'gouv-schema'),
      '.domains[1].questions[0].id : identifiant de question « gouv-schema » déjà utilisé (.domains[0].questions[0].id)',
    ],
    [
      'a reserved option value',
      (d) => ((d.domains[0]!.questions[0]!.options as { value: string }[])[0]!.value = 'ne-sait-pas'),
      '.domains[0].questions[0].options[0].value : « ne-sait-pas » est une valeur réservée',
    ],
    [
      'a level outside the scale',
      (d) => ((d.domains[0]!.questions[0]!.options as { level: number }[])[0]!.level = 7),
      '.domains[0].questions[0].options[0].level : le niveau 7 n’existe pas dans l’échelle',
    ],
    [
      'a trigger on an unknown question',
      (d) => ((d.actions[0]!.triggers as { question: string }[])[0]!.question = 'fantome'),
      '.actions[0].triggers[0].question : question inconnue « fantome »',
    ],
    [
      'an unknown phase',
      (d) => (d.actions[0]!.phase = 'rêverie'),
      '.actions[0].phase : valeur inattendue « rêverie » ; attendu : organisation, cadrage',
    ],
    [
      'a condition outside the subset',
      (d) => (d.domains[0]!.questions[1]!.visibleIf = '{gouv-schema} > 2'),
      '.domains[0].questions[1].visibleIf : condition invalide',
    ],
    [
      'a condition on a later question',
      (d) => (d.domains[0]!.questions[0]!.visibleIf = "{secu-comptes} = 'mixte'"),
      'n’est pas une question précédente',
    ],
    [
      'a condition on a value the question does not have',
      (d) => (d.domains[0]!.questions[1]!.visibleIf = "{gouv-schema} = 'peut-etre'"),
      'qui n’est pas une de ses réponses',
    ],
    ['a bad version', (d) => (d.version = 'v1'), '.version : format invalide'],
    ['a bad kind', (d) => (d.kind = 'quiz'), '.kind : valeur inattendue « quiz » ; attendu : maturity, conformity'],
  ])('lists %s with the path of the field, in French', (_name, mutate, expected) => {
    const errors = errorsOf(broken(mutate))
    expect(errors.some((e) => e.includes(expected))).toBe(true)
  })

  it('refuses values that are not definitions at all', () => {
    expect(errorsOf(null)).toEqual(['(racine) : un objet est attendu'])
    expect(errorsOf([])).toEqual(['(racine) : un objet est attendu'])
    expect(errorsOf('{}')).toEqual(['(racine) : un objet est attendu'])
  })

  it('refuses huge strings and lists instead of keeping them', () => {
    const errors = errorsOf(broken((d) => (d.title = 'x'.repeat(100_000))))
    expect(errors.some((e) => e.startsWith('.title : trop long'))).toBe(true)
  })

  it('keeps the number of reported errors bounded', () => {
    const errors = errorsOf(broken((d) => (d.domains = Array.from({ length: 100 }, () => ({ id: 'X' })) as never)))
    expect(errors.length).toBeLessThanOrEqual(200)
  })

  it('requires axes and requirements in a conformity grid', () => {
    const errors = errorsOf(broken((d) => (d.kind = 'conformity')))
    expect(errors).toContain('.axes : champ obligatoire manquant')
    expect(errors).toContain('.requirements : champ obligatoire manquant')
  })

  describe('profile facts and prerequisites', () => {
    const soins = {
      id: 'soins',
      text: 'La structure a-t-elle une équipe soignante ?',
      help: 'Infirmiers ou médecin coordonnateur.',
      trueFor: ['EHPAD', 'MAS'],
      falseFor: ['CHRS'],
      reasonWhenFalse: 'structure sans équipe soignante',
    }

    function withProfile(mutate: (d: Mutable) => void): unknown {
      return broken((d) => {
        d.profile = [structuredClone(soins)]
        d.domains[0]!.questions[0]!.requiresProfile = ['soins']
        d.actions[1]!.requires = ['act-schema']
        mutate(d)
      })
    }

    it('accepts a profile, questions that require its facts and actions that require other actions', () => {
      expect(errorsOf(withProfile(() => undefined))).toEqual([])
    })

    it.each<[string, (d: Mutable) => void, string]>([
      [
        'a question requiring an unknown fact',
        (d) => (d.domains[0]!.questions[0]!.requiresProfile = ['domicile']),
        '.domains[0].questions[0].requiresProfile[0] : fait de profil inconnu « domicile »',
      ],
      [
        'an action requiring an unknown action',
        (d) => (d.actions[1]!.requires = ['act-fantome']),
        '.actions[1].requires[0] : action inconnue « act-fantome »',
      ],
      [
        'an action requiring itself',
        (d) => (d.actions[1]!.requires = ['act-sauvegardes']),
        '.actions[1].requires : l’action « act-sauvegardes » ne peut pas être son propre prérequis',
      ],
      [
        'a cycle of prerequisites',
        (d) => {
          d.actions[0]!.requires = ['act-comptes']
          d.actions[2]!.requires = ['act-sauvegardes']
        },
        '.actions[0].requires : cycle de prérequis : act-schema → act-comptes → act-sauvegardes → act-schema',
      ],
      [
        'a category in both lists',
        (d) => ((d.profile as { falseFor: string[] }[])[0]!.falseFor = ['CHRS', 'EHPAD']),
        '.profile[0].falseFor[1] : la catégorie « EHPAD » est à la fois dans trueFor et dans falseFor',
      ],
      [
        'two facts with the same id',
        (d) => (d.profile as unknown[]).push(structuredClone(soins)),
        '.profile[1].id : identifiant de fait de profil « soins » déjà utilisé (.profile[0].id)',
      ],
      [
        'a fact without its reason',
        (d) => delete (d.profile as Record<string, unknown>[])[0]!.reasonWhenFalse,
        '.profile[0].reasonWhenFalse : champ obligatoire manquant',
      ],
    ])('refuses %s, in French, at the path of the field', (_name, mutate, expected) => {
      expect(errorsOf(withProfile(mutate))).toContain(expected)
    })

    it('refuses an unknown category, naming the categories it expects', () => {
      const errors = errorsOf(
        withProfile((d) => ((d.profile as { trueFor: string[] }[])[0]!.trueFor = ['EHPAD', 'Clinique'])),
      )
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(
        /^\.profile\[0\]\.trueFor\[1\] : valeur inattendue « Clinique » ; attendu : EHPAD, .*MECS/,
      )
    })

    it('reports a cycle once, not once per action on it', () => {
      const errors = errorsOf(
        withProfile((d) => {
          d.actions[0]!.requires = ['act-comptes']
          d.actions[2]!.requires = ['act-sauvegardes']
        }),
      )
      expect(errors.filter((e) => e.includes('cycle de prérequis'))).toHaveLength(1)
    })
  })
})

describe('validateDefinition on a file with faults of shape and of meaning', () => {
  it('lists both in one reading, as the faulty variant of the workshop shows', () => {
    const errors = errorsOf(
      broken((d) => {
        d.title = ''
        ;(d.domains[0]!.questions[0]!.options as { level: number }[])[0]!.level = 9
      }),
    )
    expect(errors).toEqual([
      '.title : ne doit pas être vide',
      '.domains[0].questions[0].options[0].level : le niveau 9 n’existe pas dans l’échelle',
    ])
  })

  it('leaves a field the schema refused to the schema’s message', () => {
    const errors = errorsOf(
      broken((d) => ((d.domains[0]!.questions[0]!.options as { level: unknown }[])[0]!.level = 'haut')),
    )
    expect(errors).toEqual(['.domains[0].questions[0].options[0].level : un nombre entier est attendu'])
  })
})
