/** Storage failures translated into what the user needs to know. */

export type StorageErrorKind = 'unavailable' | 'quota' | 'blocked' | 'version' | 'write'

const MESSAGES: Record<StorageErrorKind, string> = {
  unavailable:
    'Le stockage du navigateur (IndexedDB) n’est pas disponible, par exemple en navigation privée : vos réponses ne sont pas enregistrées. Ouvrez CapSI dans une fenêtre normale.',
  quota:
    'L’espace de stockage du navigateur est plein : votre dernière réponse n’a pas été enregistrée. Libérez de l’espace (exportez puis supprimez d’anciennes évaluations) avant de continuer.',
  blocked:
    'Une ancienne version de CapSI est encore ouverte dans un autre onglet et bloque la mise à jour des données. Fermez les autres onglets CapSI puis rechargez cette page.',
  version:
    'Les données ont été enregistrées par une version plus récente de CapSI. Rechargez la page pour utiliser la dernière version.',
  write:
    'L’enregistrement a échoué : votre dernière réponse n’a pas été enregistrée. Réessayez ; si le problème persiste, exportez vos données.',
}

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    override readonly cause?: unknown,
  ) {
    super(MESSAGES[kind])
    this.name = 'StorageError'
  }
}

/** Maps any error thrown by IndexedDB to a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError') return new StorageError('quota', error)
  if (name === 'VersionError') return new StorageError('version', error)
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError')
    return new StorageError('unavailable', error)
  return new StorageError('write', error)
}

/** Runs a storage operation, turning any failure into a StorageError. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toStorageError(error)
  }
}
