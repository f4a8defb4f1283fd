import { describe, expect, it } from "vitest";
import { KnownScrubber } from "./scrub-known.js";

describe("KnownScrubber", () => {
  it("replaces whole words in any case, the longest original first, and learns originals as it goes", () => {
    const scrubber = new KnownScrubber();
    scrubber.add("Ava", "Student 0001");
    expect(scrubber.scrub("ava and Avalon, ava's")).toBe("Student 0001 and Avalon, Student 0001's");
    scrubber.add("Ava Ito", "Student 0002");
    expect(scrubber.scrub("AVA ITO, Ava Itoh, Ava")).toBe("Student 0002, Student 0001 Itoh, Student 0001");
  });

  it("leaves short originals alone, and finds originals that start with a sign", () => {
    const scrubber = new KnownScrubber();
    scrubber.add("42", "student-0001");
    scrubber.add("#7731", "student-0002");
    expect(scrubber.scrub("42 of #7731, (#7731)")).toBe("42 of student-0002, (student-0002)");
  });
});
