/**
 * The alias table "Check my answer" matches through: the shipped groups plus the user's own
 * from Settings, rebuilt only when those change (the notebook sets them on load and update).
 */
import { checkAliases } from '@shared/domain/study/check/checkAnswer'
import type { AliasTable } from '@shared/domain/search/aliases/aliasTable'

let groups: string[][] = []
let table: AliasTable | null = null

/** Sets the user's alias groups (from Settings). */
export function setUserAliasGroups(next: string[][]): void {
  if (JSON.stringify(next) === JSON.stringify(groups)) return
  groups = next
  table = null
}

/** The current table. */
export function currentAliasTable(): AliasTable {
  return (table ??= checkAliases(groups))
}
