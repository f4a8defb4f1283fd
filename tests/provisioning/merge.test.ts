import { mergeReports, type Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { analyzeFiles, csv } from "./support.js";

const importOf = (id: number, user: string) => ({
  [`import-${id}.json`]: JSON.stringify({
    id,
    workflow_state: "imported_with_messages",
    data: { counts: { users: 1 } },
  }),
  [`errors-${id}.csv`]: csv(
    ["sis_import_id", "file", "message", "row"],
    [String(id), "users.csv", `No login_id given for user ${user}`, "2"],
  ),
});

describe("merging reports with SIS imports", () => {
  it("keeps each shard's imports and sums what two shards say of the same import", async () => {
    const a = await analyzeFiles(importOf(1, "u1"));
    const b = await analyzeFiles(importOf(2, "u2"));
    const both = await analyzeFiles({ ...importOf(1, "u1"), ...importOf(2, "u2") });
    const merged = mergeReports(a, b) as Report;
    expect(merged.provisioning?.imports.map((item) => item.id)).toEqual(["1", "2"]);
    expect(merged.provisioning?.summary).toEqual(both.provisioning?.summary);
    expect(merged.provisioning?.imports).toEqual(both.provisioning?.imports);
    const twice = mergeReports(a, a) as Report;
    expect(twice.provisioning?.imports[0]?.warnings).toBe(2);
  });

  it("leaves a report without SIS imports without the section", async () => {
    const log = await analyzeFiles({ "log.csv": "course_id,status,message\nC1,failed,Internal Server Error\n" });
    expect(mergeReports(log, log).provisioning).toBeUndefined();
  });
});
