import { describe, expect, it } from "vitest";
import { entrySkeleton } from "./entry-skeleton.js";
import { sourceOf, validEntry } from "./test-support.js";
import { validateCatalog } from "./validate-catalog.js";

describe("a new entry's skeleton", () => {
  it("fails the checks with every field left to fill, and only with those", () => {
    const skeleton = entrySkeleton("aspen", "aspen-widget-missing", "../../schema/entry.schema.json");
    const { problems } = validateCatalog([sourceOf("built-in", [skeleton])]);
    expect(problems.map((p) => `${p.path}: ${p.code}`).sort()).toEqual([
      "fix.teacher[0]: todo-left",
      "match.literal: todo-left",
      "match.pattern: todo-left",
      "meaning: todo-left",
      "provenance.notes: todo-left",
      "provenance.source: todo-left",
      "samples.match: schema",
      "samples.noMatch: schema",
      "title: todo-left",
    ]);
  });

  it("passes once its fields are written", () => {
    const skeleton = entrySkeleton("aspen", "aspen-widget-missing", "../../schema/entry.schema.json");
    const filled = { ...validEntry(), $schema: skeleton.$schema, id: skeleton.id, sis: skeleton.sis };
    expect(validateCatalog([sourceOf("built-in", [filled])]).problems).toEqual([]);
  });

  it("flags the word TODO wherever it is left, but not inside other words", () => {
    const entry = validEntry({ meaning: "Fix it. TODO explain more.", title: "Todolist sync failed (TODOS)" });
    const { problems } = validateCatalog([sourceOf("built-in", [entry])]);
    expect(problems.map((p) => `${p.path}: ${p.code}`)).toEqual(["meaning: todo-left"]);
  });
});
