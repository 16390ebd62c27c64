/** The conformity-grid section of the PDF summary: per service, the axes, what is below target, security needs. */
import type { Content, TableCell } from 'pdfmake/interfaces'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { computeAxisSummaries, isBelowTarget, requirementsFor, targetOf, type ServiceRecord } from '@/domain/conformity'
import { formatDecimal } from '@/i18n/fr-numbers'
import { formatFrenchDate } from './csv'

export interface ConformityReportService {
  service: ServiceRecord
  definition: QuestionnaireDefinition
  /** PNG data URLs of the radar of each axis, by axis id. */
  axisImages: Readonly<Record<string, string | null>>
}

function th(text: string): TableCell {
  return { text, bold: true, fillColor: '#e6e6e6' }
}

function serviceContent(entry: ConformityReportService, anonymised: boolean, today: string): Content[] {
  const { service, definition } = entry
  const product = [service.provider, service.product, service.productVersion].filter(Boolean).join(' — ')
  const summaries = computeAxisSummaries(definition, service)
  const below = requirementsFor(definition, service.qualification).filter((r) =>
    isBelowTarget(r, service.requirements[r.code]),
  )
  const images = summaries.flatMap((s) => {
    const image = entry.axisImages[s.axisId]
    return image
      ? [
          {
            stack: [
              { text: s.title, bold: true, alignment: 'center' },
              { image, width: 235 },
            ],
            unbreakable: true,
          } as Content,
        ]
      : []
  })
  const imageRows: Content[] = []
  for (let i = 0; i < images.length; i += 2)
    imageRows.push({ columns: images.slice(i, i + 2), columnGap: 12, margin: [0, 0, 0, 8] })
  const levelLabel = (level: number | null | undefined) =>
    level === null || level === undefined
      ? 'non renseigné'
      : `${level} — ${definition.scale.find((s) => s.value === level)?.label ?? ''}`
  return [
    { text: `Grille de conformité : ${service.name}`, style: 'h2', pageBreak: 'before' },
    {
      text: [
        product ? `${product}. ` : '',
        !anonymised && service.responsible ? `Responsable : ${service.responsible}. ` : '',
        service.startedOn ? `Démarche engagée le ${formatFrenchDate(service.startedOn)}. ` : '',
        `Grille « ${definition.title} », version ${definition.version}.`,
      ].join(''),
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 60, 60, 70],
        body: [
          [th('Axe'), th('Exigences applicables'), th('Renseignées'), th('Niveau moyen'), th('À la cible')],
          ...summaries.map((s) => [
            s.title,
            String(s.applicable),
            String(s.answered),
            s.meanLevel === null ? '—' : formatDecimal(s.meanLevel),
            s.atTargetShare === null ? '—' : `${Math.round(s.atTargetShare * 100)} %`,
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      style: 'small',
      margin: [0, 0, 0, 8],
    },
    ...imageRows,
    { text: 'Exigences sous la cible', bold: true, margin: [0, 6, 0, 4] },
    below.length
      ? {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [30, '*', 80, 40, 70],
            body: [
              [th('Code'), th('Exigence'), th('Niveau déclaré'), th('Cible'), th('Date cible')],
              ...below.map((r) => {
                const answer = service.requirements[r.code]
                const late = answer?.targetDate && answer.targetDate < today ? ' (en retard)' : ''
                return [
                  r.code,
                  r.title,
                  levelLabel(answer?.level),
                  String(targetOf(r, answer)),
                  answer?.targetDate ? `${formatFrenchDate(answer.targetDate)}${late}` : 'non fixée',
                ]
              }),
            ],
          },
          layout: 'lightHorizontalLines',
          style: 'small',
        }
      : { text: 'Toutes les exigences applicables atteignent leur cible.' },
    { text: 'Besoins de sécurité', bold: true, margin: [0, 8, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [90, 90, '*'],
        body: [
          [th('Besoin'), th('Niveau'), th('Justification')],
          ...(definition.securityNeeds ?? []).map((need) => {
            const answer = service.securityNeeds[need.id]
            const label = need.levels.find((l) => l.level === answer?.level)?.label
            return [need.title, label ?? 'non renseigné', answer?.justification ?? '']
          }),
        ],
      },
      layout: 'lightHorizontalLines',
      style: 'small',
    },
  ]
}

/** The conformity section for every declared service of the structure (empty when there is none). */
export function buildConformityContent(
  services: readonly ConformityReportService[],
  options: { anonymised: boolean; today: string },
): Content[] {
  return services.flatMap((entry) => serviceContent(entry, options.anonymised, options.today))
}
