import { GrowableInts } from "../ids/growable.js";
import { IdTable } from "../ids/id-table.js";
import type { ObjectTables } from "../ids/object-tables.js";
import type { ObjectKind, ObjectRef, Prediction } from "../model.js";
import { type CheckContext, expect, silently } from "./check-context.js";

/**
 * Notes that a row defines an object; a second definition of the same id in the same file is a duplicate (the last
 * row processed wins, and Canvas processes large files in parallel pieces).
 */
export function defineObject(
  context: CheckContext,
  kind: ObjectKind,
  at: number,
  row: number,
  objects: readonly ObjectRef[],
): void {
  const first = context.tables[kind].definer(at) < 0;
  const before = context.tables[kind].define(at, context.file, row);
  if (before > 0) {
    context.predict(
      silently("duplicate-id", row, { id: context.tables[kind].text(at), firstRow: String(before) }, objects),
    );
  } else if (first && SPREADSHEET_NUMBER.test(context.tables[kind].text(at))) {
    context.predict(silently("spreadsheet-number-id", row, { id: context.tables[kind].text(at) }, objects));
  }
}

/** A long number as Excel shows it once rounded, `1.23457E+11`: what a numeric id becomes after a save. */
const SPREADSHEET_NUMBER = /^\d(?:[.,]\d+)?E\+\d+$/i;

/**
 * Who holds each login_id and integration_id of the run's users: Canvas gives a login to one user only (login ids
 * compared without case), so a second user asking for it is skipped with "already claimed".
 */
export class Owners {
  private readonly loginOwner = new GrowableInts(-1);
  private readonly integrations = new IdTable();
  private readonly integrationOwner = new GrowableInts(-1);

  /**
   * Gives the login (its number in the run's login table, ids lower-cased) to the user; false (with the prediction
   * made) when another user of the run holds it.
   */
  claimLogin(context: CheckContext, at: number, user: number, row: number, objects: readonly ObjectRef[]): boolean {
    const owner = this.loginOwner.get(at);
    if (owner < 0) this.loginOwner.set(at, user);
    if (owner < 0 || owner === user) return true;
    const [existingId, userId] = [context.tables.user.text(owner), context.tables.user.text(user)];
    const holder: ObjectRef = ["user", owner];
    context.predict({
      ...expect("login-claimed-sis-id", row, { existingId, userId }, [...objects, holder]),
      holders: [holder],
    });
    return false;
  }

  claimIntegration(
    context: CheckContext,
    id: string,
    user: number,
    row: number,
    objects: readonly ObjectRef[],
  ): boolean {
    const at = this.integrations.index(id);
    const owner = this.integrationOwner.get(at);
    if (owner < 0) this.integrationOwner.set(at, user);
    if (owner < 0 || owner === user) return true;
    const [existingId, userId] = [context.tables.user.text(owner), context.tables.user.text(user)];
    const holder: ObjectRef = ["user", owner];
    context.predict({
      ...expect("integration-id-claimed", row, { idKind: "SIS ID", existingId, userId }, [...objects, holder]),
      holders: [holder],
    });
    return false;
  }
}

/** Defined ids of one kind that differ only in case, spaces or leading zeros: each pair once, in id order. */
export function* nearDuplicates(
  tables: ObjectTables,
  kind: ObjectKind,
  isDefined: (at: number) => boolean,
): Generator<{ file: number; prediction: Prediction }> {
  const table = tables[kind];
  for (const [first, at] of table.nearPairs(isDefined)) {
    const captures = { id: table.text(first), other: table.text(at) };
    const objects: ObjectRef[] = [
      [kind, first],
      [kind, at],
    ];
    yield {
      file: table.definer(at),
      prediction: silently("near-duplicate-id", table.definedRow(at), captures, objects),
    };
  }
}
