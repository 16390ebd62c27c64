import { describe, expect, it } from 'vitest'
import { serializeBackup, type BackupData } from '@/domain/backup/backup'
import { BACKUP_LIMITS } from '@/domain/backup/bounds'
import { parseBackup, type ParseResult } from '@/domain/backup/validate'
import {
  ACTION_EDIT_SPEC,
  ANSWER_SPEC,
  ASSESSMENT_SPEC,
  CUSTOM_ACTION_SPEC,
  GROUP_SPEC,
  SERVICE_SPEC,
  STRUCTURE_SPEC,
  type Spec,
} from '../../bounds-fixtures'
import { BACKUP_MESSAGES, shownIssues } from '../../issue-text'
import { planImport } from '@/domain/backup'
import { applyResolutions } from '@/domain/backup/resolve'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { answer, resealed, sampleFile, sampleText } from '../../backup-fixtures'
import { miniDefinition } from '../../fixtures'

type RawData = Record<string, unknown[]>
type Rec = Record<string, unknown>

function errorsOf(result: ParseResult): { path: string; message: string }[] {
  return result.ok ? [] : shownIssues(result.errors)
}

function firstOf(data: RawData, kind: string): Rec {
  const record = data[kind]?.[0]
  if (!record || typeof record !== 'object') throw new Error(`no ${kind} in the sample`)
  return record as Rec
}

const RECORD_KINDS = [
  'structures',
  'assessments',
  'answers',
  'actionEdits',
  'customActions',
  'services',
  'groups',
] as const
const SPECS: Record<(typeof RECORD_KINDS)[number], Spec> = {
  structures: STRUCTURE_SPEC,
  assessments: ASSESSMENT_SPEC,
  answers: ANSWER_SPEC,
  actionEdits: ACTION_EDIT_SPEC,
  customActions: CUSTOM_ACTION_SPEC,
  services: SERVICE_SPEC,
  groups: GROUP_SPEC,
}

/** A value of another JSON type than the one given. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42
  if (typeof value === 'number') return 'douze'
  if (Array.isArray(value)) return 'une liste ?'
  if (value === null) return true
  return 'un objet ?'
}

/** Every field of the first record of each kind. */
const FIELDS = RECORD_KINDS.flatMap((kind) =>
  Object.keys(firstOf(sampleFile().data as unknown as RawData, kind)).map((field) => [kind, field] as const),
)

describe('parseBackup accepts', () => {
  it('a structure with a profile, and one without (files written before profiles existed)', () => {
    const result = parseBackup(sampleText())
    const structures = result.ok ? result.file.data.structures : []
    expect(structures.map((s) => s.profile)).toEqual([undefined, { soins: true, 'service-informatique': false }])
  })

  it('a file CapSI wrote', () => {
    const result = parseBackup(sampleText())
    expect(errorsOf(result)).toEqual([])
    expect(result.ok && result.file).toEqual(sampleFile())
  })

  it('a file whose questionnaire is not embedded but is available here', () => {
    const text = resealed((raw) => {
      raw.data.definitions = raw.data.definitions?.filter((d) => (d as Rec).id !== 'exemple-mini') ?? []
    })
    expect(parseBackup(text).ok).toBe(false)
    expect(errorsOf(parseBackup(text, { knownDefinitions: [{ id: 'exemple-mini', version: '1.0.0' }] }))).toEqual([])
  })
})

