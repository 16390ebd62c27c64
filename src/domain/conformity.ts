/** Conformity grid records: a declared service, its qualification, its requirement levels and security needs. */

/** The declared level of one requirement, with its trajectory. */
export interface RequirementAnswer {
  level: number | null
  target: number | null
  /** YYYY-MM-DD */
  targetDate: string | null
  justification: string
  updatedAt: string
}

export interface SecurityNeedAnswer {
  level: number | null
  justification: string
  updatedAt: string
}

/** A frozen copy of an earlier declaration, to compare the service with. */
export interface ServiceSnapshot {
  takenAt: string
  qualification: Record<string, string | string[]>
  requirements: Record<string, RequirementAnswer>
  securityNeeds: Record<string, SecurityNeedAnswer>
}

/** A software solution or service of a structure, declared against a conformity grid. */
export interface ServiceRecord {
  id: string
  structureId: string
  questionnaireId: string
  questionnaireVersion: string
  name: string
  responsible: string
  description: string
  provider: string
  product: string
  productVersion: string
  /** Date the conformity approach started (YYYY-MM-DD). */
  startedOn: string | null
  qualification: Record<string, string | string[]>
  /** By requirement code. */
  requirements: Record<string, RequirementAnswer>
  /** By security need id. */
  securityNeeds: Record<string, SecurityNeedAnswer>
  /** Earlier declarations, oldest first. */
  history: ServiceSnapshot[]
  /** Set on a copy made when importing a file the user chose to keep beside their own: the original id. */
  importedFrom?: string
  createdAt: string
  updatedAt: string
}
