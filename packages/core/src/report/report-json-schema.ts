import { z } from "zod";
import { Report } from "./report-schema.js";

/**
 * The JSON Schema of the report, published as `@sis/core/report.schema.json` for agents and other languages.
 * Written in zod's "input" mode, which leaves objects open: new fields may be added within a schemaVersion, and
 * a consumer validating against this schema must not break when they are.
 */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Report, { target: "draft-2020-12", io: "input" }),
    title: "gpb-analyze report",
    description: "Findings of a Canvas grade passback log analysis, grouped per course and assignment.",
  };
}
