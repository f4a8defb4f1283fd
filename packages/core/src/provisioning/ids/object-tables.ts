import { OBJECT_KINDS, type ObjectKind } from "../model.js";
import { IdTable } from "./id-table.js";

/** One id table per kind of object, shared by every file of a run so references across files resolve. */
export type ObjectTables = Readonly<Record<ObjectKind, IdTable>>;

export function createObjectTables(): ObjectTables {
  return Object.fromEntries(OBJECT_KINDS.map((kind) => [kind, new IdTable()])) as Record<ObjectKind, IdTable>;
}
