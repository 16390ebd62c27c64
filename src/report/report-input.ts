/** What a structure's PDF summary is built from, and the choices the user makes for it. */
import type { Content } from 'pdfmake/interfaces'
import type { Answer, Assessment, Structure, AssessmentScore } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import type { PlanItem } from '@/domain/action-plan'

export interface ReportOptions {
  includeComments: boolean
  includeNotes: boolean
  /** No names of persons; the structure is replaced by its category and department. */
  anonymised: boolean
}

export interface ReportInput {
  structure: Structure
  assessment: Assessment
  definition: QuestionnaireDefinition
  scores: AssessmentScore
  answers: Readonly<Record<string, Answer | undefined>>
  plan: readonly PlanItem[]
  targets: Readonly<Record<string, number>>
  /** PNG data URL of the radar chart, when it could be drawn. */
  radarImage: string | null
  /** Extra sections (e.g. conformity grids) built elsewhere. */
  extraContent?: Content[]
  generatedAt: string
  appVersion: string
  options: ReportOptions
}
