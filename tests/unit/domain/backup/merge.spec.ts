import { describe, expect, it } from 'vitest'
import { buildBackup, type BackupSnapshot } from '@/domain/backup/backup'
import {
  conflictsOf,
  newerSide,
  planImport,
  planSignature,
  RESOLUTIONS,
  type ExistingData,
  type ImportPlan,
  type Resolution,
} from '@/domain/backup'
import { applyResolutions, countWrites, type ImportWrites } from '@/domain/backup/resolve'
import {
  EXPORTED_AT,
  T0,
  T1,
  T2,
  actionEdit,
  answer,
  assessment,
  customAction,
  group,
  sampleSnapshot,
  service,
  structure,
} from '../../backup-fixtures'

const T3 = '2026-04-01T12:00:00.000Z'

function existingOf(snapshot: BackupSnapshot): ExistingData {
  return { ...snapshot, definitions: snapshot.definitions.map((d) => ({ id: d.id, version: d.version })) }
}

function plan(mine: BackupSnapshot, theirs: BackupSnapshot): ImportPlan {
  return planImport(buildBackup(theirs, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT }), existingOf(mine))
}

function ids(): () => string {
  let n = 0
  return () => `nouveau-${++n}`
}

function resolve(p: ImportPlan, resolution: Resolution): ImportWrites {
  return applyResolutions(p, Object.fromEntries(conflictsOf(p).map((c) => [c.key, resolution])), { newId: ids() })
}

/** The file's version: same records, some changed later on another computer. */
function theirsChanged(): BackupSnapshot {
  const theirs = sampleSnapshot()
  theirs.structures[0] = structure({ name: 'EHPAD Les Tilleuls (Nord)', updatedAt: T2 })
  theirs.assessments[0] = assessment({ updatedAt: T3, status: 'completed' })
  theirs.answers = [
    answer('gouv-schema', 'valide', { comment: 'Validé en CA', updatedAt: T3 }),
    answer('gouv-suivi', 'annuel', { updatedAt: T2 }),
    answer('gouv-schema', 'valide', { assessmentId: 'a2', updatedAt: T2 }),
  ]
  theirs.actionEdits = [actionEdit({ status: 'done', updatedAt: T0 })]
  theirs.customActions = [customAction({ id: 'c2', title: 'Nommer un référent', updatedAt: T2 })]
  return theirs
}

/** The saved version: the sample, with one answer changed here after the file was exported. */
function mineChanged(): BackupSnapshot {
  const mine = sampleSnapshot()
  mine.answers = mine.answers.map((a) =>
    a.questionId === 'secu-sauvegardes' ? { ...a, value: 'testee', updatedAt: T2 } : a,
  )
  return mine
}

