import { CatalogError, InputError } from "@sis/core";
import { describe, expect, it } from "vitest";
import { closestIds } from "../../packages/cli/src/catalog/closest-ids.js";
import { describeFailure } from "../../packages/cli/src/failure.js";
import { UsageError } from "../../packages/cli/src/usage-error.js";

describe("describeFailure", () => {
  it("says where an input failed: file, line, code", () => {
    const error = new InputError("binary-input", "expected a text log, got binary data", "export.xlsx", 1);
    expect(describeFailure(error)).toEqual([
      "error: export.xlsx:1: binary-input: expected a text log, got binary data",
    ]);
  });

  it("names stdin as such", () => {
    expect(describeFailure(new InputError("empty-input", "nothing to read", "-"))).toEqual([
      "error: stdin: empty-input: nothing to read",
    ]);
  });

  it("lists every catalog problem", () => {
    const error = new CatalogError([
      { file: "entries/a.json", path: "fix", code: "schema", message: "missing" },
      { file: "entries/b.json", path: "", code: "json-parse", message: "not JSON" },
    ]);
    expect(describeFailure(error)).toEqual([
      "error: the catalog has 2 problems:",
      "  entries/a.json: fix: schema: missing",
      "  entries/b.json: json-parse: not JSON",
    ]);
  });

  it("adds a usage hint to usage errors", () => {
    expect(describeFailure(new UsageError("bad"))).toEqual(["error: bad", "(run `gpb-analyze --help` for usage)"]);
  });

  it("shows anything unexpected as one line, never a stack", () => {
    expect(describeFailure(new TypeError("x is undefined"))).toEqual(["internal error: x is undefined"]);
    expect(describeFailure("thrown string")).toEqual(["internal error: thrown string"]);
  });
});

describe("closestIds", () => {
  const ids = ["aspen-session-expired", "aspen-duplicate-assignment", "powerschool-404-not-found"];

  it("finds typos and fragments, best first", () => {
    expect(closestIds("aspen-sesion-expired", ids)).toEqual(["aspen-session-expired"]);
    expect(closestIds("duplicate", ids)).toEqual(["aspen-duplicate-assignment"]);
  });

  it("suggests nothing far away", () => {
    expect(closestIds("infinite-campus-exchange", ids)).toEqual([]);
  });
});
