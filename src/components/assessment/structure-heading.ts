/** The id of a structure card's heading, which takes the focus once the structure is created. */
export function structureHeadingId(structureId: string): string {
  return `structure-${structureId}`
}
