import { describe, expect, it } from "vitest";
import type { LogRecord } from "../records/log-record.js";
import { NO_STUDENT, StudentTable } from "./student-table.js";

const record = (student: Pick<LogRecord, "studentId" | "studentName">): LogRecord => ({
  line: 1,
  status: "error",
  ...student,
});

describe("StudentTable", () => {
  it("gives each student one index, and completes an id or a name from a later record", () => {
    const table = new StudentTable();
    const ana = table.indexOf(record({ studentId: "s1" }));
    const ben = table.indexOf(record({ studentId: "s2", studentName: "Ben Ito" }));
    expect(table.indexOf(record({ studentId: "s1", studentName: "Ana Cohen" }))).toBe(ana);
    expect(table.indexOf(record({ studentId: "s2", studentName: "Someone Else" }))).toBe(ben);
    expect(table.infoOf(ana)).toEqual({ id: "s1", name: "Ana Cohen" });
    expect(table.infoOf(ben)).toEqual({ id: "s2", name: "Ben Ito" });
  });

  it("keys a student by name when there is no id, and records without either under NO_STUDENT", () => {
    const table = new StudentTable();
    const zoe = table.indexOf(record({ studentName: "Zoe Patel" }));
    expect(table.indexOf(record({ studentName: "Zoe Patel" }))).toBe(zoe);
    expect(table.infoOf(zoe)).toEqual({ id: null, name: "Zoe Patel" });
    expect(table.indexOf(record({}))).toBe(NO_STUDENT);
  });
});
