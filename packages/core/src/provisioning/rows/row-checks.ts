import type { RowCheckFactory } from "../checks/check-context.js";
import type { CsvType } from "../csv/csv-types.js";
import { enrollmentRows } from "./enrollments.js";
import { gradePublishingRows, groupCategoryRows, groupRows, membershipRows } from "./groups.js";
import { adminRows, loginRows, observerRows, userRows } from "./people.js";
import {
  abstractCourseRows,
  accountRows,
  changeSisIdRows,
  courseRows,
  sectionRows,
  termRows,
  xlistRows,
} from "./structure.js";

/** Each kind of import file's row checks; a new kind does not build until it has its line. */
export const ROW_CHECKS = {
  change_sis_id: changeSisIdRows,
  account: accountRows,
  term: termRows,
  abstract_course: abstractCourseRows,
  course: courseRows,
  section: sectionRows,
  xlist: xlistRows,
  user: userRows,
  login: loginRows,
  enrollment: enrollmentRows,
  admin: adminRows,
  group_category: groupCategoryRows,
  group: groupRows,
  group_membership: membershipRows,
  grade_publishing_results: gradePublishingRows,
  user_observer: observerRows,
} satisfies Record<CsvType, RowCheckFactory>;
