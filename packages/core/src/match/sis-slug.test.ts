import { describe, expect, it } from "vitest";
import { normalizeSis, sisNamedBy } from "./sis-slug.js";

const KNOWN = new Set(["aspen", "powerschool", "infinite-campus", "canvas", "generic"]);

describe("SIS names", () => {
  it("folds the spellings exports use onto the catalog's slugs", () => {
    expect(normalizeSis("PowerTeacher Pro")).toBe("powerschool");
    expect(normalizeSis("Follett Aspen")).toBe("aspen");
    expect(normalizeSis("Brand New SIS")).toBe("brand-new-sis");
    expect(normalizeSis("  ")).toBeUndefined();
  });

  it("reads the SIS an input's file name gives away, and nothing from names that only look like it", () => {
    expect(sisNamedBy("exports/aspen-grade-sync-2025.csv", KNOWN)).toBe("aspen");
    expect(sisNamedBy("C:\\Users\\me\\Infinite Campus errors.tsv", KNOWN)).toBe("infinite-campus");
    expect(sisNamedBy("PowerSchool_gradesync.log.gz", KNOWN)).toBe("powerschool");
    expect(sisNamedBy("ps-export.csv", KNOWN)).toBeUndefined();
    expect(sisNamedBy("canvas-grade-sync.csv", KNOWN)).toBeUndefined();
    expect(sisNamedBy("skyward.csv", KNOWN)).toBeUndefined();
    expect(sisNamedBy("grade-sync.csv", KNOWN)).toBeUndefined();
  });
});
