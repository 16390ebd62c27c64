import { describe, expect, it } from 'vitest'
import { buildActionPlan } from '@/domain/action-plan'
import { ACTION_PLAN_CSV_HEADER, buildActionPlanCsv, formatFrenchDate, toCsv } from '@/report/csv'
import { actionEdit, answersFor, customAction, miniDefinition, miniWith } from '../fixtures'
import { readCsv } from '../../csv-reader'

function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  return readCsv(text)
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark', () => {
    expect(toCsv([['a']]).charCodeAt(0)).toBe(0xfeff)
  })

  it('quotes every field, separates them with ; and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', ''],
      ]),
    ).toBe('\uFEFF"a";"b"\r\n"c";""\r\n')
  })

  it('keeps ;, doubled quotes and line breaks inside a field', () => {
    const rows = [['a;b', 'il a dit "oui"', 'ligne 1\nligne 2\r\nligne 3']]
    const text = toCsv(rows)
    expect(text).toContain('"il a dit ""oui"""')
    expect(parseCsv(text)).toEqual(rows)
  })

  it.each(['=SOMME(A1:A9)', '+33 1 23 45 67 89', '-2', '@SUM(1)', '\tcaché', '\rcaché'])(
    'neutralises a field that a spreadsheet would run as a formula: %j',
    (value) => {
      expect(parseCsv(toCsv([[value]]))).toEqual([[`'${value}`]])
    },
  )

  it('leaves a formula sign alone when it is not the first character', () => {
    expect(parseCsv(toCsv([['a = b', ' -2']]))).toEqual([['a = b', ' -2']])
  })
})

describe('formatFrenchDate', () => {
  it.each<[string | null, string]>([
    ['2026-03-09', '09/03/2026'],
    ['2026-12-31T23:30:00.000Z', '31/12/2026'],
    [null, ''],
    ['', ''],
    ['bientôt', 'bientôt'],
  ])('writes %j as %j', (input, output) => {
    expect(formatFrenchDate(input)).toBe(output)
  })
})

describe('buildActionPlanCsv', () => {
  const definition = miniDefinition()
  const edits = {
    'act-sauvegardes': actionEdit('act-sauvegardes', {
      status: 'doing',
      owner: 'Mme Martin',
      dueDate: '2026-03-31',
      notes: 'Devis ; « urgent » "prestataire"\nà relancer',
    }),
    'act-schema': actionEdit('act-schema', { status: 'done', owner: '=HYPERLINK("http://x")' }),
  }
  const custom = [customAction('perso', { title: 'Former les équipes', phase: 'deploiement', notes: '-' })]
  // act-schema is obsolete (a validated schema exists) but edited; the others are active
  const answers = answersFor({
    'gouv-schema': 'valide',
    'gouv-suivi': 'annuel',
    'secu-sauvegardes': 'aucune',
    'secu-comptes': 'partages',
  })
  const plan = buildActionPlan(definition, answers, { targets: {}, edits, custom })
  const rows = parseCsv(buildActionPlanCsv(plan, definition))

  it('writes the header, then one row per action in the plan’s order', () => {
    expect(rows[0]).toEqual([...ACTION_PLAN_CSV_HEADER])
    expect(rows[0]).toEqual([
      'Rang',
      'Prioritaire',
      'Action',
      'Pourquoi',
      'Comment',
      'Phase',
      'Domaine',
      'Priorité catalogue',
      'Statut',
      'Responsable',
      'Échéance',
      'Notes',
      'Questions à l’origine',
      'Origine',
      'État',
      'Après (prérequis)',
    ])
    expect(rows.slice(1).map((r) => r[2])).toEqual([
      'Tester la restauration des sauvegardes',
      'Supprimer les comptes partagés',
      'Former les équipes',
      'Rédiger un schéma directeur',
    ])
    expect(rows.every((r) => r.length === 16)).toBe(true)
  })

  it('writes a catalogue action with French labels, a French due date and the user’s edits intact', () => {
    expect(rows[1]).toEqual([
      '1',
      'oui',
      'Tester la restauration des sauvegardes',
      'Une sauvegarde jamais restaurée peut être inutilisable.',
      "Planifier une restauration d'essai avec le prestataire.",
      'Organisation (hors projet DUI)',
      'Sécurité',
      'Haute',
      'En cours',
      'Mme Martin',
      '31/03/2026',
      'Devis ; « urgent » "prestataire"\nà relancer',
      'Vos sauvegardes sont-elles testées ?',
      'Catalogue',
      'Active',
      '',
    ])
    expect(rows[2]).toEqual([
      '2',
      'oui',
      'Supprimer les comptes partagés',
      'Un compte partagé empêche de savoir qui a fait quoi.',
      'Créer un compte par professionnel.',
      'Paramétrage',
      'Sécurité',
      'Moyenne',
      'À lancer',
      '',
      '',
      '',
      'Chaque professionnel a-t-il son propre compte ?',
      'Catalogue',
      'Active',
      '',
    ])
  })

  it('writes actions added by the user and obsolete actions for what they are', () => {
    expect(rows.find((r) => r[2] === 'Former les équipes')).toEqual([
      '3',
      'oui',
      'Former les équipes',
      'Demande de l’équipe.',
      'En réunion.',
      'Déploiement',
      '',
      '',
      'À lancer',
      '',
      '',
      "'-",
      '',
      'Ajoutée',
      'Active',
      '',
    ])
    expect(rows[4]).toEqual([
      '',
      'non',
      'Rédiger un schéma directeur',
      'Sans orientation écrite, les achats se font au coup par coup.',
      'Réunir la direction et le référent SI.',
      'Organisation (hors projet DUI)',
      'Gouvernance',
      'Haute',
      'Fait',
      '\'=HYPERLINK("http://x")',
      '',
      '',
      '',
      'Catalogue',
      'Plus nécessaire',
      '',
    ])
  })

  it('says which prerequisites an action waits for', () => {
    const def = miniWith((d) => {
      const comptes = d.actions?.find((a) => a.id === 'act-comptes')
      if (comptes) comptes.requires = ['act-referent-securite', 'act-sauvegardes']
    })
    const waiting = buildActionPlan(
      def,
      answersFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' }),
      { targets: {}, edits: {}, custom: [] },
    )
    const table = parseCsv(buildActionPlanCsv(waiting, def))
    expect(table.slice(1).map((r) => [r[2], r[15]])).toEqual([
      ['Tester la restauration des sauvegardes', ''],
      ['Rédiger un schéma directeur', ''],
      ['Désigner un référent sécurité du SI', ''],
      [
        'Supprimer les comptes partagés',
        'Tester la restauration des sauvegardes ; Désigner un référent sécurité du SI',
      ],
    ])
  })

  it('joins the texts of every question that triggered an action', () => {
    const both = buildActionPlan(
      definition,
      answersFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'ne-sait-pas' }),
      { targets: {}, edits: {}, custom: [] },
    )
    const row = parseCsv(buildActionPlanCsv(both, definition)).find(
      (r) => r[2] === 'Désigner un référent sécurité du SI',
    )
    expect(row?.[12]).toBe('Avez-vous un schéma directeur SI ? | Vos sauvegardes sont-elles testées ?')
    expect(row?.[7]).toBe('Basse')
  })
})
