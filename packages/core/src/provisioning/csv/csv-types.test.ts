import { describe, expect, it } from "vitest";
import { csvTypeNamed, csvTypeOf, readAsOther } from "./csv-types.js";

const kindOf = (header: string) => csvTypeOf(new Set(header.split(",")));

describe("a file's kind, from its header as Canvas decides it", () => {
  it.each([
    ["user_id,login_id,status", "user"],
    ["user_id,login_id,existing_user_id", "login"],
    ["course_id,user_id,role,status", "enrollment"],
    ["section_id,user_id,role,status", "enrollment"],
    ["section_id,course_id,name,status", "section"],
    ["course_id,short_name,long_name,status", "course"],
    ["abstract_course_id,short_name,long_name", "abstract_course"],
    ["term_id,name,status", "term"],
    ["account_id,parent_account_id,name,status", "account"],
    ["xlist_course_id,section_id,status", "xlist"],
    ["user_id,account_id,role,status", "admin"],
    ["group_category_id,category_name,status", "group_category"],
    ["group_id,name,status", "group"],
    ["group_id,user_id,status", "group_membership"],
    ["observer_id,student_id,status", "user_observer"],
    ["enrollment_id,grade_publishing_status,message", "grade_publishing_results"],
    ["old_id,new_id,type", "change_sis_id"],
    // Order decides: any old_id makes a change_sis_id file; a name column makes a courses file terms.
    ["user_id,login_id,old_id", "change_sis_id"],
    ["course_id,short_name,long_name,name,term_id", "term"],
    ["student,teacher", null],
  ])("%s is %s", (header, kind) => {
    expect(kindOf(header)).toBe(kind);
  });

  it("names the column that makes a file another kind than it looks meant as", () => {
    expect(readAsOther(["course_id", "user_id", "login_id", "role"], "enrollments.csv")).toEqual({
      readAs: "user",
      meant: "enrollment",
      column: "login_id",
    });
    expect(readAsOther(["course_id", "user_id", "login_id", "role"], null)).toMatchObject({ meant: "enrollment" });
    expect(readAsOther(["user_id", "login_id", "status"], "users.csv")).toBeNull();
    expect(readAsOther(["term_id", "name", "status"], "courses.csv")).toEqual({
      readAs: "term",
      meant: "course",
      column: null,
    });
  });

  it("reads a name's kind only as a hint", () => {
    expect(csvTypeNamed("exports/2025/Enrollments_fall.CSV")).toBe("enrollment");
    expect(csvTypeNamed("group_memberships.csv")).toBe("group_membership");
    expect(csvTypeNamed("data.csv")).toBeNull();
  });
});