describe('planImport', () => {
  it('sorts the file into records to add, unchanged records and conflicts', () => {
    const theirs = theirsChanged()
    theirs.structures.push(structure({ id: 's3', name: 'IME Les Sources', category: 'IME' }))
    const p = plan(mineChanged(), theirs)
    expect(p.structures.added.map((s) => s.id)).toEqual(['s3'])
    expect(p.structures.unchanged.map((s) => s.id)).toEqual(['s2'])
    expect(p.structures.conflicts.map((c) => c.id)).toEqual(['s1'])
    expect(p.assessments.unchanged.map((b) => b.assessment.id)).toEqual(['a2'])
    expect(p.assessments.conflicts.map((c) => c.id)).toEqual(['a1'])
    expect(p.services.unchanged.map((s) => s.id)).toEqual(['sv1'])
    expect(conflictsOf(p).map((c) => c.key)).toEqual(['structure:s1', 'assessment:a1'])
  })

  it('says which fields of a structure differ and which side changed last', () => {
    const [conflict] = plan(mineChanged(), theirsChanged()).structures.conflicts
    expect(conflict).toMatchObject({
      differingFields: ['name'],
      newer: 'theirs',
      mineUpdatedAt: T0,
      theirsUpdatedAt: T2,
    })
  })

  it('counts the answers and actions that differ in an assessment, and compares its latest change on each side', () => {
    const [conflict] = plan(mineChanged(), theirsChanged()).assessments.conflicts
    // gouv-schema changed there, gouv-suivi answered only there, secu-sauvegardes answered only here.
    expect(conflict?.differingAnswers).toBe(3)
    // The edit of act-schema differs; c1 exists only here, c2 only there.
    expect(conflict?.differingActions).toBe(3)
    expect(conflict).toMatchObject({ newer: 'theirs', mineUpdatedAt: T2, theirsUpdatedAt: T3 })
  })

  it('does not count an answer whose only difference is when it was saved, but still shows the conflict', () => {
    const theirs = sampleSnapshot()
    theirs.answers = theirs.answers.map((a) => (a.questionId === 'secu-sauvegardes' ? { ...a, updatedAt: T3 } : a))
    const [conflict] = plan(sampleSnapshot(), theirs).assessments.conflicts
    expect(conflict).toMatchObject({ differingAnswers: 0, differingActions: 0, newer: 'theirs' })
  })

  it('counts the requirements and security needs that differ in a service', () => {
    const theirs = sampleSnapshot()
    theirs.services[0] = service({
      requirements: {
        ...service().requirements,
        U10: { level: 3, target: 3, targetDate: null, justification: 'Fait', updatedAt: T2 },
      },
      securityNeeds: {},
      updatedAt: T2,
    })
    const [conflict] = plan(sampleSnapshot(), theirs).services.conflicts
    expect(conflict).toMatchObject({ key: 'service:sv1', differingRequirements: 2, newer: 'theirs' })
  })

  it('plans to save only the embedded questionnaire versions not available here', () => {
    const mine = sampleSnapshot()
    mine.definitions = mine.definitions.filter((d) => d.id === 'exemple-mini')
    expect(plan(mine, sampleSnapshot()).definitions.map((d) => d.id)).toEqual(['grille-conformite-convergence'])
  })

  it('names structures as the user saved them, else as the file does, and gives questionnaire titles for the preview', () => {
    const mine = sampleSnapshot()
    mine.structures = [structure({ name: 'Mon EHPAD' })]
    const p = plan(mine, sampleSnapshot())
    expect(p.structureNames).toEqual({ s1: 'Mon EHPAD', s2: 'SSIAD du Val' })
    expect(p.questionnaireTitles['exemple-mini@1.0.0']).toBe('Exemple minimal')
  })
})

describe('planSignature', () => {
  it('stays the same for the same data and changes when the saved side of a conflict changes', () => {
    expect(planSignature(plan(mineChanged(), theirsChanged()))).toBe(
      planSignature(plan(mineChanged(), theirsChanged())),
    )
    const later = mineChanged()
    later.assessments[0] = assessment({ updatedAt: T3 })
    expect(planSignature(plan(later, theirsChanged()))).not.toBe(planSignature(plan(mineChanged(), theirsChanged())))
  })

  it('changes when a record the file adds was saved in the meantime', () => {
    const theirs = sampleSnapshot()
    const mine = sampleSnapshot()
    mine.structures = mine.structures.filter((s) => s.id !== 's2')
    expect(planSignature(plan(mine, theirs))).not.toBe(planSignature(plan(sampleSnapshot(), theirs)))
  })
})

describe('newerSide', () => {
  it('compares instants, not texts', () => {
    expect(newerSide('2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00.000Z')).toBe('theirs')
    expect(newerSide('2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00Z')).toBe('same')
  })
})

