import { describe, expect, it } from "vitest";
import { addDay, countAt, type DailyCounts, dailyRecord, dayAt, mergeDaily } from "./daily-counts.js";

describe("daily counts", () => {
  it("counts days in any order of arrival and lists them in day order", () => {
    let days: DailyCounts | null = null;
    for (const day of [20_345, 20_343, 20_345, 20_344, 20_343, 20_345]) days = addDay(days, day);
    if (days === null) throw new Error("no days");
    expect(days.map((_, at) => [dayAt(days as DailyCounts, at), countAt(days as DailyCounts, at)])).toEqual([
      [20_343, 2],
      [20_344, 1],
      [20_345, 3],
    ]);
    expect(dailyRecord(days)).toEqual({ "2025-09-12": 2, "2025-09-13": 1, "2025-09-14": 3 });
    expect(Object.keys(dailyRecord(days))).toEqual(["2025-09-12", "2025-09-13", "2025-09-14"]);
  });

  it("adds two reports' days up, in day order", () => {
    const merged = mergeDaily({ "2025-09-16": 1, "2025-09-14": 2 }, { "2025-09-15": 4, "2025-09-16": 3 });
    expect(Object.entries(merged)).toEqual([
      ["2025-09-14", 2],
      ["2025-09-15", 4],
      ["2025-09-16", 4],
    ]);
  });
});

describe("daily counts of a long list", () => {
  it("count each day once, in day order, whatever the order of arrival", () => {
    const arrivals = Array.from({ length: 900 }, (_, at) => 20_000 + ((at * 37) % 300));
    let days: DailyCounts | null = null;
    for (const day of arrivals) days = addDay(days, day);
    const counted = Object.values(dailyRecord(days as DailyCounts));
    expect(counted).toHaveLength(300);
    expect(counted.every((count) => count === 3)).toBe(true);
    expect(Object.keys(dailyRecord(days as DailyCounts))).toEqual(Object.keys(dailyRecord(days as DailyCounts)).sort());
  });
});
