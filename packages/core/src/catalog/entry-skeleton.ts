import { TODO_MARKER } from "./check-todo.js";
import { PASSBACK_EFFECTS } from "./entry-schema.js";

const TODO = (what: string) => `${TODO_MARKER}: ${what}`;

/**
 * A new entry file with every field a maintainer must decide, written as the catalog checks will reject until
 * filled in: each text holds the TODO marker (`todo-left`) and the samples are empty (`schema`). `schemaPath`
 * is the path from the new file to entry.schema.json, for editor help.
 */
export function entrySkeleton(sis: string, id: string, schemaPath: string): Record<string, unknown> {
  return {
    $schema: schemaPath,
    id,
    sis,
    identifiesSis: false,
    // Either kind of SIS import problem may cause it until the author narrows it (or says false for none).
    provisioningCause: [...PASSBACK_EFFECTS],
    title: TODO("the error's short title; for a dictionary entry, exactly as Canvas publishes it"),
    match: {
      pattern: TODO("a regular expression for the SIS part of the message, named groups for the variable parts"),
      flags: "i",
      literal: TODO("text every matching message contains"),
      captures: [],
    },
    level: "any",
    meaning: TODO("what the error means, in your own words, for support staff"),
    fix: {
      teacher: [
        TODO("the teacher's first step; keep only the actors who really act, add canvasAdmin, sisAdmin, vendor"),
      ],
    },
    actsFirst: "teacher",
    severity: "error",
    escalation: { needed: false, collect: [] },
    provenance: {
      message: "inferred",
      dictionary: false,
      source: `https://${TODO_MARKER}.invalid/where-the-message-or-title-was-found`,
      evidence: [],
      notes: TODO("what the pattern was inferred from, or make message verified and link where the text was seen"),
    },
    samples: { match: [], noMatch: [] },
  };
}
