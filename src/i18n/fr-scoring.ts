/** Words shared by every place that shows scores (results, reports, workshop) and by the choice of path, in French. */

type PathKey = 'full' | 'essential'

/** « 20 min », « 1 h », « 1 h 55 ». */
function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`
}

export const scoringMessages = {
  /** The path in running text: « parcours essentiel ». */
  path: { full: 'parcours complet', essential: 'parcours essentiel' } as Record<PathKey, string>,
  /** The path as a label: « Parcours essentiel ». */
  pathTitle: { full: 'Parcours complet', essential: 'Parcours essentiel' } as Record<PathKey, string>,
  /** What the scores are computed on. */
  scoresOn: {
    full: (n: number) => `Scores du parcours complet, calculés sur les ${n} questions du questionnaire.`,
    essential: (n: number) =>
      `Scores du parcours essentiel, calculés sur ses ${n} questions clés seulement : les autres questions n’entrent pas dans ces scores. Le parcours complet donne un diagnostic entier.`,
  } as Record<PathKey, (n: number) => string>,
  offPath: 'Hors parcours essentiel',
  methodPath:
    'Sur le parcours essentiel, les scores sont calculés sur les seules questions clés : les autres questions sont laissées de côté comme des questions masquées, et la couverture se compte sur les questions du parcours.',
  offPathHint: 'Aucune question clé dans ce domaine : il n’est pas noté sur le parcours essentiel.',
  /** A level out of the top of the scale, for a whole level: « 3 / 4 ». */
  levelOutOf: (level: number, max: number) => `${level} / ${max}`,
  /** The scale's range in running text: « de 0 à 4 ». */
  scaleRange: (min: number, max: number) => `de ${min} à ${max}`,
  duration,
  /** Time to answer a path, shown where the path is chosen. */
  answerTime: (minutes: number) => `environ ${duration(minutes)}`,
}
