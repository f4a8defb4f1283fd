import { describe, expect, it } from "vitest";
import { analyzeFiles, csv } from "./support.js";

describe("links from passback findings to their provisioning causes", () => {
  it("consider every affected student, not only the few a finding lists", async () => {
    const ids = ["1001", "1002", "1003", "1004", "1005", "1006", "1009"];
    const report = await analyzeFiles({
      // 1009, last by id, has no login: the only provisioning finding, about a student the finding does not list.
      "users.csv": csv(
        ["user_id", "login_id", "full_name", "status"],
        ...ids.map((id) => [id, id === "1009" ? "" : `u${id}`, `Student ${id}`, "active"]),
      ),
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "student_name", "status", "message"],
        ...ids.map((id) => [
          "powerschool",
          "C1",
          "A1",
          id,
          `Student ${id}`,
          "failed",
          `Student.id [${id}] does not have an AssignmentStudentAssociation`,
        ]),
      ),
    });
    const finding = report.groups[0]?.findings[0];
    // Linking reads every user; those listed keep their names.
    expect(finding?.users.map((user) => [user.id, user.name])).toEqual([
      ["1001", "Student 1001"],
      ["1002", "Student 1002"],
      ["1003", "Student 1003"],
    ]);
    expect(finding?.usersTotal).toBe(7);
    expect(finding?.causes?.map((cause) => [cause.key, cause.shared])).toEqual([
      ["canvas-sis-import-no-login-id", [{ kind: "user", id: "1009" }]],
    ]);
  });
});
