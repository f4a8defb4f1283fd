import { GrowableInts } from "../ids/growable.js";
import type { ObjectTables } from "../ids/object-tables.js";
import type { ObjectKind, ObjectRef, Prediction } from "../model.js";

/**
 * A column that names an object of another kind (an enrollment's user, a section's course). Whether the object
 * exists is known only once every file of the run is read (Canvas imports by kind, not by file order), so rows
 * are tallied per referenced id and resolved at the end.
 */
export interface ReferenceSpec {
  target: ObjectKind;
  /** Kinds of the row's other ids kept with the first row that names each target (for the message's captures). */
  context: readonly ObjectKind[];
  /** The prediction for a target the run never defines, made from the first row that names it. */
  missing(id: string, context: readonly string[], row: number): Prediction;
  /**
   * Which object the prediction is about first: the target (a user not found), or the row's own object (a course
   * whose term is unknown is about the course). Passback findings link to a finding's first object.
   */
  subject?: "target" | "row";
  /** For a reference that needed the object earlier: the prediction when the run defines it, but only later. */
  definedLater?(id: string, context: readonly string[], row: number): Prediction;
}

/** The rows of one file that name objects through one reference column: per target id, how many and the first. */
export class Tally {
  readonly counts = new GrowableInts(0);
  readonly firstRow = new GrowableInts(0);
  readonly context: GrowableInts[];
  readonly targets: number[] = [];

  constructor(
    readonly spec: ReferenceSpec,
    readonly file: number,
  ) {
    this.context = spec.context.map(() => new GrowableInts(-1));
  }

  note(target: number, row: number, context: readonly number[]): void {
    if (this.counts.add(target, 1) > 1) return;
    this.targets.push(target);
    this.firstRow.set(target, row);
    for (let at = 0; at < this.context.length; at++) (this.context[at] as GrowableInts).set(target, context[at] ?? -1);
  }
}

/** Every reference tally of a run. */
export class References {
  private readonly tallies = new Map<string, Tally>();

  /** Notes that `row` of `file` names object `target` through `spec`; `context` are the row's other ids' numbers. */
  note(file: number, spec: ReferenceSpec, target: number, row: number, context: readonly number[] = []): void {
    this.tally(file, spec).note(target, row, context);
  }

  /** The tally of one file's reference column, for a row check to keep (one lookup per file, not per row). */
  tally(file: number, spec: ReferenceSpec): Tally {
    const key = `${file}\u0000${this.keyOf(spec)}`;
    let tally = this.tallies.get(key);
    if (tally === undefined) {
      tally = new Tally(spec, file);
      this.tallies.set(key, tally);
    }
    return tally;
  }

  /**
   * The predictions for every referenced object the run does not define (per `isDefined`), each counted once per
   * row that names it, with the near-identical defined id when there is one (leading zeros, case).
   */
  *missing(
    tables: ObjectTables,
    isDefined: (kind: ObjectKind, at: number) => boolean,
    checkable: (kind: ObjectKind) => boolean,
  ): Generator<{ file: number; prediction: Prediction; count: number; near: ObjectRef | null }> {
    for (const tally of this.tallies.values()) {
      const { spec } = tally;
      // Without any file of the target's kind in the run, its absence says nothing: Canvas likely has it.
      if (!checkable(spec.target)) continue;
      const table = tables[spec.target];
      for (const target of tally.targets) {
        const defined = isDefined(spec.target, target);
        if (defined && spec.definedLater === undefined) continue;
        const objects: ObjectRef[] = [[spec.target, target]];
        const context = spec.context.map((kind, at) => {
          const id = (tally.context[at] as GrowableInts).get(target);
          if (id >= 0) objects.push([kind, id]);
          return id < 0 ? "" : tables[kind].text(id);
        });
        if (spec.subject === "row" && objects.length > 1) objects.push(objects.shift() as ObjectRef);
        const make = defined ? spec.definedLater : spec.missing;
        const prediction = (make as ReferenceSpec["missing"])(table.text(target), context, tally.firstRow.get(target));
        const near = table.nearlyDefined(table.text(target), (at) => isDefined(spec.target, at));
        yield {
          file: tally.file,
          prediction: { ...prediction, objects },
          count: tally.counts.get(target),
          near: near < 0 ? null : [spec.target, near],
        };
      }
    }
  }

  private readonly keys = new Map<ReferenceSpec, string>();

  private keyOf(spec: ReferenceSpec): string {
    let key = this.keys.get(spec);
    if (key === undefined) {
      key = String(this.keys.size);
      this.keys.set(spec, key);
    }
    return key;
  }
}
