import { type CheckContext, cell, expect, type Header, type RowCheck, silently } from "../checks/check-context.js";
import { defineObject } from "../checks/duplicates.js";
import type { ReferenceSpec } from "../checks/references.js";
import { isMiscasedAdminRole } from "../checks/roles.js";
import { isDeletedStatus, statusVerdict } from "../checks/status.js";
import type { ObjectRef } from "../model.js";

/** Whether a login_id holds a tab, a line break or another control character pasted from a spreadsheet. */
function hasControl(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 32 || code === 127) return true;
  }
  return false;
}
/** The shape Canvas requires of an email address, roughly: something@domain.tld. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** users.csv: the row is skipped (and the user not made) at the first problem, in the importer's order. */
export function userRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["user_id", "login_id", "status", "email", "integration_id"]);
  const n = header.columns(["full_name", "first_name", "last_name", "sortable_name", "short_name"]);
  const { tables, owners, redaction } = context;
  return (fields, row) => {
    const userId = cell(fields, c.user_id);
    if (redaction !== null) {
      // Full names only: a first or last name alone ("May", "Will") is also a word the report must keep.
      const first = cell(fields, n.first_name);
      const last = cell(fields, n.last_name);
      const names = [cell(fields, n.full_name), cell(fields, n.sortable_name), cell(fields, n.short_name)];
      if (first !== "" && last !== "") names.push(`${first} ${last}`, `${last}, ${first}`, `${last} ${first}`);
      redaction.person(userId, cell(fields, c.login_id), cell(fields, c.email), names);
    }
    if (userId === "") return context.predict(expect("no-user-id", row, {}));
    const user = tables.user.index(userId);
    const objects: ObjectRef[] = [["user", user]];
    const loginId = cell(fields, c.login_id);
    if (loginId === "") return context.predict(expect("no-login-id", row, { userId }, objects));
    const status = cell(fields, c.status);
    const verdict = statusVerdict("user", status);
    if (verdict === "missing") return context.predict(expect("no-status-user", row, { userId }, objects));
    if (verdict === "improper") return context.predict(expect("improper-status-user", row, { userId }, objects));
    if (fields.some((field) => field.includes("\u0000"))) {
      return context.predict(expect("null-character", row, {}, objects));
    }
    if (hasControl(loginId)) {
      return context.predict(expect("user-invalid-login-id", row, { userId, loginId }, objects));
    }
    const login = tables.login.index(loginId.toLowerCase());
    objects.push(["login", login]);
    if (!owners.claimLogin(context, login, user, row, objects)) return;
    const integrationId = cell(fields, c.integration_id);
    if (integrationId !== "" && !owners.claimIntegration(context, integrationId, user, row, objects)) return;
    defineObject(context, "user", user, row, objects);
    const email = cell(fields, c.email);
    if (email !== "" && !EMAIL.test(email)) {
      context.predict(expect("email-invalid", row, { userId, email }, objects, "possible"));
    }
    if (isDeletedStatus(status)) context.predict(silently("user-deleted", row, { userId }, objects));
  };
}

const EXISTING_USER: ReferenceSpec = {
  target: "user",
  context: ["user"],
  missing: (_, [userId = ""], row) => expect("existing-user-not-found", row, { userId }, [], "possible"),
};

/** logins.csv: a further login for a user that already exists. */
export function loginRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns([
    "user_id",
    "login_id",
    "existing_user_id",
    "existing_integration_id",
    "existing_canvas_user_id",
  ]);
  return (fields, row) => {
    const userId = cell(fields, c.user_id);
    if (userId === "") return context.predict(expect("no-user-id", row, {}));
    const user = context.tables.user.index(userId);
    if (cell(fields, c.login_id) === "") return context.predict(expect("no-login-id", row, { userId }));
    const existing = cell(fields, c.existing_user_id);
    if (
      existing === "" &&
      cell(fields, c.existing_integration_id) === "" &&
      cell(fields, c.existing_canvas_user_id) === ""
    ) {
      return context.predict(expect("no-existing-user-for-login", row, { userId }, [["user", user]]));
    }
    if (existing !== "")
      context.references.note(context.file, EXISTING_USER, context.tables.user.index(existing), row, [user]);
  };
}

const ADMIN_USER: ReferenceSpec = {
  target: "user",
  context: [],
  missing: (userId, _, row) => expect("unknown-user-admin", row, { userId }, [], "possible"),
};
const ADMIN_ACCOUNT: ReferenceSpec = {
  target: "account",
  context: [],
  missing: (_, __, row) => expect("invalid-account-admin", row, {}, [], "possible"),
};

/** admins.csv: account roles for users. */
export function adminRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["user_id", "account_id", "role", "role_id", "status"]);
  return (fields, row) => {
    const userId = cell(fields, c.user_id);
    if (userId === "") return context.predict(expect("no-user-id-admin", row, {}));
    const user = context.tables.user.index(userId);
    const objects: ObjectRef[] = [["user", user]];
    const status = cell(fields, c.status);
    const verdict = statusVerdict("admin", status);
    if (verdict === "missing") return context.predict(expect("no-status-admin", row, {}, objects));
    if (verdict === "improper") return context.predict(expect("invalid-status-admin", row, { status }, objects));
    const role = cell(fields, c.role);
    if (role === "" && cell(fields, c.role_id) === "")
      return context.predict(expect("no-role-admin", row, {}, objects));
    if (isMiscasedAdminRole(role)) return context.predict(expect("invalid-role-admin", row, { role }, objects));
    context.references.note(context.file, ADMIN_USER, user, row);
    const accountId = cell(fields, c.account_id);
    if (accountId !== "")
      context.references.note(context.file, ADMIN_ACCOUNT, context.tables.account.index(accountId), row);
  };
}

const OBSERVER: ReferenceSpec = {
  target: "user",
  context: [],
  missing: (observerId, _, row) => expect("observer-missing", row, { observerId }, [], "possible"),
};
const OBSERVEE: ReferenceSpec = {
  target: "user",
  context: [],
  missing: (studentId, _, row) => expect("observee-missing", row, { studentId }, [], "possible"),
};

/** user_observers.csv: parents linked to students. */
export function observerRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["observer_id", "student_id", "status"]);
  const { tables, references, file } = context;
  return (fields, row) => {
    const observerId = cell(fields, c.observer_id);
    if (observerId === "") return context.predict(expect("no-observer-id", row, {}));
    const studentId = cell(fields, c.student_id);
    const observer = tables.user.index(observerId);
    if (studentId === "") return context.predict(expect("no-student-id-observer", row, {}, [["user", observer]]));
    const student = tables.user.index(studentId);
    const objects: ObjectRef[] = [
      ["user", observer],
      ["user", student],
    ];
    if (observerId === studentId) return context.predict(expect("observe-self", row, { userId: observerId }, objects));
    const status = cell(fields, c.status);
    if (statusVerdict("user_observer", status) !== "ok") {
      return context.predict(expect("improper-status-observer", row, { status }, objects));
    }
    references.note(file, OBSERVER, observer, row);
    references.note(file, OBSERVEE, student, row);
  };
}
