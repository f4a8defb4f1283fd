import { describe, expect, it } from "vitest";
import type { LogRecord } from "../records/log-record.js";
import { NO_STUDENT, StudentTable } from "./student-table.js";

const record = (student: Pick<LogRecord, "studentId" | "studentName">): LogRecord => ({
  line: 1,
  status: "error",
  ...student,
});

describe("StudentTable", () => {
  it("keys a student by id, keeps the name of a student with an error, and completes it from a later record", () => {
    const table = new StudentTable();
    const ana = table.keyOf(record({ studentId: "s1" }), true);
    const ben = table.keyOf(record({ studentId: "2650441", studentName: "Ben Ito" }), true);
    expect(table.keyOf(record({ studentId: "s1", studentName: "Ana Cohen" }), false)).toBe(ana);
    expect(table.keyOf(record({ studentId: "2650441", studentName: "Someone Else" }), true)).toBe(ben);
    expect(table.infoOf(ana)).toEqual({ id: "s1", name: "Ana Cohen" });
    expect(table.infoOf(ben)).toEqual({ id: "2650441", name: "Ben Ito" });
  });

  it("keeps nothing of a student seen only in successes but their key, and gives the id back exactly", () => {
    const table = new StudentTable();
    const key = table.keyOf(record({ studentId: "0042", studentName: "Cy Dow" }), false);
    expect(table.infoOf(key)).toEqual({ id: "0042", name: null });
    const numeric = table.keyOf(record({ studentId: "999999999", studentName: "Di Eng" }), false);
    expect(table.infoOf(numeric)).toEqual({ id: "999999999", name: null });
    expect(table.keyOf(record({ studentId: "0042" }), false)).toBe(key);
    expect(table.keyOf(record({ studentId: "42" }), false)).not.toBe(key);
  });

  it("keys a student by name when there is no id, and records without either under NO_STUDENT", () => {
    const table = new StudentTable();
    const zoe = table.keyOf(record({ studentName: "Zoe Patel" }), true);
    expect(table.keyOf(record({ studentName: "Zoe Patel" }), false)).toBe(zoe);
    expect(table.infoOf(zoe)).toEqual({ id: null, name: "Zoe Patel" });
    expect(table.keyOf(record({}), true)).toBe(NO_STUDENT);
    expect(table.infoOf(NO_STUDENT)).toEqual({ id: null, name: null });
  });
});
