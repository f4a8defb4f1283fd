import { describe, expect, it } from "vitest";
import { TimelineBuilder } from "./timeline.js";

const day = TimelineBuilder.dayOf;

describe("the timeline", () => {
  it("counts every day from the first error to the last, per entry, unexplained errors last", () => {
    const timeline = new TimelineBuilder();
    timeline.add(null, false, day("2025-09-03"), 2);
    timeline.add("b-entry", true, day("2025-09-01"), 1);
    timeline.add("a-entry", false, day("2025-09-03"), 4);
    timeline.add("a-entry", false, day("2025-09-03"), 1);
    expect(timeline.result()).toEqual({
      from: "2025-09-01",
      to: "2025-09-03",
      series: [
        { entry: "a-entry", unresolved: [0, 0, 5], resolved: [0, 0, 0] },
        { entry: "b-entry", unresolved: [0, 0, 0], resolved: [1, 0, 0] },
        { entry: null, unresolved: [0, 0, 2], resolved: [0, 0, 0] },
      ],
    });
  });

  it("is null without a single timestamped error", () => {
    expect(new TimelineBuilder().result()).toBeNull();
  });

  it("adds up other timelines whatever days they span", () => {
    const early = new TimelineBuilder();
    early.add("a-entry", false, day("2025-09-01"), 1);
    const late = new TimelineBuilder();
    late.add("a-entry", true, day("2025-09-02"), 3);
    late.add("a-entry", false, day("2025-09-04"), 2);
    const sum = new TimelineBuilder();
    for (const part of [late.result(), early.result()]) if (part) sum.addTimeline(part);
    expect(sum.result()).toEqual({
      from: "2025-09-01",
      to: "2025-09-04",
      series: [{ entry: "a-entry", unresolved: [1, 0, 0, 2], resolved: [0, 3, 0, 0] }],
    });
  });
});
