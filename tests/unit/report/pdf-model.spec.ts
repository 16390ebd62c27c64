/**
 * The PDF summary a director reads, checked on its document model: the sections in their order,
 * the figures of a scenario worked out by hand, the anonymised copy, the actions and an empty assessment.
 */
import { describe, expect, it } from 'vitest'
import type { Answer, Assessment, Structure } from '@/domain/assessment/assessment'
import { computeScores } from '@/domain/assessment/scoring'
import { buildActionPlan, type ActionEdit } from '@/domain/action-plan'
import { buildReport, type ReportInput, type ReportOptions } from '@/report/pdf-model'
import { actionEdit, answersFor, miniDefinition } from '../fixtures'
import { headings, pdfTexts, rowStartingWith, tableRows } from './pdf-texts'

const definition = miniDefinition()

const structure: Structure = {
  id: 's1',
  name: 'EHPAD Les Tilleuls',
  finess: '750000000',
  category: 'EHPAD',
  capacity: 80,
  organisation: 'Association Les Amis du Val',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

const assessment: Assessment = {
  id: 'a1',
  structureId: 's1',
  questionnaireId: definition.id,
  questionnaireVersion: definition.version,
  status: 'completed',
  currentPage: null,
  respondents: [{ name: 'Claire Martin', role: 'Directrice' }],
  createdAt: '2026-02-10T09:00:00.000Z',
  updatedAt: '2026-02-12T17:00:00.000Z',
}

const OPTIONS: ReportOptions = { includeComments: true, includeNotes: true, anonymised: false }

/** The summary of `answers`, with the plan built from them and the edits given. */
function reportFor(
  answers: Record<string, Answer>,
  options: Partial<ReportOptions> = {},
  extra: Partial<ReportInput> = {},
  edits: Record<string, ActionEdit> = {},
): ReturnType<typeof buildReport> {
  const targets = extra.targets ?? {}
  const scores = computeScores(definition, answers)
  return buildReport({
    structure,
    assessment,
    definition,
    scores,
    answers,
    plan: buildActionPlan(definition, answers, { targets, edits, custom: [] }),
    targets,
    radarImage: null,
    generatedAt: '2026-02-15T08:00:00.000Z',
    appVersion: '1.2.3',
    options: { ...OPTIONS, ...options },
    ...extra,
  })
}

// Gouvernance: both questions at level 2 → 2,0. Sécurité: backups tested once (level 3), accounts
// « Non applicable » → 3,0 over one applicable question. Global: (2 × 2 + 3 × 3) / 5 = 2,6 on 0–4, 65 %.
const middling = answersFor(
  { 'gouv-schema': 'projet', 'gouv-suivi': 'parfois', 'secu-sauvegardes': 'testee', 'secu-comptes': 'non-applicable' },
  { 'gouv-schema': 'Schéma en cours de rédaction avec le GCSMS' },
)

/** The director has given the schéma directeur to Mme Durand, with a note. */
const EDITS = { 'act-schema': actionEdit('act-schema', { owner: 'Mme Durand', notes: 'Devis demandé au CRIT' }) }

// Level 0 everywhere: every catalogue action of the example is triggered.
const nothingInPlace = answersFor(
  { 'gouv-schema': 'aucun', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' },
  { 'secu-comptes': 'Un compte partagé par l’équipe de nuit du GCSMS' },
)

describe('buildReport, the PDF summary of one assessment', () => {
  it('gives a director the sections in the order of the document', () => {
    expect(headings(reportFor(middling).content)).toEqual([
      'Autoévaluation du système d’information',
      'Identification',
      'Synthèse',
      'Scores par domaine — parcours complet',
      'Actions prioritaires',
      'Plan d’action complet',
      'Commentaires des répondants',
      'Note de méthode',
    ])
  })

  it('places sections built elsewhere (the conformity grids) after the plan and before the comments', () => {
    const grid = { text: 'Grille de conformité : DUI Horizon', style: 'h2' }
    const titles = headings(reportFor(middling, {}, { extraContent: [grid] }).content)
    expect(titles.slice(5, 8)).toEqual(['Plan d’action complet', grid.text, 'Commentaires des répondants'])
  })

  it('prints the scores worked out by hand: 2,0 and 3,0 by domain, 2,6 overall, said as « En construction »', () => {
    const doc = reportFor(middling, {}, { targets: { securite: 4 } })
    const texts = pdfTexts(doc.content)
    expect(texts).toContain('Maturité globale (parcours complet) : ')
    expect(texts).toContain('En construction — 2,6 sur 4 (65 %)')
    expect(texts).toContain('3 questions répondues sur 3 applicables, dont 0 « Je ne sais pas ».')
    // Domain, score, level, coverage, « Je ne sais pas », target (the one the user set for Sécurité).
    expect(rowStartingWith(doc.content, 'Gouvernance')).toEqual([
      'Gouvernance',
      '2,0 / 4',
      'En construction',
      '2 / 2',
      '0',
      '3',
    ])
    expect(rowStartingWith(doc.content, 'Sécurité')).toEqual(['Sécurité', '3,0 / 4', 'Établi', '1 / 1', '0', '4'])
  })

  it('names the structure, its respondents and the questionnaire version in the identification', () => {
    const doc = reportFor(middling)
    expect(rowStartingWith(doc.content, 'Structure')).toEqual(['Structure', 'EHPAD Les Tilleuls'])
    expect(rowStartingWith(doc.content, 'FINESS')).toEqual(['FINESS', '750000000'])
    expect(rowStartingWith(doc.content, 'Répondant')).toEqual(['Répondant', 'Claire Martin, Directrice'])
    expect(rowStartingWith(doc.content, 'Date de l’évaluation')).toEqual([
      'Date de l’évaluation',
      '10/02/2026 (dernière modification le 12/02/2026)',
    ])
    expect(rowStartingWith(doc.content, 'Questionnaire')).toEqual(['Questionnaire', 'Exemple minimal, version 1.0.0'])
    expect(pdfTexts(doc.content)).toContain('Schéma en cours de rédaction avec le GCSMS')
  })

  it('drops every name in the anonymised copy: structure, FINESS, organisation, respondents, owners, notes and comments', () => {
    const doc = reportFor(nothingInPlace, { anonymised: true }, {}, EDITS)
    const footer =
      typeof doc.footer === 'function'
        ? doc.footer(1, 4, { width: 595, height: 842, orientation: 'portrait' })
        : doc.footer
    const everything = [
      ...pdfTexts(doc.content),
      ...pdfTexts(doc.header),
      ...Object.values(doc.info ?? {}).map(String),
      ...pdfTexts(footer),
    ]
    const names = ['Les Tilleuls', '750000000', 'Amis du Val', 'Claire Martin', 'Mme Durand', 'Devis demandé', 'GCSMS']
    expect(everything.filter((text) => names.some((name) => text.includes(name)))).toEqual([])
    expect(rowStartingWith(doc.content, 'Structure')).toEqual(['Structure', 'EHPAD (département 75)'])
    expect(headings(doc.content)).not.toContain('Commentaires des répondants')
    // The actions themselves stay: only who carries them is left out.
    expect(pdfTexts(doc.content)).toContain('2. Rédiger un schéma directeur')
  })

  it('keeps the owner and the notes of an action in the named copy', () => {
    const row = tableRows(reportFor(nothingInPlace, {}, {}, EDITS).content).find((r) =>
      r[2]?.startsWith('Rédiger un schéma directeur'),
    )
    expect(row?.[2]).toContain('Notes : Devis demandé au CRIT')
    expect(row?.[4]).toBe('Mme Durand')
  })

  it('opens the action section with the first actions of the plan, numbered, with why and how', () => {
    // Four actions, all « prioritaires »: priority 1 first, the heavier Sécurité domain before Gouvernance.
    const doc = reportFor(nothingInPlace)
    const texts = pdfTexts(doc.content)
    const numbered = texts.filter((text) => /^\d\. /.test(text))
    expect(numbered).toEqual([
      '1. Tester la restauration des sauvegardes',
      '2. Rédiger un schéma directeur',
      '3. Supprimer les comptes partagés',
      '4. Désigner un référent sécurité du SI',
    ])
    expect(texts).toContain('Une sauvegarde jamais restaurée peut être inutilisable.')
    expect(texts).toContain("Planifier une restauration d'essai avec le prestataire.")
    const planRows = tableRows(doc.content).filter((row) => /^\d$/.test(row[0] ?? ''))
    expect(planRows.map((row) => [row[0], row[1], row[3], row[6]])).toEqual([
      ['1', 'Organisation (hors projet DUI)', 'Sécurité', 'À lancer'],
      ['2', 'Organisation (hors projet DUI)', 'Gouvernance', 'À lancer'],
      ['3', 'Paramétrage', 'Sécurité', 'À lancer'],
      ['4', 'Organisation (hors projet DUI)', 'Sécurité', 'À lancer'],
    ])
  })

  it('says so when the answers trigger no action', () => {
    const texts = pdfTexts(reportFor(middling).content)
    expect(texts).toContain('Aucune action prioritaire : aucune réponse ne déclenche d’action à ce jour.')
    expect(texts).toContain('Aucune action dans le plan.')
  })

  it('keeps an edited action the answers no longer call for, unnumbered and marked « plus nécessaire »', () => {
    const doc = reportFor(middling, {}, {}, EDITS)
    expect(pdfTexts(doc.content)).toContain(
      'Aucune action prioritaire : aucune réponse ne déclenche d’action à ce jour.',
    )
    const row = tableRows(doc.content).find((r) => r[2]?.startsWith('Rédiger un schéma directeur'))
    expect(row?.slice(0, 3)).toEqual([
      '—',
      'Organisation (hors projet DUI)',
      'Rédiger un schéma directeur (plus nécessaire) Notes : Devis demandé au CRIT',
    ])
  })

  it('tells that a structure without answers has no score yet, instead of printing zeros', () => {
    const doc = reportFor({})
    // French typography puts non-breaking spaces before « : » and « % »: compared here as plain spaces.
    const texts = pdfTexts(doc.content).map((t) => t.replace(/[\u00a0\u202f]/g, ' '))
    expect(texts).toContain('Pas encore assez de réponses pour un score global.')
    expect(texts).toContain(
      'Pas encore assez de réponses pour situer les domaines : répondez à au moins 50 % des questions d’un domaine.',
    )
    // The follow-up question stays hidden until the first one is answered: 3 questions apply.
    expect(texts).toContain('0 questions répondues sur 3 applicables, dont 0 « Je ne sais pas ».')
    expect(rowStartingWith(doc.content, 'Gouvernance')?.slice(1, 4)).toEqual(['non évaluable', '—', '0 / 1'])
    expect(rowStartingWith(doc.content, 'Sécurité')?.slice(1, 4)).toEqual(['non évaluable', '—', '0 / 2'])
    expect(texts).toContain('Aucune action dans le plan.')
    expect(headings(doc.content)).not.toContain('Commentaires des répondants')
  })
})