describe('applyResolutions', () => {
  it('adds what the file adds and, by default, keeps every saved version of a conflict', () => {
    const theirs = theirsChanged()
    theirs.structures.push(structure({ id: 's3', name: 'IME Les Sources' }))
    theirs.assessments.push(assessment({ id: 'a3', structureId: 's3' }))
    theirs.answers.push(answer('gouv-schema', 'aucun', { assessmentId: 'a3' }))
    const writes = applyResolutions(plan(mineChanged(), theirs), {}, { newId: ids() })
    expect(writes.add.structures.map((s) => s.id)).toEqual(['s3'])
    expect(writes.add.assessments.map((a) => a.id)).toEqual(['a3'])
    expect(writes.add.answers).toEqual([answer('gouv-schema', 'aucun', { assessmentId: 'a3' })])
    expect(countWrites(writes)).toEqual({ added: 3, replaced: 0, removed: 0 })
  })

  it('« keep-mine » writes nothing for the conflict', () => {
    expect(countWrites(resolve(plan(mineChanged(), theirsChanged()), 'keep-mine'))).toEqual({
      added: 0,
      replaced: 0,
      removed: 0,
    })
  })

  it('« take-theirs » replaces the saved assessment and removes what the file does not have', () => {
    const writes = applyResolutions(
      plan(mineChanged(), theirsChanged()),
      { 'assessment:a1': 'take-theirs' },
      { newId: ids() },
    )
    expect(writes.replace.assessments).toEqual([assessment({ updatedAt: T3, status: 'completed' })])
    expect(writes.replace.answers.map((a) => a.questionId)).toEqual(['gouv-schema'])
    expect(writes.add.answers.map((a) => a.questionId)).toEqual(['gouv-suivi'])
    expect(writes.remove.answers).toEqual([['a1', 'secu-sauvegardes']])
    expect(writes.replace.actionEdits).toEqual([actionEdit({ status: 'done', updatedAt: T0 })])
    expect(writes.add.customActions.map((c) => c.id)).toEqual(['c2'])
    expect(writes.remove.customActions).toEqual(['c1'])
    expect(writes.replace.structures).toEqual([])
  })

  it('« take-theirs » on a structure replaces only the structure record', () => {
    const writes = applyResolutions(
      plan(mineChanged(), theirsChanged()),
      { 'structure:s1': 'take-theirs' },
      { newId: ids() },
    )
    expect(writes.replace.structures).toEqual([structure({ name: 'EHPAD Les Tilleuls (Nord)', updatedAt: T2 })])
    expect(countWrites(writes)).toEqual({ added: 0, replaced: 1, removed: 0 })
  })

  it('« keep-both » adds the file’s assessment with new ids, marked as imported, in the same structure', () => {
    const writes = applyResolutions(
      plan(mineChanged(), theirsChanged()),
      { 'assessment:a1': 'keep-both' },
      { newId: ids() },
    )
    expect(writes.add.assessments).toEqual([
      assessment({ id: 'nouveau-1', importedFrom: 'a1', updatedAt: T3, status: 'completed' }),
    ])
    expect(writes.add.answers.map((a) => [a.assessmentId, a.questionId, a.value])).toEqual([
      ['nouveau-1', 'gouv-schema', 'valide'],
      ['nouveau-1', 'gouv-suivi', 'annuel'],
    ])
    expect(writes.add.actionEdits.map((e) => e.assessmentId)).toEqual(['nouveau-1'])
    expect(writes.add.customActions.map((c) => [c.id, c.assessmentId, c.title])).toEqual([
      ['nouveau-2', 'nouveau-1', 'Nommer un référent'],
    ])
    expect(writes.replace).toEqual({
      structures: [],
      assessments: [],
      answers: [],
      actionEdits: [],
      customActions: [],
      services: [],
      groups: [],
    })
    expect(countWrites(writes).removed).toBe(0)
  })

  it('« keep-both » on a structure adds a copy, and the records that come only from the file go with the copy', () => {
    const theirs = theirsChanged()
    theirs.assessments.push(assessment({ id: 'a3' }))
    theirs.services.push(service({ id: 'sv2' }))
    const writes = applyResolutions(
      plan(mineChanged(), theirs),
      { 'structure:s1': 'keep-both', 'assessment:a1': 'keep-both' },
      { newId: ids() },
    )
    const copy = writes.add.structures[0]
    expect(copy).toEqual(
      structure({ id: 'nouveau-1', name: 'EHPAD Les Tilleuls (Nord)', updatedAt: T2, importedFrom: 's1' }),
    )
    expect(writes.add.assessments.map((a) => [a.id, a.structureId])).toEqual([
      ['a3', 'nouveau-1'],
      ['nouveau-2', 'nouveau-1'],
    ])
    expect(writes.add.services.map((s) => [s.id, s.structureId])).toEqual([['sv2', 'nouveau-1']])
  })

  it('« newest-per-question » takes each question’s answer changed last, and keeps answers on one side only', () => {
    const writes = applyResolutions(
      plan(mineChanged(), theirsChanged()),
      { 'assessment:a1': 'newest-per-question' },
      { newId: ids() },
    )
    // gouv-schema: changed there at T3, later than here (T1).
    expect(writes.replace.answers).toEqual([
      answer('gouv-schema', 'valide', { comment: 'Validé en CA', updatedAt: T3 }),
    ])
    // gouv-suivi: answered only there.
    expect(writes.add.answers).toEqual([answer('gouv-suivi', 'annuel', { updatedAt: T2 })])
    // secu-sauvegardes: answered only here, kept; nothing is removed.
    expect(writes.remove).toEqual({ answers: [], actionEdits: [], customActions: [] })
    // The assessment record changed last there.
    expect(writes.replace.assessments.map((a) => a.status)).toEqual(['completed'])
    // act-schema: the edit here (T1) is newer than the file's (T0); c2 is new, c1 kept.
    expect(writes.replace.actionEdits).toEqual([])
    expect(writes.add.customActions.map((c) => c.id)).toEqual(['c2'])
  })

  it('« newest-per-question » keeps the saved answer when both were changed at the same time', () => {
    const theirs = sampleSnapshot()
    theirs.answers = theirs.answers.map((a) =>
      a.questionId === 'gouv-schema' && a.assessmentId === 'a1' ? { ...a, value: 'aucun' } : a,
    )
    const writes = resolve(plan(sampleSnapshot(), theirs), 'newest-per-question')
    expect(countWrites(writes)).toEqual({ added: 0, replaced: 0, removed: 0 })
  })

  it('« newest-per-question » on a structure keeps the record changed last', () => {
    const p = plan(mineChanged(), theirsChanged())
    expect(
      applyResolutions(p, { 'structure:s1': 'newest-per-question' }, { newId: ids() }).replace.structures.map(
        (s) => s.name,
      ),
    ).toEqual(['EHPAD Les Tilleuls (Nord)'])
    const older = theirsChanged()
    older.structures[0] = structure({ name: 'Ancien nom', updatedAt: '2025-12-01T00:00:00.000Z' })
    expect(countWrites(resolve(plan(mineChanged(), older), 'newest-per-question')).replaced).toBe(2)
    expect(resolve(plan(mineChanged(), older), 'newest-per-question').replace.structures).toEqual([])
  })

  it('« newest-per-question » on a service merges requirement by requirement and keeps both histories', () => {
    const mine = sampleSnapshot()
    mine.services[0] = service({
      requirements: {
        ...service().requirements,
        U11: { level: 2, target: 3, targetDate: null, justification: 'Ici', updatedAt: T3 },
      },
      history: [...service().history, { takenAt: T2, qualification: {}, requirements: {}, securityNeeds: {} }],
      updatedAt: T3,
    })
    const theirs = sampleSnapshot()
    theirs.services[0] = service({
      name: 'DUI Soins+ (fichier)',
      requirements: {
        ...service().requirements,
        U10: { level: 3, target: 3, targetDate: null, justification: 'Là-bas', updatedAt: T2 },
        U12: { level: 1, target: null, targetDate: null, justification: '', updatedAt: T1 },
      },
      securityNeeds: { confidentialite: { level: 4, justification: 'Plus ancien', updatedAt: T0 } },
      history: [...service().history, { takenAt: T1, qualification: {}, requirements: {}, securityNeeds: {} }],
      updatedAt: T2,
    })
    const [merged] = resolve(plan(mine, theirs), 'newest-per-question').replace.services
    expect(merged?.name).toBe('DUI Soins+')
    expect(merged?.requirements.U10?.justification).toBe('Là-bas')
    expect(merged?.requirements.U11?.justification).toBe('Ici')
    expect(merged?.requirements.U12?.level).toBe(1)
    expect(merged?.securityNeeds.confidentialite?.justification).toBe('Données de santé')
    expect(merged?.history.map((h) => h.takenAt)).toEqual([T0, T1, T2])
    expect(merged?.updatedAt).toBe(T3)
  })

  it('« take-theirs » and « keep-both » on a service', () => {
    const theirs = sampleSnapshot()
    theirs.services[0] = service({ name: 'Autre nom', updatedAt: T2 })
    const p = plan(sampleSnapshot(), theirs)
    expect(resolve(p, 'take-theirs').replace.services.map((s) => s.name)).toEqual(['Autre nom'])
    expect(resolve(p, 'keep-both').add.services.map((s) => [s.id, s.importedFrom, s.structureId])).toEqual([
      ['nouveau-1', 'sv1', 's1'],
    ])
  })

  it('replaces the leftovers of a deleted assessment instead of refusing the import', () => {
    const mine = sampleSnapshot()
    mine.assessments = mine.assessments.filter((a) => a.id !== 'a1')
    mine.answers = mine.answers.filter((a) => a.assessmentId !== 'a1')
    // The action edit of a1 stayed behind when a1 was deleted.
    const writes = applyResolutions(plan(mine, sampleSnapshot()), {}, { newId: ids() })
    expect(writes.add.assessments.map((a) => a.id)).toEqual(['a1'])
    expect(writes.replace.actionEdits).toEqual([actionEdit()])
    expect(writes.add.actionEdits).toEqual([])
  })

  it.each(RESOLUTIONS.map((r) => [r, r === 'take-theirs' || r === 'newest-per-question'] as const))(
    'with « %s » everywhere, saved records replaced or removed: %s',
    (resolution, overwrites) => {
      const theirs = theirsChanged()
      theirs.services[0] = service({ name: 'Autre nom', updatedAt: T2 })
      const p = plan(mineChanged(), theirs)
      const writes = resolve(p, resolution)
      const touched = countWrites(writes).replaced + countWrites(writes).removed
      expect(touched > 0).toBe(overwrites)
      // Whatever the choice, no record is both added and replaced, and additions never reuse a saved key.
      const saved = new Set(mineChanged().answers.map((a) => `${a.assessmentId}/${a.questionId}`))
      expect(writes.add.answers.filter((a) => saved.has(`${a.assessmentId}/${a.questionId}`))).toEqual([])
      expect(writes.add.structures.filter((s) => mineChanged().structures.some((m) => m.id === s.id))).toEqual([])
    },
  )
})

