import { PASSBACK_EFFECTS, type PassbackEffect } from "../../catalog/entry-schema.js";
import type { ProvisioningFinding, ProvisioningObject } from "../../report/provisioning-schema.js";
import type { FindingState } from "../aggregate/finding-state.js";
import type { ObjectTables } from "../ids/object-tables.js";
import type { ObjectKind } from "../model.js";
import { SILENT_BEHAVIOURS, type SilentCode } from "../silent-behaviours.js";
import type { SectionRedaction } from "./section-redaction.js";

/** A provisioning finding as the objects it names point back at it. */
export interface FindingRef {
  import: string | null;
  file: string | null;
  key: string;
  title: string;
  count: number;
}

/** Looks up the provisioning findings that name an object, by kind and id (a pseudonym when the run redacts). */
export interface CauseIndex {
  readonly size: number;
  findingsOf(kind: ObjectKind, id: string): readonly FindingRef[];
  /**
   * The courses (SIS ids) the person's own rows of the finding name, or null when the finding is about the person
   * (a users.csv row, a user not found), which explains their errors in any course.
   */
  coursesOf(ref: FindingRef, kind: "user" | "login", id: string): ReadonlySet<string> | null;
  /** Whether the imported files name this course id at all: if not, a log's course ids are of another system. */
  knowsCourse(id: string): boolean;
}

interface ObjectState {
  kind: ObjectKind;
  id: string;
  count: number;
  findings: FindingRef[];
}

/**
 * Every object any provisioning finding names, with those findings: the section's list of courses, sections and
 * users, and the index passback findings are linked through. It holds every object, not a capped list, so a link
 * is never missed because the object fell off the report's list.
 */
export class CauseIndexBuilder {
  /** Every object any finding names: the section's list. */
  private readonly byKey = new Map<string, ObjectState>();
  /** The findings each object is linked through: people wherever named, courses and sections as subjects. */
  private readonly links = new Map<string, FindingRef[]>();
  /** Per finding (by `refKey`), per person (kind and id, as linked), the courses their rows name; null for any. */
  private readonly personCourses = new Map<string, Map<string, Set<string> | null>>();

  constructor(
    private readonly tables: ObjectTables,
    private readonly redaction: SectionRedaction | null,
  ) {}

  add(
    states: readonly FindingState[],
    finding: ProvisioningFinding,
    where: { import: string | null; file: string | null },
  ): void {
    const key = finding.entry?.id ?? (finding.silent ? `${SILENT}${finding.silent.code}` : `text:${finding.template}`);
    const title = finding.entry?.title ?? finding.silent?.title ?? finding.template ?? "";
    const findingKey = refKey({ ...where, key });
    const people = this.personCourses.get(findingKey) ?? new Map<string, Set<string> | null>();
    this.personCourses.set(findingKey, people);
    // The people the finding is about, from its predictions and Canvas's messages alike, before any is linked.
    for (const state of states) {
      for (const kind of ["user", "login"] as const) {
        for (const [at, numbers] of state.personCourses[kind]) {
          const linkKey = `${kind}\u0000${this.idOf(kind, this.tables[kind].text(at))}`;
          const courses = people.get(linkKey);
          if (courses === null) continue;
          if (numbers === null) people.set(linkKey, null);
          else {
            const named = courses ?? new Set<string>();
            for (const course of numbers) named.add(this.tables.course.text(course));
            people.set(linkKey, named);
          }
        }
      }
    }
    for (const state of states) {
      const subjects = new Set(state.predictedObjects);
      for (const [, object] of state.reportedKeys) subjects.add(object);
      for (const [kind, counts] of state.objects) {
        for (const [at, count] of counts) {
          const object = this.objectOf(kind, this.tables[kind].text(at));
          object.count += count;
          const last = object.findings.at(-1);
          let ref: FindingRef;
          if (last && last.key === key && last.file === where.file && last.import === where.import) {
            last.count += count;
            ref = last;
          } else {
            ref = { ...where, key, title, count };
            object.findings.push(ref);
          }
          // A person is linked wherever a finding is about them (not where it names them as holding the login
          // another row asked for); a course or section only where it is the subject (a section not found), not
          // where the subject sits (a user not found in that section).
          const linkKey = `${kind}\u0000${object.id}`;
          if (kind === "user" || kind === "login" ? !people.has(linkKey) : !subjects.has(`${kind}:${at}`)) continue;
          const linked = this.links.get(linkKey) ?? [];
          if (!linked.includes(ref)) linked.push(ref);
          this.links.set(linkKey, linked);
        }
      }
    }
  }

  /** The objects, most rows first (then kind and id). */
  objects(): ProvisioningObject[] {
    return [...this.byKey.values()]
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ kind, id, count, findings }) => ({ kind, id, count, findings: findings.map((ref) => ({ ...ref })) }));
  }

  index(): CauseIndex {
    const { links, personCourses, tables } = this;
    return {
      size: links.size,
      findingsOf: (kind, id) => links.get(`${kind}\u0000${id}`) ?? [],
      coursesOf: (ref, kind, id) => personCourses.get(refKey(ref))?.get(`${kind}\u0000${id}`) ?? null,
      knowsCourse: (id) => tables.course.find(id) >= 0,
    };
  }

  /** An object's id as the report and the links name it: a person's pseudonym when the run redacts. */
  private idOf(kind: ObjectKind, original: string): string {
    return this.redaction && (kind === "user" || kind === "login")
      ? this.redaction.pseudonym(kind, original)
      : original;
  }

  private objectOf(kind: ObjectKind, original: string): ObjectState {
    const id = this.idOf(kind, original);
    const key = `${kind}\u0000${id}`;
    let object = this.byKey.get(key);
    if (object === undefined) {
      object = { kind, id, count: 0, findings: [] };
      this.byKey.set(key, object);
    }
    return object;
  }
}

/** One provisioning finding as a Map key: its import, file and key. */
export function refKey(ref: Pick<FindingRef, "import" | "file" | "key">): string {
  return `${ref.import ?? ""}\u0000${ref.file ?? ""}\u0000${ref.key}`;
}

const SILENT = "silent:";

/**
 * What the finding a ref points at breaks that grade passback relies on: its catalog entry's `affects`, its silent
 * behaviour's, and either for a message no entry explains.
 */
export function effectsOfRef(
  ref: Pick<FindingRef, "key">,
  entryEffects: (id: string) => readonly PassbackEffect[] | undefined,
): readonly PassbackEffect[] {
  if (ref.key.startsWith(SILENT)) return SILENT_BEHAVIOURS[ref.key.slice(SILENT.length) as SilentCode].affects;
  return entryEffects(ref.key) ?? PASSBACK_EFFECTS;
}
