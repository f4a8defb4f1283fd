import { describe, expect, it } from "vitest";
import { plural } from "./plural.js";

describe("plural", () => {
  it("agrees the noun with the count, grouping thousands as the reports do", () => {
    expect(plural(1, "entry", "entries")).toBe("1 entry");
    expect(plural(0, "entry", "entries")).toBe("0 entries");
    expect(plural(2, "row")).toBe("2 rows");
    expect(plural(12345, "success", "successes")).toBe("12,345 successes");
  });
});