describe('workshop groups', () => {
  /** The file's version of the sample group, renamed and with one more structure, changed at the given date. */
  function theirGroup(updatedAt: string) {
    return group({
      name: 'Grappe Horizon élargie',
      structureIds: ['s1', 's2', 's3'],
      ruleSetId: 'generalisation-2022-2025',
      updatedAt,
    })
  }

  function withTheirGroup(updatedAt: string): BackupSnapshot {
    const theirs = sampleSnapshot()
    theirs.structures.push(structure({ id: 's3', name: 'IME Les Sources', category: 'IME' }))
    theirs.groups = [theirGroup(updatedAt), group({ id: 'g2', name: 'Collectif SI', structureIds: ['s3'] })]
    return theirs
  }

  it('are added, unchanged or in conflict by id, and a conflict says which fields differ and which side changed last', () => {
    const p = plan(sampleSnapshot(), withTheirGroup(T2))
    expect(p.groups.added.map((g) => g.id)).toEqual(['g2'])
    expect(p.groups.unchanged).toEqual([])
    expect(p.groups.conflicts).toEqual([
      {
        kind: 'group',
        key: 'group:g1',
        id: 'g1',
        mine: group(),
        theirs: theirGroup(T2),
        differingFields: ['name', 'ruleSetId', 'structureIds'],
        newer: 'theirs',
        mineUpdatedAt: T1,
        theirsUpdatedAt: T2,
      },
    ])
    expect(conflictsOf(p).map((c) => c.key)).toEqual(['group:g1'])
    expect(plan(sampleSnapshot(), sampleSnapshot()).groups.unchanged.map((g) => g.id)).toEqual(['g1'])
  })

  it('a group changed in the saved data makes the plan change, so a stale preview is shown again', () => {
    const later = sampleSnapshot()
    later.groups = [group({ usageTargets: {}, updatedAt: T2 })]
    expect(planSignature(plan(later, withTheirGroup(T2)))).not.toBe(
      planSignature(plan(sampleSnapshot(), withTheirGroup(T2))),
    )
  })

  it('an added group is written as it is, with the structures it lists', () => {
    const writes = applyResolutions(plan(sampleSnapshot(), withTheirGroup(T2)), {}, { newId: ids() })
    expect(writes.add.groups).toEqual([group({ id: 'g2', name: 'Collectif SI', structureIds: ['s3'] })])
  })

  it('an added group lists the file’s copy of a structure kept twice, and the saved structures it lists otherwise', () => {
    const theirs = withTheirGroup(T2)
    theirs.structures[0] = structure({ name: 'EHPAD Les Tilleuls (Nord)', updatedAt: T2 })
    theirs.groups = [group({ id: 'g3', name: 'Grappe Nord', structureIds: ['s1', 's2', 's3'] })]
    const writes = applyResolutions(plan(sampleSnapshot(), theirs), { 'structure:s1': 'keep-both' }, { newId: ids() })
    expect(writes.add.structures.map((s) => [s.id, s.importedFrom])).toEqual([
      ['s3', undefined],
      ['nouveau-1', 's1'],
    ])
    expect(writes.add.groups).toEqual([
      group({ id: 'g3', name: 'Grappe Nord', structureIds: ['nouveau-1', 's2', 's3'] }),
    ])
  })

  it('« keep-mine » writes nothing for the group', () => {
    const writes = applyResolutions(
      plan(sampleSnapshot(), withTheirGroup(T2)),
      { 'group:g1': 'keep-mine' },
      { newId: ids() },
    )
    expect(writes.replace.groups).toEqual([])
    expect(writes.add.groups.map((g) => g.id)).toEqual(['g2'])
  })

  it('« take-theirs » replaces the saved group with the file’s', () => {
    const writes = applyResolutions(
      plan(sampleSnapshot(), withTheirGroup(T0)),
      { 'group:g1': 'take-theirs' },
      { newId: ids() },
    )
    expect(writes.replace.groups).toEqual([theirGroup(T0)])
    expect(countWrites(writes)).toEqual({ added: 2, replaced: 1, removed: 0 })
  })

  it('« keep-both » adds the file’s group with a new id, marked as imported, beside the saved one', () => {
    const theirs = withTheirGroup(T2)
    theirs.structures[0] = structure({ name: 'EHPAD Les Tilleuls (Nord)', updatedAt: T2 })
    const writes = applyResolutions(plan(sampleSnapshot(), theirs), { 'group:g1': 'keep-both' }, { newId: ids() })
    expect(writes.add.groups).toEqual([
      group({ id: 'g2', name: 'Collectif SI', structureIds: ['s3'] }),
      { ...theirGroup(T2), id: 'nouveau-1', importedFrom: 'g1' },
    ])
    expect(writes.replace.groups).toEqual([])
    // With the structure kept twice too, the copy lists the file's copy of the structure.
    const both = applyResolutions(
      plan(sampleSnapshot(), theirs),
      { 'structure:s1': 'keep-both', 'group:g1': 'keep-both' },
      { newId: ids() },
    )
    expect(both.add.groups.find((g) => g.importedFrom === 'g1')).toEqual({
      ...theirGroup(T2),
      id: 'nouveau-2',
      importedFrom: 'g1',
      structureIds: ['nouveau-1', 's2', 's3'],
    })
  })

  it('« newest-per-question » keeps the group changed last, and the saved one on equal dates', () => {
    const newer = applyResolutions(
      plan(sampleSnapshot(), withTheirGroup(T2)),
      { 'group:g1': 'newest-per-question' },
      { newId: ids() },
    )
    expect(newer.replace.groups).toEqual([theirGroup(T2)])
    const older = applyResolutions(
      plan(sampleSnapshot(), withTheirGroup(T0)),
      { 'group:g1': 'newest-per-question' },
      { newId: ids() },
    )
    expect(older.replace.groups).toEqual([])
    const same = plan(sampleSnapshot(), withTheirGroup(T1))
    expect(same.groups.conflicts[0]?.newer).toBe('same')
    expect(applyResolutions(same, { 'group:g1': 'newest-per-question' }, { newId: ids() }).replace.groups).toEqual([])
  })
})