describe('parseBackup refuses, with a precise French message', () => {
  const text = sampleText()
  const cuts = [1, 10, 100, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 2, text.length - 1]
  it.each(cuts)('a file truncated after %i characters', (length) => {
    expect(errorsOf(parseBackup(text.slice(0, length)))).toEqual([
      { path: '(racine)', message: BACKUP_MESSAGES.notJson },
    ])
  })

  it.each(['', 'bonjour', '%PDF-1.7', '<html><body>CapSI</body></html>'])('a text that is not JSON: %j', (input) => {
    expect(errorsOf(parseBackup(input))).toEqual([
      { path: '(racine)', message: 'Le fichier n’est pas un fichier JSON valide (il est peut-être tronqué).' },
    ])
  })

  it.each([
    ['an empty object', '{}'],
    ['a list', '[]'],
    ['a string', '"capsi-backup"'],
    ['null', 'null'],
    ['another format', '{"format":"autre","formatVersion":1}'],
    ['a questionnaire definition', JSON.stringify(sampleFile().data.definitions[0])],
  ])('a JSON file that is not a CapSI backup: %s', (_label, input) => {
    expect(errorsOf(parseBackup(input))).toEqual([{ path: '.format', message: BACKUP_MESSAGES.notCapsi }])
  })

  it('a file from a newer version of CapSI', () => {
    const raw = { ...sampleFile(), formatVersion: 7 }
    expect(errorsOf(parseBackup(JSON.stringify(raw)))).toEqual([
      {
        path: '.formatVersion',
        message:
          'Ce fichier a été créé par une version plus récente de CapSI (format 7). Mettez l’application à jour pour l’importer.',
      },
    ])
  })

  it.each(['1', 1.5, -1, null])('a format version that is not a whole number: %j', (version) => {
    expect(errorsOf(parseBackup(JSON.stringify({ ...sampleFile(), formatVersion: version })))).toEqual([
      { path: '.formatVersion', message: 'un nombre entier est attendu' },
    ])
  })

  it.each(RECORD_KINDS)('a file whose %s were edited after export (checksum mismatch)', (kind) => {
    const raw = structuredClone(sampleFile()) as unknown as { data: RawData }
    const record = firstOf(raw.data, kind)
    const field = Object.keys(record).find((k) => typeof record[k] === 'string') ?? ''
    record[field] = `${String(record[field])}!`
    expect(errorsOf(parseBackup(JSON.stringify(raw)))).toEqual([
      { path: '.checksum', message: 'Le fichier a été modifié ou endommagé : sa somme de contrôle ne correspond pas.' },
    ])
  })

  it('a file without a checksum', () => {
    const raw: Record<string, unknown> = { ...sampleFile() }
    delete raw.checksum
    expect(errorsOf(parseBackup(JSON.stringify(raw)))[0]).toMatchObject({
      path: '.checksum',
      message: expect.stringMatching(/somme de contrôle manquante/),
    })
  })

  it('a file larger than the limit, before reading it', () => {
    expect(errorsOf(parseBackup('x'.repeat(3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024 }))).toEqual([
      { path: '(racine)', message: 'Le fichier est trop volumineux (3 Mo ; 2 Mo au plus).' },
    ])
    expect(errorsOf(parseBackup('é'.repeat(1024 * 1024 + 1), { maxBytes: 2 * 1024 * 1024 }))[0]?.message).toMatch(
      /^Le fichier est trop volumineux/,
    )
  })

  it('a deeply nested file, without crashing', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000)
    expect(parseBackup(deep).ok).toBe(false)
    const nested = `{"format":"capsi-backup","formatVersion":1,"checksum":"${'a'.repeat(64)}","data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    expect(errorsOf(parseBackup(nested))).toEqual([
      { path: '.data', message: 'Le fichier est trop imbriqué pour être lu.' },
    ])
  })

  it.each(FIELDS)('a wrong type in %s[0].%s', (kind, field) => {
    const text = resealed((raw) => {
      firstOf(raw.data, kind)[field] = wrongType(firstOf(raw.data, kind)[field])
    })
    const errors = errorsOf(parseBackup(text))
    expect(errors).toContainEqual({
      path: `.data.${kind}[0].${field}`,
      message: expect.stringMatching(/attendu|non permise/),
    })
  })

  it.each(FIELDS.filter(([, field]) => !['path', 'importedFrom'].includes(field)))(
    'a missing %s[0].%s',
    (kind, field) => {
      const text = resealed((raw) => {
        delete firstOf(raw.data, kind)[field]
      })
      expect(errorsOf(parseBackup(text))).toContainEqual({
        path: `.data.${kind}[0].${field}`,
        message: 'champ obligatoire manquant',
      })
    },
  )

  it.each(RECORD_KINDS)('an unknown field in %s[0]', (kind) => {
    const text = resealed((raw) => {
      firstOf(raw.data, kind).onclick = 'alert(1)'
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: `.data.${kind}[0].onclick`, message: 'champ inconnu « onclick »' },
    ])
  })

  it.each([
    ['structures', 'name', BACKUP_LIMITS.name],
    ['structures', 'organisation', BACKUP_LIMITS.name],
    ['answers', 'comment', BACKUP_LIMITS.text],
    ['actionEdits', 'notes', BACKUP_LIMITS.text],
    ['actionEdits', 'owner', BACKUP_LIMITS.name],
    ['customActions', 'how', BACKUP_LIMITS.text],
    ['services', 'description', BACKUP_LIMITS.text],
    ['groups', 'name', BACKUP_LIMITS.name],
  ] as const)('a huge string in %s[0].%s (over %i characters)', (kind, field, max) => {
    const text = resealed((raw) => {
      firstOf(raw.data, kind)[field] = 'x'.repeat(max + 1)
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: `.data.${kind}[0].${field}`, message: `trop long (${max + 1} caractères, ${max} au plus)` },
    ])
  })

  it('a huge string inside a service requirement', () => {
    const text = resealed((raw) => {
      ;(firstOf(raw.data, 'services').requirements as Record<string, Rec>).U10 = {
        level: 2,
        target: 3,
        targetDate: null,
        justification: 'x'.repeat(10_001),
        updatedAt: '2026-01-01T00:00:00.000Z',
      }
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      {
        path: '.data.services[0].requirements.U10.justification',
        message: 'trop long (10001 caractères, 10000 au plus)',
      },
    ])
  })

  it.each([
    ['structures', BACKUP_LIMITS.structures],
    ['assessments', BACKUP_LIMITS.assessments],
    ['answers', BACKUP_LIMITS.answers],
    ['services', BACKUP_LIMITS.services],
    ['groups', BACKUP_LIMITS.groups],
  ] as const)(
    'too many %s (over %i)',
    (kind, max) => {
      const text = resealed((raw) => {
        const first = firstOf(raw.data, kind)
        raw.data[kind] = Array.from({ length: max + 1 }, () => first)
      })
      expect(errorsOf(parseBackup(text, { maxBytes: Number.POSITIVE_INFINITY }))).toEqual([
        { path: `.data.${kind}`, message: `trop d’éléments (${max + 1}, ${max} au plus)` },
      ])
    },
    30_000,
  )

  it('a questionnaire version embedded with another content than the one saved here under the same id and version', () => {
    const saved = miniDefinition()
    const question = saved.domains[0]?.questions[0]
    if (question) question.text = 'La question telle qu’enregistrée ici'
    const refused = parseBackup(sampleText(), {
      knownDefinitions: [{ id: saved.id, version: saved.version, definition: saved }],
    })
    expect(errorsOf(refused)).toEqual([
      { path: '.data.definitions[0]', message: BACKUP_MESSAGES.otherDefinition('exemple-mini', '1.0.0') },
    ])
    expect(BACKUP_MESSAGES.otherDefinition('exemple-mini', '1.0.0')).toContain('une version enregistrée ne change plus')
    // The same content, saved with its keys in another order, is the same version.
    const same = Object.fromEntries(Object.entries(miniDefinition()).reverse()) as unknown as QuestionnaireDefinition
    expect(
      errorsOf(
        parseBackup(sampleText(), { knownDefinitions: [{ id: same.id, version: same.version, definition: same }] }),
      ),
    ).toEqual([])
  })

  it('an assessment of a questionnaire that is neither embedded nor built in', () => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'assessments').questionnaireId = 'questionnaire-regional'
    })
    expect(errorsOf(parseBackup(text, { knownDefinitions: [{ id: 'exemple-mini', version: '1.0.0' }] }))).toEqual([
      {
        path: '.data.assessments[0].questionnaireId',
        message:
          'questionnaire inconnu « questionnaire-regional » (version 1.0.0) : il n’est ni joint au fichier ni disponible dans cette version de CapSI',
      },
    ])
  })

  it('a version of a known questionnaire that is neither embedded nor built in', () => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'services').questionnaireVersion = '9.0.0'
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      {
        path: '.data.services[0].questionnaireId',
        message: expect.stringMatching(/questionnaire inconnu « grille-conformite-convergence » \(version 9\.0\.0\)/),
      },
    ])
  })

  it('an embedded questionnaire that is not valid, with the path of the fault inside it', () => {
    const text = resealed((raw) => {
      const definition = raw.data.definitions?.[0] as Rec
      definition.title = ''
    })
    expect(errorsOf(parseBackup(text))).toContainEqual({
      path: '.data.definitions[0].title',
      message: 'ne doit pas être vide',
    })
  })

  it.each(['structures', 'assessments', 'services', 'customActions', 'answers', 'actionEdits', 'groups'] as const)(
    'a duplicated record in %s',
    (kind) => {
      const text = resealed((raw) => {
        raw.data[kind]?.push(structuredClone(firstOf(raw.data, kind)))
      })
      const errors = errorsOf(parseBackup(text))
      expect(errors).toHaveLength(1)
      expect(errors[0]?.path).toMatch(new RegExp(`^\\.data\\.${kind}\\[\\d+\\]$`))
      expect(errors[0]?.message).toMatch(/présent deux fois \(déjà en \.data\./)
    },
  )

  it.each([
    ['answers', 'assessmentId', 'l’évaluation « a-perdue » ne figure pas dans le fichier'],
    ['actionEdits', 'assessmentId', 'l’évaluation « a-perdue » ne figure pas dans le fichier'],
    ['customActions', 'assessmentId', 'l’évaluation « a-perdue » ne figure pas dans le fichier'],
    ['assessments', 'structureId', 'la structure « a-perdue » ne figure pas dans le fichier'],
    ['services', 'structureId', 'la structure « a-perdue » ne figure pas dans le fichier'],
  ] as const)('a record of %s pointing to a missing parent (%s)', (kind, field, message) => {
    const text = resealed((raw) => {
      firstOf(raw.data, kind)[field] = 'a-perdue'
    })
    const errors = errorsOf(parseBackup(text))
    expect(errors).toContainEqual({ path: `.data.${kind}[0].${field}`, message })
  })

  it('a group listing a structure that is not in the file', () => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'groups').structureIds = ['s1', 's-perdue']
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: '.data.groups[0].structureIds[1]', message: 'la structure « s-perdue » ne figure pas dans le fichier' },
    ])
  })

  it('a group listing the same structure twice', () => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'groups').structureIds = ['s1', 's2', 's1']
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      {
        path: '.data.groups[0].structureIds[2]',
        message: 'identifiant « s1 » présent deux fois (déjà en .data.groups[0].structureIds[0])',
      },
    ])
  })

  it('two groups with the same id, even with other content', () => {
    const text = resealed((raw) => {
      raw.data.groups?.push({ ...firstOf(raw.data, 'groups'), name: 'Autre grappe' })
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: '.data.groups[1]', message: 'identifiant « g1 » présent deux fois (déjà en .data.groups[0])' },
    ])
  })

  it.each([
    ['a text', '100'],
    ['a boolean', true],
  ])('a usage target of a group given as %s', (_label, value) => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'groups').usageTargets = { 'mssante-messages': { target: value, observed: null } }
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: '.data.groups[0].usageTargets.mssante-messages.target', message: 'un nombre est attendu' },
    ])
  })

  it('a usage target of a group too large to be a number (read as infinity)', () => {
    // JSON reads 1e999 as Infinity, which the checksum writes as null, as JSON does.
    const text = resealed((raw) => {
      firstOf(raw.data, 'groups').usageTargets = { 'mssante-messages': { target: null, observed: 3 } }
    }).replace('"mssante-messages":{"target":null', '"mssante-messages":{"target":1e999')
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: '.data.groups[0].usageTargets.mssante-messages.target', message: 'un nombre est attendu' },
    ])
  })

  it('a group whose usage targets miss a value or hold an unknown one', () => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'groups').usageTargets = {
        'mssante-messages': { target: 1 },
        'dmp-documents': { target: 1, observed: 2, note: 'x' },
      }
    })
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: '.data.groups[0].usageTargets.mssante-messages.observed', message: 'champ obligatoire manquant' },
      { path: '.data.groups[0].usageTargets.dmp-documents.note', message: 'champ inconnu « note »' },
    ])
  })

  it('a structure profile with too many facts, an id that is not kebab-case or a value that is not yes or no', () => {
    const tooMany = resealed((raw) => {
      firstOf(raw.data, 'structures').profile = Object.fromEntries(
        Array.from({ length: 21 }, (_, i) => [`fait-${i}`, true]),
      )
    })
    expect(errorsOf(parseBackup(tooMany))).toEqual([
      { path: '.data.structures[0].profile', message: 'trop d’éléments (21, 20 au plus)' },
    ])
    const wrong = resealed((raw) => {
      firstOf(raw.data, 'structures').profile = { Soins: true, domicile: 'oui' }
    })
    expect(errorsOf(parseBackup(wrong))).toEqual([
      {
        path: '.data.structures[0].profile',
        message: 'clé invalide « Soins » : minuscules, chiffres et tirets attendus (ex. « gouv-budget »)',
      },
      { path: '.data.structures[0].profile.domicile', message: 'oui ou non (true ou false) est attendu' },
    ])
  })

  it('a group with an empty name', () => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'groups').name = ''
    })
    expect(errorsOf(parseBackup(text))).toEqual([{ path: '.data.groups[0].name', message: 'ne doit pas être vide' }])
  })

  it('an id with characters outside the allowed set', () => {
    const text = resealed((raw) => {
      firstOf(raw.data, 'customActions').id = '<b>c1</b>'
    })
    expect(errorsOf(parseBackup(text))[0]).toMatchObject({
      path: '.data.customActions[0].id',
      message: expect.stringMatching(/^format invalide « <b>c1<\/b> »/),
    })
  })

  it('lists at most a hundred errors, then says how many more there are', () => {
    const text = resealed((raw) => {
      raw.data.answers = Array.from({ length: 150 }, (_, i) =>
        answer(`q-${i}`, null, { comment: 7 as unknown as string }),
      )
    })
    const errors = errorsOf(parseBackup(text))
    expect(errors).toHaveLength(101)
    expect(errors[100]).toEqual({ path: '(racine)', message: '… et 50 autres erreurs' })
  })
})

const PAYLOADS = [
  '<script>alert("capsi")</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{ constructor.constructor("alert(1)")() }}',
  '<a href="https://exemple.invalid">clic</a> &amp; &lt;b&gt;',
]

/** Puts the payload in every free-text field a spec describes (ids, dates and lists of values are not free text). */
function fillText(value: unknown, spec: Spec, payload: string): unknown {
  if (value === null || value === undefined) return value
  if (spec.kind === 'text' && !spec.pattern && typeof value === 'string' && payload.length <= spec.max) return payload
  if (spec.kind === 'list' && Array.isArray(value)) return value.map((item) => fillText(item, spec.of, payload))
  if (spec.kind === 'dict' && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillText(v, spec.of, payload)]))
  if (spec.kind === 'object' && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, spec.fields[k] ? fillText(v, spec.fields[k], payload) : v]),
    )
  }
  return value
}

describe('HTML and script in a file are plain text', () => {
  it.each(PAYLOADS)('%s survives parse and import unchanged in every text field', (payload) => {
    let filled: RawData = {}
    const text = resealed((raw) => {
      for (const kind of RECORD_KINDS)
        raw.data[kind] = (raw.data[kind] ?? []).map((record) => fillText(record, SPECS[kind], payload))
      ;(raw.data.definitions?.[0] as Rec).title = payload
      filled = raw.data
    })
    const result = parseBackup(text)
    expect(errorsOf(result)).toEqual([])
    if (!result.ok) return
    expect(result.file.data).toEqual(filled)
    expect(result.file.data.structures[0]?.name).toBe(payload)
    expect(result.file.data.answers[0]?.comment).toBe(payload)
    expect(result.file.data.services[0]?.requirements.U10?.justification).toBe(payload)
    const empty: BackupData & { definitions: [] } = {
      structures: [],
      assessments: [],
      answers: [],
      actionEdits: [],
      customActions: [],
      services: [],
      groups: [],
      definitions: [],
    }
    const writes = applyResolutions(planImport(result.file, empty), {}, { newId: () => 'x' })
    expect(writes.add.customActions[0]).toMatchObject({ title: payload, why: payload, how: payload, notes: payload })
    expect(JSON.stringify(writes)).not.toMatch(/&lt;script|&amp;amp;/)
  })

  it('a serialized backup keeps the text as written, escaped only as JSON requires', () => {
    const file = sampleFile()
    const first = file.data.structures[0]
    if (!first) throw new Error('fixture')
    first.name = PAYLOADS[0] ?? ''
    expect(serializeBackup(file)).toContain('"name":"<script>alert(\\"capsi\\")</script>"')
  })
})
